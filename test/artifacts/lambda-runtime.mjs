// One Lambda execution environment, in a worker thread with the function's own environment variables:
// loads the handler named by the template (`index.handler` → index.mjs's export `handler`) from the asset
// folder of the cloud assembly as Node.js's ESM loader does on Lambda, then runs one invocation at a time.
// `@aws-sdk/*` is not in the bundle: Node.js resolves it upwards from the asset folder, to the project's
// node_modules, standing in for the SDK of the nodejs24.x runtime.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';

const { codeDir, handler: handlerString, functionName, memoryMb, timeoutSeconds, functionArn } = workerData;
const dot = handlerString.lastIndexOf('.');
const moduleName = handlerString.slice(0, dot);
const exportName = handlerString.slice(dot + 1);
const file = ['.mjs', '.js', '.cjs']
  .map((extension) => join(codeDir, moduleName + extension))
  .find((path) => existsSync(path));

const loaded = (async () => {
  if (!file) throw new Error(`Runtime.ImportModuleError: no ${moduleName}.mjs/.js/.cjs in ${codeDir}`);
  const module = await import(pathToFileURL(file).href);
  const handler = module[exportName];
  if (typeof handler !== 'function') throw new Error(`Runtime.HandlerNotFound: ${handlerString} is not a function`);
  return handler;
})();

parentPort.on('message', async ({ id, event, requestId }) => {
  const deadline = Date.now() + timeoutSeconds * 1000;
  const context = {
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: functionArn,
    memoryLimitInMB: String(memoryMb),
    awsRequestId: requestId,
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: 'local',
    callbackWaitsForEmptyEventLoop: true,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
  };
  try {
    const handler = await loaded;
    const result = await handler(event, context);
    parentPort.postMessage({ id, result: result === undefined ? null : JSON.parse(JSON.stringify(result)) });
  } catch (error) {
    parentPort.postMessage({
      id,
      error: { name: error?.name ?? 'Error', message: String(error?.message ?? error), stack: error?.stack },
    });
  }
});
