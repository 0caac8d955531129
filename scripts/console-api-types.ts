import openapiTS, { astToString } from 'openapi-typescript';

const HEADER = '// Generated from openapi.json by `npm run openapi`: the console\'s calls are typed by the API\'s own document.\n';

/** The TypeScript types of every path, operation and schema of the OpenAPI document (openapi-typescript). */
export async function consoleApiTypes(documentText: string): Promise<string> {
  const ast = await openapiTS(documentText, { exportType: true, alphabetize: false, enumValues: true });
  return HEADER + astToString(ast);
}
