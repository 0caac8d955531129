/** `npm run openapi`: writes openapi.json at the repository root from the route declarations. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildOpenApiDocument, serializeOpenApiDocument } from '../functions/http/openapi-document.js';
import { loadRoutes } from '../functions/http/route-catalog.js';

const target = fileURLToPath(new URL('../openapi.json', import.meta.url));
const document = buildOpenApiDocument((await loadRoutes()).map(({ route }) => route));
writeFileSync(target, serializeOpenApiDocument(document));
const paths = Object.keys(document.paths as object).length;
console.log(`wrote ${target} (${paths} paths)`);
