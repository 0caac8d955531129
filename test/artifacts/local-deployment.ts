/**
 * A stage "deployed" from a cloud assembly onto this machine: its table created
 * on DynamoDB Local, its secret given a value, its functions ready to run as
 * Lambda would, its HTTP API's router and its schedules.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDynamoDbClient, LOCAL_REQUEST_TIMEOUT_MS } from '../../shared/adapters/dynamodb/client.js';
import { createTable } from '../../shared/adapters/dynamodb/create-table.js';
import { type CloudAssembly, type Json, readCloudAssembly } from '../helpers/cloud-assembly.js';
import { DeployedApi } from './deployed-api.js';
import { type DeployedFunction, deployedFunctions } from './deployed-functions.js';
import { TemplateValues } from './template-values.js';

export const LOCAL_ACCOUNT = '123456789012';

export interface DeployedSchedule {
  logicalId: string;
  expression: string;
  fn: DeployedFunction;
  /** The target's input, with the scheduler's placeholder for the scheduled time still in it. */
  input: string;
}

export interface LocalDeployment {
  assembly: CloudAssembly;
  values: TemplateValues;
  functions: Map<string, DeployedFunction>;
  api: DeployedApi;
  schedules: DeployedSchedule[];
  adminKey: string;
  /** The files the console's BucketDeployment writes, rendered as it would render them. */
  consoleFile(name: string): string;
  stop(): Promise<void>;
}

/** Ids of the data stack's resources, pinned in infra (LedgerTable.LOGICAL_ID, the secret's override). */
const TABLE_ID = 'LedgerTable';
const SECRET_ID = 'AdminApiKeySecret';

export async function deployLocally(options: {
  dir: string;
  stage: string;
  region: string;
  dynamoEndpoint: string;
}): Promise<LocalDeployment> {
  const assembly = readCloudAssembly(options.dir);
  const tableName = `jifen-artifacts-${randomUUID()}`;
  const values = new TemplateValues(assembly, {
    account: LOCAL_ACCOUNT,
    region: options.region,
    physicalNames: { [TABLE_ID]: tableName },
  });

  // Same region and credentials as the functions: DynamoDB Local keeps one database per key and region.
  const client = createDynamoDbClient(
    {
      endpoint: options.dynamoEndpoint,
      region: options.region,
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    },
    LOCAL_REQUEST_TIMEOUT_MS,
  );
  await createTable(client, tableName);
  client.destroy();

  const data = assembly.stack(`jifen-${options.stage}-data`);
  const adminKey = `artifacts-admin-key-${randomUUID()}`;
  const secretArn = values.resolve(data, { Ref: SECRET_ID }) as string;
  const functions = deployedFunctions(assembly, values, {
    dynamoEndpoint: options.dynamoEndpoint,
    secrets: { [secretArn]: adminKey },
  });

  const schedules = assembly.resources('AWS::Scheduler::Schedule').map(({ owner, logicalId, resource }) => {
    const target = resource.Properties.Target;
    const fn = functions.get(values.resolve(owner, target.Arn) as string);
    if (!fn) throw new Error(`schedule ${logicalId} targets no function of the assembly`);
    return {
      logicalId,
      expression: resource.Properties.ScheduleExpression as string,
      fn,
      input: values.resolve(owner, target.Input) as string,
    };
  });

  const [deployment] = assembly.resources('Custom::CDKBucketDeployment');
  const consoleFile = (name: string): string => {
    const { owner, resource } = deployment!;
    const keys = resource.Properties.SourceObjectKeys as string[];
    const markers = (resource.Properties.SourceMarkers ?? []) as Record<string, Json>[];
    // Later sources overwrite earlier ones in the bucket: the last that has the file wins.
    for (let i = keys.length - 1; i >= 0; i--) {
      const file = join(assembly.dir, `asset.${keys[i]!.replace(/\.zip$/, '')}`, name);
      if (!existsSync(file)) continue;
      let text = readFileSync(file, 'utf8');
      for (const [marker, value] of Object.entries(markers[i] ?? {}))
        text = text.replaceAll(marker, values.resolve(owner, value) as string);
      return text;
    }
    throw new Error(`no source of the console's deployment has ${name}`);
  };

  return {
    assembly,
    values,
    functions,
    api: new DeployedApi(assembly, values, functions),
    schedules,
    adminKey,
    consoleFile,
    stop: async () => {
      await Promise.all([...functions.values()].map((fn) => fn.stop()));
    },
  };
}
