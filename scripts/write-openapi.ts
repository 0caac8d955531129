/**
 * `npm run openapi`: writes openapi.json at the repository root from the route
 * declarations, the console's API types from it, and docs/api.md's error table
 * from the error catalogue.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { withErrorCodeTable } from '../functions/http/error-reference.js';
import { buildOpenApiDocument, serializeOpenApiDocument } from '../functions/http/openapi-document.js';
import { loadRoutes } from '../functions/http/route-catalog.js';
import { consoleApiTypes } from './console-api-types.js';

const documentTarget = fileURLToPath(new URL('../openapi.json', import.meta.url));
const typesTarget = fileURLToPath(new URL('../console/src/api/schema.ts', import.meta.url));
const referenceTarget = fileURLToPath(new URL('../docs/api.md', import.meta.url));
const document = buildOpenApiDocument((await loadRoutes()).map(({ route }) => route));
const documentText = serializeOpenApiDocument(document);
writeFileSync(documentTarget, documentText);
writeFileSync(typesTarget, await consoleApiTypes(documentText));
writeFileSync(referenceTarget, withErrorCodeTable(readFileSync(referenceTarget, 'utf8')));
const paths = Object.keys(document.paths as object).length;
console.log(`wrote ${documentTarget} (${paths} paths), ${typesTarget} and the error table of ${referenceTarget}`);
