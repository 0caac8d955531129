/**
 * A client middleware that records every DynamoDB call an operation makes: for
 * each write it reads the touched items just before and just after (through a
 * second, unrecorded client), so write units can be computed from the real
 * items; it also asks DynamoDB Local for ReturnConsumedCapacity to cross-check.
 */
import {
  GetItemCommand,
  type ConsumedCapacity,
  type DynamoDBClient,
  type TransactWriteItem,
} from '@aws-sdk/client-dynamodb';
import type { RawItem } from './item-size.js';

export interface TouchedItem {
  table: string;
  key: RawItem;
  /** What the write did to it. */
  action: 'put' | 'update' | 'delete';
  before: RawItem | undefined;
  after: RawItem | undefined;
}

export interface RecordedWrite {
  command: string;
  transactional: boolean;
  succeeded: boolean;
  /** The condition failed: DynamoDB still bills the attempt. */
  conditionFailed: boolean;
  items: TouchedItem[];
  consumed: ConsumedCapacity[];
  /** The request as sent (for the baseline to replay the same updates). */
  input: Record<string, unknown>;
}

export interface RecordedRead {
  command: string;
  consumed: ConsumedCapacity[];
}

const WRITES = new Set(['TransactWriteItemsCommand', 'PutItemCommand', 'UpdateItemCommand', 'DeleteItemCommand']);
const READS = new Set([
  'GetItemCommand',
  'BatchGetItemCommand',
  'QueryCommand',
  'ScanCommand',
  'TransactGetItemsCommand',
]);

type Input = Record<string, unknown>;

export class WriteRecorder {
  recording = false;
  writes: RecordedWrite[] = [];
  reads: RecordedRead[] = [];

  /** `keyNames` gives each table's key attributes (to find a Put's key in its item). */
  constructor(
    private readonly reader: DynamoDBClient,
    private readonly keyNames: (table: string) => readonly string[],
  ) {}

  attach(client: DynamoDBClient): void {
    client.middlewareStack.add(
      (next, context) => async (args) => {
        const command = (context as { commandName?: string }).commandName ?? '';
        if (!this.recording || (!WRITES.has(command) && !READS.has(command))) return next(args);
        const input = args.input as Input;
        if (WRITES.has(command)) return this.recordWrite(command, input, () => next(args));
        input.ReturnConsumedCapacity = 'TOTAL';
        const result = await next(args);
        this.reads.push({ command, consumed: consumedOf((result.output as unknown as Input).ConsumedCapacity) });
        return result;
      },
      { step: 'initialize', name: 'benchWriteRecorder' },
    );
  }

  start(): void {
    this.writes = [];
    this.reads = [];
    this.recording = true;
  }

  stop(): { writes: RecordedWrite[]; reads: RecordedRead[] } {
    this.recording = false;
    return { writes: this.writes, reads: this.reads };
  }

  private async recordWrite<T>(command: string, input: Input, send: () => Promise<T>): Promise<T> {
    input.ReturnConsumedCapacity = 'INDEXES';
    const targets = this.targetsOf(command, input);
    const before = await Promise.all(targets.map((target) => this.read(target.table, target.key)));
    const write: RecordedWrite = {
      command: command.replace(/Command$/, ''),
      transactional: command === 'TransactWriteItemsCommand',
      succeeded: false,
      conditionFailed: false,
      items: [],
      consumed: [],
      input,
    };
    this.writes.push(write);
    try {
      const result = await send();
      write.succeeded = true;
      write.consumed = consumedOf((result as { output?: Input }).output?.ConsumedCapacity);
      return result;
    } catch (error) {
      const name = (error as Error).name;
      write.conditionFailed = name === 'ConditionalCheckFailedException' || name === 'TransactionCanceledException';
      throw error;
    } finally {
      const after = await Promise.all(targets.map((target) => this.read(target.table, target.key)));
      write.items = targets.map((target, i) => ({ ...target, before: before[i], after: after[i] }));
    }
  }

  private targetsOf(command: string, input: Input): Omit<TouchedItem, 'before' | 'after'>[] {
    const keyOf = (table: string, item: RawItem): RawItem =>
      Object.fromEntries(this.keyNames(table).map((name) => [name, item[name]!]));
    if (command === 'TransactWriteItemsCommand') {
      return (input.TransactItems as TransactWriteItem[]).flatMap((entry): Omit<TouchedItem, 'before' | 'after'>[] => {
        if (entry.Put)
          return [{ table: entry.Put.TableName!, key: keyOf(entry.Put.TableName!, entry.Put.Item!), action: 'put' }];
        if (entry.Update) return [{ table: entry.Update.TableName!, key: entry.Update.Key!, action: 'update' }];
        if (entry.Delete) return [{ table: entry.Delete.TableName!, key: entry.Delete.Key!, action: 'delete' }];
        return [];
      });
    }
    const table = input.TableName as string;
    if (command === 'PutItemCommand') return [{ table, key: keyOf(table, input.Item as RawItem), action: 'put' }];
    if (command === 'UpdateItemCommand') return [{ table, key: input.Key as RawItem, action: 'update' }];
    return [{ table, key: input.Key as RawItem, action: 'delete' }];
  }

  private async read(table: string, key: RawItem): Promise<RawItem | undefined> {
    const { Item } = await this.reader.send(new GetItemCommand({ TableName: table, Key: key, ConsistentRead: true }));
    return Item;
  }
}

function consumedOf(value: unknown): ConsumedCapacity[] {
  if (!value) return [];
  return Array.isArray(value) ? (value as ConsumedCapacity[]) : [value as ConsumedCapacity];
}

/** Local's reported figures for a set of calls: total, table part and index part. */
export function sumConsumed(consumed: ConsumedCapacity[]): { total: number; table: number; indexes: number } {
  let total = 0;
  let table = 0;
  let indexes = 0;
  for (const entry of consumed) {
    total += entry.CapacityUnits ?? 0;
    table += entry.Table?.CapacityUnits ?? 0;
    for (const index of Object.values(entry.GlobalSecondaryIndexes ?? {})) indexes += index.CapacityUnits ?? 0;
  }
  return { total, table, indexes };
}
