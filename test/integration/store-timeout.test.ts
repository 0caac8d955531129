import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminKeyFromValue } from '../../shared/adapters/admin-key.js';
import { createDynamoDbClient } from '../../shared/adapters/dynamodb/client.js';
import { dynamoDeps } from '../../shared/adapters/dynamodb/index.js';
import { getMember } from '../../shared/application/members.js';
import { TemporarilyUnavailableError } from '../../shared/domain/errors.js';
import { LOCAL_CLIENT_CONFIG } from '../../local/dynamodb-local.js';

describe('DynamoDB client: a store that accepts connections but never answers', () => {
  let silent: Server;
  const sockets: Socket[] = [];
  let endpoint: string;

  beforeAll(async () => {
    silent = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const address = silent.address();
    endpoint = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });

  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => silent.close(resolve));
  });

  it('gives up with the retryable 503 error instead of hanging', async () => {
    const client = createDynamoDbClient({ ...LOCAL_CLIENT_CONFIG, endpoint });
    const deps = dynamoDeps({ client, tableName: 'jifen-silent', adminKey: adminKeyFromValue('unused-admin-key-123') });

    await expect(getMember(deps, 'anyone')).rejects.toBeInstanceOf(TemporarilyUnavailableError);
  });
});
