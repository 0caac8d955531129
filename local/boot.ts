import type { Server } from 'node:http';
import { createDynamoDbClient, LOCAL_REQUEST_TIMEOUT_MS } from '../shared/adapters/dynamodb/client.js';
import { createTable } from '../shared/adapters/dynamodb/create-table.js';
import { LOCAL_CLIENT_CONFIG, startDynamoDbLocal, type DynamoDbLocal } from './dynamodb-local.js';
import { startServer } from './server.js';

export const LOCAL_TABLE_NAME = 'jifen-local';

export interface LocalJifen {
  url: string;
  endpoint: string;
  stop(): Promise<void>;
}

/**
 * DynamoDB Local, the table, and the API server with the Lambda handlers.
 * The handlers read their configuration from the environment exactly as in
 * Lambda, so this sets it before the first handler loads.
 */
export async function bootLocal(options: {
  port: number;
  adminKey: string;
  /** Reuse a running DynamoDB Local (the tests share one) instead of starting one. */
  dynamo?: DynamoDbLocal;
  tableName?: string;
}): Promise<LocalJifen> {
  const dynamo = options.dynamo ?? (await startDynamoDbLocal());
  const tableName = options.tableName ?? LOCAL_TABLE_NAME;
  let server: Server | undefined;
  try {
    const client = createDynamoDbClient({ ...LOCAL_CLIENT_CONFIG, endpoint: dynamo.endpoint }, LOCAL_REQUEST_TIMEOUT_MS);
    await createTable(client, tableName);
    client.destroy();
    Object.assign(process.env, {
      TABLE_NAME: tableName,
      DYNAMODB_ENDPOINT: dynamo.endpoint,
      ADMIN_API_KEY: options.adminKey,
      AWS_REGION: LOCAL_CLIENT_CONFIG.region,
      AWS_ACCESS_KEY_ID: LOCAL_CLIENT_CONFIG.credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: LOCAL_CLIENT_CONFIG.credentials.secretAccessKey,
    });
    const started = await startServer(options.port);
    server = started.server;
    return {
      url: started.url,
      endpoint: dynamo.endpoint,
      async stop() {
        await new Promise<void>((resolve) => {
          server?.close(() => resolve());
          server?.closeAllConnections();
        });
        await dynamo.stop();
      },
    };
  } catch (error) {
    await dynamo.stop();
    throw error;
  }
}
