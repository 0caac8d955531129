/**
 * Every function of a cloud assembly, as Lambda would run it: its bundle from
 * the assembly's asset folder, its handler string and its environment from the
 * template (references resolved to local values), in a worker thread of its own
 * with its own AWS endpoint. Workers start on first invocation and stay warm, as
 * an execution environment does.
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { AssemblyTemplate, CloudAssembly, Json } from '../helpers/cloud-assembly.js';
import { type AwsEndpoint, type LocalSecrets, startAwsEndpoint } from './aws-endpoint.js';
import type { TemplateValues } from './template-values.js';

export interface PolicyStatement {
  Sid?: string;
  Effect: 'Allow' | 'Deny';
  Action: string | string[];
  Resource: string | string[];
  Condition?: Record<string, Record<string, string | string[]>>;
}

export class DeployedFunction {
  private worker: Worker | undefined;
  private endpoint: AwsEndpoint | undefined;
  private readonly pending = new Map<string, { resolve: (value: Json) => void; reject: (error: Error) => void }>();
  /** What the function wrote to stdout and stderr (its logs and EMF metrics). */
  readonly logs: string[] = [];

  constructor(
    readonly owner: AssemblyTemplate,
    readonly logicalId: string,
    readonly arn: string,
    readonly name: string,
    readonly codeDir: string,
    readonly handler: string,
    readonly environment: Record<string, string>,
    readonly runtime: string,
    /** The statements of every policy attached to the function's role, resolved. */
    readonly policy: PolicyStatement[],
    private readonly properties: { memoryMb: number; timeoutSeconds: number },
    private readonly local: { dynamoEndpoint: string; secrets: LocalSecrets; account: string; region: string },
  ) {}

  /** The calls the function made to AWS so far. */
  get calls() {
    return this.endpoint?.calls ?? [];
  }

  get invoked(): boolean {
    return this.worker !== undefined;
  }

  async invoke(event: Json): Promise<Json> {
    const worker = await this.start();
    const id = randomUUID();
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, event, requestId: randomUUID() });
    });
  }

  private async start(): Promise<Worker> {
    if (this.worker) return this.worker;
    this.endpoint = await startAwsEndpoint(this.local);
    const { region } = this.local;
    const worker = new Worker(new URL('./lambda-runtime.mjs', import.meta.url), {
      workerData: {
        codeDir: this.codeDir,
        handler: this.handler,
        functionName: this.name,
        functionArn: this.arn,
        ...this.properties,
      },
      // What Lambda sets, then the template's variables; credentials any DynamoDB Local accepts.
      env: {
        AWS_REGION: region,
        AWS_DEFAULT_REGION: region,
        AWS_ACCESS_KEY_ID: 'local',
        AWS_SECRET_ACCESS_KEY: 'local',
        AWS_LAMBDA_FUNCTION_NAME: this.name,
        AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
        AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(this.properties.memoryMb),
        AWS_EXECUTION_ENV: `AWS_Lambda_${this.runtime}`,
        LAMBDA_TASK_ROOT: this.codeDir,
        _HANDLER: this.handler,
        TZ: ':UTC',
        AWS_ENDPOINT_URL_DYNAMODB: this.endpoint.url,
        AWS_ENDPOINT_URL_SECRETS_MANAGER: this.endpoint.url,
        AWS_ENDPOINT_URL_SCHEDULER: this.endpoint.url,
        ...this.environment,
      },
      stdout: true,
      stderr: true,
    });
    for (const stream of [worker.stdout, worker.stderr])
      stream.on('data', (chunk: Buffer) => this.logs.push(chunk.toString()));
    worker.on(
      'message',
      ({
        id,
        result,
        error,
      }: {
        id: string;
        result?: Json;
        error?: { name: string; message: string; stack?: string };
      }) => {
        const waiting = this.pending.get(id);
        this.pending.delete(id);
        if (!waiting) return;
        if (error)
          waiting.reject(
            Object.assign(new Error(`${this.name}: ${error.name}: ${error.message}`), { stack: error.stack }),
          );
        else waiting.resolve(result);
      },
    );
    worker.on('error', (error) => {
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    });
    this.worker = worker;
    return worker;
  }

  async stop(): Promise<void> {
    await this.worker?.terminate();
    await this.endpoint?.close();
  }
}

/** Every Lambda function of the assembly, by its ARN as the template's references resolve it. */
export function deployedFunctions(
  assembly: CloudAssembly,
  values: TemplateValues,
  local: { dynamoEndpoint: string; secrets: LocalSecrets },
): Map<string, DeployedFunction> {
  const functions = new Map<string, DeployedFunction>();
  for (const { owner, logicalId, resource } of assembly.resources('AWS::Lambda::Function')) {
    const assetPath = resource.Metadata?.['aws:asset:path'] as string | undefined;
    // jifen's functions, bundled by esbuild; CDK's own (the console's BucketDeployment, the CORS custom
    // resource) run only inside CloudFormation.
    if (
      !assetPath ||
      resource.Metadata['aws:asset:is-bundled'] !== true ||
      !resource.Properties.Runtime.startsWith('nodejs')
    )
      continue;
    const properties = resource.Properties;
    const arn = values.resolve(owner, { 'Fn::GetAtt': [logicalId, 'Arn'] }) as string;
    const roleLogicalId = properties.Role['Fn::GetAtt'][0] as string;
    functions.set(
      arn,
      new DeployedFunction(
        owner,
        logicalId,
        arn,
        values.resolve(owner, { Ref: logicalId }) as string,
        join(assembly.dir, assetPath),
        properties.Handler,
        values.resolve(owner, properties.Environment?.Variables ?? {}),
        properties.Runtime,
        rolePolicy(owner, roleLogicalId, values),
        { memoryMb: properties.MemorySize ?? 128, timeoutSeconds: properties.Timeout ?? 3 },
        { ...local, account: values.deployment.account, region: values.deployment.region },
      ),
    );
  }
  return functions;
}

function rolePolicy(owner: AssemblyTemplate, roleLogicalId: string, values: TemplateValues): PolicyStatement[] {
  const role = owner.template.Resources[roleLogicalId];
  if ((role.Properties.ManagedPolicyArns ?? []).length > 0)
    throw new Error(`${roleLogicalId} has managed policies: evaluate them too`);
  const inline = (role.Properties.Policies ?? []).flatMap((policy: Json) => policy.PolicyDocument.Statement);
  const attached = Object.values<Json>(owner.template.Resources)
    .filter((resource) => resource.Type === 'AWS::IAM::Policy')
    .filter((policy) => (policy.Properties.Roles as Json[]).some((ref) => ref.Ref === roleLogicalId))
    .flatMap((policy) => policy.Properties.PolicyDocument.Statement);
  return values.resolve(owner, [...inline, ...attached]) as PolicyStatement[];
}
