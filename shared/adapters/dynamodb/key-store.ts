import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { AuditRecord } from '../../domain/audit.js';
import type { KeyStore, StoredApiKey } from '../../ports/key-store.js';
import { call, type TableRef } from './client.js';
import { keys } from './keys.js';
import { settled, writeItems } from './write-items.js';

/** More keys than a coalition issues; past it the memory starts again rather than grow. */
const KNOWN_KEYS_LIMIT = 10_000;

export function apiKeyFromItem(item: Record<string, unknown>): StoredApiKey {
  const { keyId, merchantId, secretHash, createdAt } = item as unknown as StoredApiKey;
  return { keyId, merchantId, secretHash, createdAt };
}

/** Merchant API keys by key id; only the secret's hash is stored. */
export class DynamoKeyStore implements KeyStore {
  /** Key id → merchant, for every key this container has read. */
  private readonly merchants = new Map<string, string>();

  constructor(private readonly table: TableRef) {}

  async put(key: StoredApiKey, audit?: AuditRecord): Promise<void> {
    settled(await writeItems(this.table, [{ Put: { TableName: this.table.tableName, Item: marshall({ ...keys.apiKey(key.keyId), ...key }) } }], audit));
  }

  async get(keyId: string): Promise<StoredApiKey | null> {
    // Consistent, so a revoked key stops working at once.
    const { Item } = await call(() =>
      this.table.client.send(
        new GetItemCommand({ TableName: this.table.tableName, Key: marshall(keys.apiKey(keyId)), ConsistentRead: true }),
      ),
    );
    if (!Item) return null;
    const key = apiKeyFromItem(unmarshall(Item));
    if (this.merchants.size >= KNOWN_KEYS_LIMIT) this.merchants.clear();
    this.merchants.set(key.keyId, key.merchantId);
    return key;
  }

  knownMerchant(keyId: string): string | undefined {
    return this.merchants.get(keyId);
  }

  async revoke(keyId: string, audit?: AuditRecord): Promise<boolean> {
    const outcome = await writeItems(
      this.table,
      [{ Delete: { TableName: this.table.tableName, Key: marshall(keys.apiKey(keyId)), ConditionExpression: 'attribute_exists(pk)' } }],
      audit,
    );
    return settled(outcome).kind === 'written';
  }
}
