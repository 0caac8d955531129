import openapiTS, { astToString } from 'openapi-typescript';

/** The TypeScript types of every path, operation and schema of the OpenAPI document (openapi-typescript). */
async function apiTypes(documentText: string, header: string): Promise<string> {
  const ast = await openapiTS(documentText, { exportType: true, alphabetize: false, enumValues: true });
  return header + astToString(ast);
}

/** console/src/api/schema.ts */
export function consoleApiTypes(documentText: string): Promise<string> {
  return apiTypes(
    documentText,
    "// Generated from openapi.json by `npm run openapi`: the console's calls are typed by the API's own document.\n",
  );
}

/** clients/typescript/src/schema.ts */
export function clientApiTypes(documentText: string): Promise<string> {
  return apiTypes(
    documentText,
    "// Generated from openapi.json by `npm run openapi`: the client's calls are typed by the API's own document.\n",
  );
}
