/**
 * DynamoDB's billing arithmetic, from its documented sizing rules, so write units
 * are computed from the items themselves rather than taken from DynamoDB Local
 * (which under-reports transactions).
 *
 * Item size = sum over attributes of (UTF-8 name length + value size), where a
 * string is its UTF-8 bytes, a number is 1 byte per two significant digits + 1,
 * a boolean or null 1 byte, and a map or list 3 bytes + 1 byte per element
 * (+ the element's name for a map) + the elements' sizes.
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { IndexDefinition } from '../shared/adapters/dynamodb/table-definition.js';

export type RawItem = Record<string, AttributeValue>;

const utf8 = (text: string): number => Buffer.byteLength(text, 'utf8');

function numberSize(text: string): number {
  const digits = text
    .replace(/^-/, '')
    .replace(/[eE].*$/, '')
    .replace('.', '')
    .replace(/^0+/, '')
    .replace(/0+$/, '');
  return Math.ceil(Math.max(digits.length, 1) / 2) + 1;
}

export function valueSize(value: AttributeValue): number {
  if (value.S !== undefined) return utf8(value.S);
  if (value.N !== undefined) return numberSize(value.N);
  if (value.B !== undefined) return value.B.byteLength;
  if (value.BOOL !== undefined || value.NULL !== undefined) return 1;
  if (value.SS !== undefined) return value.SS.reduce((sum, s) => sum + utf8(s), 0);
  if (value.NS !== undefined) return value.NS.reduce((sum, n) => sum + numberSize(n), 0);
  if (value.BS !== undefined) return value.BS.reduce((sum, b) => sum + b.byteLength, 0);
  if (value.L !== undefined) return 3 + value.L.reduce((sum, element) => sum + 1 + valueSize(element), 0);
  if (value.M !== undefined) {
    return 3 + Object.entries(value.M).reduce((sum, [name, element]) => sum + 1 + utf8(name) + valueSize(element), 0);
  }
  return 0;
}

export function itemSize(item: RawItem | undefined): number {
  if (!item) return 0;
  return Object.entries(item).reduce((sum, [name, value]) => sum + utf8(name) + valueSize(value), 0);
}

const KB = 1024;
export const startedKb = (bytes: number): number => Math.max(1, Math.ceil(bytes / KB));

/** A write inside TransactWriteItems: 2 WCU per started KB of the larger of the item before and after. */
export function transactionalWcu(before: RawItem | undefined, after: RawItem | undefined): number {
  return 2 * startedKb(Math.max(itemSize(before), itemSize(after)));
}

/** A standard (non-transactional) write: 1 WCU per started KB of the larger of the item before and after. */
export function standardWcu(before: RawItem | undefined, after: RawItem | undefined): number {
  return startedKb(Math.max(itemSize(before), itemSize(after)));
}

/** The entry a GSI holds for an item: the index keys, the table keys and the projected attributes. */
export function indexEntry(
  item: RawItem | undefined,
  index: IndexDefinition,
  tableKeys: readonly string[],
): RawItem | undefined {
  if (!item || item[index.partitionKey] === undefined || item[index.sortKey] === undefined) return undefined;
  const entry: RawItem = {};
  for (const name of [index.partitionKey, index.sortKey, ...tableKeys, ...index.nonKeyAttributes]) {
    if (item[name] !== undefined) entry[name] = item[name];
  }
  return entry;
}

const sameValue = (a: AttributeValue | undefined, b: AttributeValue | undefined): boolean =>
  JSON.stringify(a) === JSON.stringify(b);

export interface IndexWrite {
  index: string;
  kind: 'put' | 'delete' | 'update' | 'move';
  wcu: number;
  entryBytes: number;
}

/**
 * What one table write costs in one GSI (standard rate, 1 WCU per started KB of
 * the index entry): a new entry is a put, a removed one a delete, a changed key a
 * delete plus a put, a changed projected attribute an update; nothing if the
 * entry is unchanged.
 */
export function indexWrite(
  before: RawItem | undefined,
  after: RawItem | undefined,
  index: IndexDefinition,
  tableKeys: readonly string[],
): IndexWrite | null {
  const old = indexEntry(before, index, tableKeys);
  const next = indexEntry(after, index, tableKeys);
  if (!old && !next) return null;
  if (!old) return { index: index.indexName, kind: 'put', wcu: startedKb(itemSize(next)), entryBytes: itemSize(next) };
  if (!next)
    return { index: index.indexName, kind: 'delete', wcu: startedKb(itemSize(old)), entryBytes: itemSize(old) };
  const keyChanged =
    !sameValue(old[index.partitionKey], next[index.partitionKey]) ||
    !sameValue(old[index.sortKey], next[index.sortKey]);
  if (keyChanged) {
    return {
      index: index.indexName,
      kind: 'move',
      wcu: startedKb(itemSize(old)) + startedKb(itemSize(next)),
      entryBytes: itemSize(next),
    };
  }
  const names = new Set([...Object.keys(old), ...Object.keys(next)]);
  if ([...names].every((name) => sameValue(old[name], next[name]))) return null;
  return {
    index: index.indexName,
    kind: 'update',
    wcu: startedKb(Math.max(itemSize(old), itemSize(next))),
    entryBytes: itemSize(next),
  };
}
