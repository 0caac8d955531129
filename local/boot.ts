import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { loadRoutes } from '../functions/http/route-catalog.js';
import { adminKeyFromValue } from '../shared/adapters/admin-key.js';
import { createDynamoDbClient, LOCAL_REQUEST_TIMEOUT_MS } from '../shared/adapters/dynamodb/client.js';
import { createTable } from '../shared/adapters/dynamodb/create-table.js';
import { dynamoDeps } from '../shared/adapters/dynamodb/index.js';
import { rulesVersions } from '../shared/adapters/dynamodb/rules-versions.js';
import type { Deps } from '../shared/application/deps.js';
import type { Clock } from '../shared/ports/clock.js';
import { LOCAL_CLIENT_CONFIG, startDynamoDbLocal, type DynamoDbLocal } from './dynamodb-local.js';
import { startServer } from './server.js';
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import { InProcessDeliveryQueue, startLocalDelivery } from './webhooks.js';

export const LOCAL_TABLE_NAME = 'jifen-local';
const BUILT_CONSOLE_DIR = fileURLToPath(new URL('../console/dist', import.meta.url));

export interface LocalJifen {
  url: string;
  endpoint: string;
  /** What the server's handlers use: the local table, the given operator key, no AWS schedules. */
  deps: Deps;
  stop(): Promise<void>;
}

/** DynamoDB Local, the table, and the API server with every route's handler, wired to them. */
export async function bootLocal(options: {
  port: number;
  adminKey: string;
  /** Reuse a running DynamoDB Local (the tests share one) instead of starting one. */
  dynamo?: DynamoDbLocal;
  tableName?: string;
  /** Tests may serve on a clock of their own, so limits by day and audit times are exact. */
  clock?: Clock;
  /** The built console to serve at /console/ (default: console/dist of this checkout). */
  consoleDir?: string;
  /** Deliver events to webhook endpoints (`npm start` does; most tests need not read the stream). */
  deliverEvents?: boolean;
}): Promise<LocalJifen> {
  const dynamo = options.dynamo ?? (await startDynamoDbLocal());
  const tableName = options.tableName ?? LOCAL_TABLE_NAME;
  let server: Server | undefined;
  const client = createDynamoDbClient({ ...LOCAL_CLIENT_CONFIG, endpoint: dynamo.endpoint }, LOCAL_REQUEST_TIMEOUT_MS);
  const streams = new DynamoDBStreamsClient({ ...LOCAL_CLIENT_CONFIG, endpoint: dynamo.endpoint });
  const queue = new InProcessDeliveryQueue();
  let delivery: { stop(): Promise<void> } | undefined;
  try {
    await createTable(client, tableName);
    const deps = dynamoDeps({
      client,
      tableName,
      adminKey: adminKeyFromValue(options.adminKey),
      rulesVersions,
      deliveryQueue: queue,
      webhookUrls: 'local',
      ...(options.clock && { clock: options.clock }),
    });
    if (options.deliverEvents) delivery = await startLocalDelivery({ client, streams, tableName, deps, queue });
    const routes = (await loadRoutes()).map(({ route }) => route);
    const started = await startServer({
      port: options.port,
      routes,
      deps,
      consoleDir: options.consoleDir ?? BUILT_CONSOLE_DIR,
    });
    server = started.server;
    return {
      url: started.url,
      endpoint: dynamo.endpoint,
      deps,
      async stop() {
        await new Promise<void>((resolve) => {
          server?.close(() => resolve());
          server?.closeAllConnections();
        });
        await delivery?.stop();
        queue.stop();
        streams.destroy();
        client.destroy();
        await dynamo.stop();
      },
    };
  } catch (error) {
    await delivery?.stop();
    streams.destroy();
    client.destroy();
    await dynamo.stop();
    throw error;
  }
}
