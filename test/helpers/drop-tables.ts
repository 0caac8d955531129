import { afterAll } from 'vitest';
import { tablesOfThisFile } from './tables-made.js';

// Registered before the file's own hooks, so it runs after them (vitest runs after-hooks last registered first):
// nothing of the file uses its tables any more. The SDK is loaded only by a file that made tables.
afterAll(async () => {
  if (tablesOfThisFile.length === 0) return;
  const [{ DeleteTableCommand, ResourceNotFoundException }, { localClient }] = await Promise.all([
    import('@aws-sdk/client-dynamodb'),
    import('./dynamo.js'),
  ]);
  const client = localClient();
  try {
    for (const tableName of tablesOfThisFile.splice(0)) {
      await client.send(new DeleteTableCommand({ TableName: tableName })).catch((error: unknown) => {
        if (!(error instanceof ResourceNotFoundException)) throw error;
      });
    }
  } finally {
    client.destroy();
  }
});
