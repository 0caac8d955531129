import { createServer, type Server } from 'node:net';
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, describe, expect, it } from 'vitest';
import { createDynamoDbClient } from '../../shared/adapters/dynamodb/client.js';
import { freePort, LOCAL_CLIENT_CONFIG, startDynamoDbLocal, type DynamoDbLocal } from '../../local/dynamodb-local.js';

/** A port someone else holds: what a port found free can become before Java binds it. */
async function takenPort(): Promise<{ port: number; holder: Server }> {
  const holder = createServer((socket) => socket.destroy());
  await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
  const address = holder.address();
  if (typeof address !== 'object' || address === null) throw new Error('no port');
  return { port: address.port, holder };
}

describe('DynamoDB Local start-up', () => {
  let started: DynamoDbLocal | undefined;
  let holder: Server | undefined;

  afterAll(async () => {
    await started?.stop();
    holder?.close();
  });

  it('tries another port when the one it picked is taken before Java binds it', async () => {
    // Arrange
    const taken = await takenPort();
    holder = taken.holder;
    const picked: number[] = [];
    const pickPort = async () => {
      const port = picked.length === 0 ? taken.port : await freePort();
      picked.push(port);
      return port;
    };

    // Act
    started = await startDynamoDbLocal(60_000, pickPort);

    // Assert
    expect(picked).toHaveLength(2);
    expect(started.endpoint).toBe(`http://127.0.0.1:${picked[1]}`);
    const client = createDynamoDbClient({ ...LOCAL_CLIENT_CONFIG, endpoint: started.endpoint, maxAttempts: 1 });
    await expect(client.send(new ListTablesCommand({}))).resolves.toMatchObject({ TableNames: [] });
    client.destroy();
  }, 120_000);
});
