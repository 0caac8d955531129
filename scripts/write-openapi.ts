/**
 * `npm run openapi`: writes openapi.json at the repository root from the route
 * declarations, the console's and the client's API types from it, and
 * docs/api.md's error table from the error catalogue.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { withErrorCodeTable } from '../functions/http/error-reference.js';
import { buildOpenApiDocument, serializeOpenApiDocument } from '../functions/http/openapi-document.js';
import { loadRoutes } from '../functions/http/route-catalog.js';
import { clientApiTypes, consoleApiTypes } from './api-types.js';

const documentTarget = fileURLToPath(new URL('../openapi.json', import.meta.url));
const typesTarget = fileURLToPath(new URL('../console/src/api/schema.ts', import.meta.url));
const clientTypesTarget = fileURLToPath(new URL('../clients/typescript/src/schema.ts', import.meta.url));
const referenceTarget = fileURLToPath(new URL('../docs/api.md', import.meta.url));
const document = buildOpenApiDocument((await loadRoutes()).map(({ route }) => route));
const documentText = serializeOpenApiDocument(document);
writeFileSync(documentTarget, documentText);
writeFileSync(typesTarget, await consoleApiTypes(documentText));
writeFileSync(clientTypesTarget, await clientApiTypes(documentText));
writeFileSync(referenceTarget, withErrorCodeTable(readFileSync(referenceTarget, 'utf8')));
const paths = Object.keys(document.paths as object).length;
console.log(
  `wrote ${documentTarget} (${paths} paths), ${typesTarget}, ${clientTypesTarget} and the error table of ${referenceTarget}`,
);
