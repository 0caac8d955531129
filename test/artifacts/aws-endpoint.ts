/**
 * The AWS endpoint one function sees (`AWS_ENDPOINT_URL_DYNAMODB`,
 * `AWS_ENDPOINT_URL_SECRETS_MANAGER`, `AWS_ENDPOINT_URL_SCHEDULER` all point at
 * it): it records every call with the IAM authorizations AWS would check for it,
 * forwards DynamoDB calls to DynamoDB Local unchanged, and answers the two other
 * services the functions use with what their real APIs answer (no DynamoDB
 * imitation here: only Secrets Manager's one read and the Scheduler's writes).
 */
import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';

/** One IAM authorization a call needs: the action on the resource, with the request's condition keys. */
export interface Authorization {
  action: string;
  resource: string;
  context?: Record<string, string>;
}

export interface RecordedCall {
  /** e.g. `dynamodb:TransactWriteItems`, as the API names the operation. */
  operation: string;
  authorizations: Authorization[];
}

export interface LocalSecrets {
  /** Secret ARN → value. */
  [arn: string]: string;
}

interface Place {
  account: string;
  region: string;
}

const TRANSACT_WRITE_ACTIONS: Record<string, string> = {
  Put: 'dynamodb:PutItem',
  Update: 'dynamodb:UpdateItem',
  Delete: 'dynamodb:DeleteItem',
  ConditionCheck: 'dynamodb:ConditionCheckItem',
};

/** What IAM checks for a DynamoDB call (transactions: each item's own action, on its table). */
export function dynamoAuthorizations(operation: string, input: Record<string, any>, place: Place): Authorization[] {
  const table = (name: string) => `arn:aws:dynamodb:${place.region}:${place.account}:table/${name}`;
  switch (operation) {
    case 'BatchGetItem':
    case 'BatchWriteItem':
      return Object.keys(input.RequestItems ?? {}).map((name) => ({
        action: `dynamodb:${operation}`,
        resource: table(name),
      }));
    case 'TransactWriteItems':
      return (input.TransactItems as Record<string, { TableName: string }>[]).map((item) => {
        const [kind, detail] = Object.entries(item)[0]!;
        return { action: TRANSACT_WRITE_ACTIONS[kind]!, resource: table(detail.TableName) };
      });
    case 'TransactGetItems':
      return (input.TransactItems as { Get: { TableName: string } }[]).map(({ Get }) => ({
        action: 'dynamodb:GetItem',
        resource: table(Get.TableName),
      }));
    case 'Query':
    case 'Scan':
      return [
        {
          action: `dynamodb:${operation}`,
          resource: input.IndexName ? `${table(input.TableName)}/index/${input.IndexName}` : table(input.TableName),
        },
      ];
    default:
      return [{ action: `dynamodb:${operation}`, resource: table(input.TableName) }];
  }
}

export interface AwsEndpoint {
  url: string;
  calls: RecordedCall[];
  close(): Promise<void>;
}

async function bodyOf(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function answer(response: ServerResponse, status: number, contentType: string, body: unknown): void {
  response.writeHead(status, { 'content-type': contentType }).end(JSON.stringify(body));
}

export async function startAwsEndpoint(
  options: { dynamoEndpoint: string; secrets: LocalSecrets } & Place,
): Promise<AwsEndpoint> {
  const calls: RecordedCall[] = [];
  const place = { account: options.account, region: options.region };
  const dynamo = new URL(options.dynamoEndpoint);

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const body = await bodyOf(request);
    const target = String(request.headers['x-amz-target'] ?? '');
    const url = new URL(request.url ?? '/', 'http://local');

    if (target.startsWith('DynamoDB_20120810.')) {
      const operation = target.slice('DynamoDB_20120810.'.length);
      calls.push({
        operation: `dynamodb:${operation}`,
        authorizations: dynamoAuthorizations(operation, JSON.parse(body.toString()), place),
      });
      const forwarded = httpRequest(
        {
          host: dynamo.hostname,
          port: dynamo.port,
          method: request.method,
          path: request.url,
          headers: { ...request.headers, host: dynamo.host },
        },
        (upstream) => {
          response.writeHead(upstream.statusCode ?? 502, upstream.headers);
          upstream.pipe(response);
        },
      );
      forwarded.once('error', (error) => response.destroy(error));
      forwarded.end(body);
      return;
    }

    if (target === 'secretsmanager.GetSecretValue') {
      const { SecretId } = JSON.parse(body.toString()) as { SecretId: string };
      calls.push({
        operation: 'secretsmanager:GetSecretValue',
        authorizations: [{ action: 'secretsmanager:GetSecretValue', resource: SecretId }],
      });
      const value = options.secrets[SecretId];
      if (value === undefined) {
        answer(response, 400, 'application/x-amz-json-1.1', {
          __type: 'ResourceNotFoundException',
          message: `Secrets Manager can't find ${SecretId}`,
        });
      } else {
        answer(response, 200, 'application/x-amz-json-1.1', {
          ARN: SecretId,
          Name: SecretId.split(':').at(-1),
          SecretString: value,
          VersionId: 'local',
        });
      }
      return;
    }

    const schedule = /^\/schedules\/([^/]+)$/.exec(url.pathname);
    if (schedule) {
      const input =
        body.length > 0 ? (JSON.parse(body.toString()) as { GroupName?: string; Target?: { RoleArn?: string } }) : {};
      const group = input.GroupName ?? url.searchParams.get('groupName') ?? 'default';
      const operation =
        { POST: 'CreateSchedule', PUT: 'UpdateSchedule', DELETE: 'DeleteSchedule', GET: 'GetSchedule' }[
          request.method ?? ''
        ] ?? request.method;
      const scheduleArn = `arn:aws:scheduler:${place.region}:${place.account}:schedule/${group}/${decodeURIComponent(schedule[1]!)}`;
      const authorizations: Authorization[] = [{ action: `scheduler:${operation}`, resource: scheduleArn }];
      if (input.Target?.RoleArn) {
        authorizations.push({
          action: 'iam:PassRole',
          resource: input.Target.RoleArn,
          context: { 'iam:PassedToService': 'scheduler.amazonaws.com' },
        });
      }
      calls.push({ operation: `scheduler:${operation}`, authorizations });
      answer(response, 200, 'application/json', request.method === 'DELETE' ? {} : { ScheduleArn: scheduleArn });
      return;
    }

    calls.push({ operation: `unknown:${request.method} ${url.pathname} ${target}`, authorizations: [] });
    answer(response, 400, 'application/json', {
      message: `not served here: ${request.method} ${url.pathname} ${target}`,
    });
  };

  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => response.destroy(error as Error));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
