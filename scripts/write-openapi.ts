/** `npm run openapi`: writes openapi.json at the repository root from the route table and zod schemas. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildOpenApiDocument, serializeOpenApiDocument } from '../functions/http/openapi-document.js';

const target = fileURLToPath(new URL('../openapi.json', import.meta.url));
const document = buildOpenApiDocument();
writeFileSync(target, serializeOpenApiDocument(document));
const paths = Object.keys(document.paths as object).length;
console.log(`wrote ${target} (${paths} paths)`);
