import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { AuditRecord } from '../../domain/audit.js';
import type { ApiKeyListing, KeyStore, StoredApiKey } from '../../ports/key-store.js';
import type { Page } from '../../ports/member-store.js';
import { call, type TableRef } from './client.js';
import { keys, merchantKeysPartition } from './keys.js';
import { queryFullPage } from './query-pages.js';
import { TIER_REVIEW_INDEX } from './table-definition.js';
import { settled, writeItems } from './write-items.js';

/** More keys than a coalition issues; past it the memory starts again rather than grow. */
const KNOWN_KEYS_LIMIT = 10_000;
/** Stands for "no expiry" in a listing's sort key. */
const NEVER = '-';

export function apiKeyFromItem(item: Record<string, unknown>): StoredApiKey {
  const { keyId, merchantId, secretHash, createdAt, expiresAt } = item as Partial<StoredApiKey>;
  // Keys issued before expiry existed carry no `expiresAt`: they work until revoked.
  return {
    keyId: keyId!,
    merchantId: merchantId!,
    secretHash: secretHash!,
    createdAt: createdAt!,
    expiresAt: expiresAt ?? null,
  };
}

/**
 * A key's entry in the (keys-only) tierReview index, in a partition of its
 * merchant's own: `g3pk` = `KEYS#<merchantId>`, `g3sk` =
 * `<createdAt>#<keyId>#<expiresAt or ->`. The entry says all that a list
 * shows, so a list is one Query of the index and never reads a secret's hash;
 * it lives and dies with the key's item, so a revoked key leaves no listing behind.
 */
function listingKeys(key: StoredApiKey): { g3pk: string; g3sk: string } {
  return {
    g3pk: merchantKeysPartition(key.merchantId),
    g3sk: `${key.createdAt}#${key.keyId}#${key.expiresAt ?? NEVER}`,
  };
}

function listingFromItem(item: Record<string, unknown>): ApiKeyListing {
  const [createdAt, keyId, expiresAt] = (item.g3sk as string).split('#') as [string, string, string];
  return { keyId, createdAt, expiresAt: expiresAt === NEVER ? null : expiresAt };
}

/** Merchant API keys by key id; only the secret's hash is stored. */
export class DynamoKeyStore implements KeyStore {
  /** Key id → merchant, for every key this container has read. */
  private readonly merchants = new Map<string, string>();

  constructor(private readonly table: TableRef) {}

  async put(key: StoredApiKey, audit?: AuditRecord): Promise<void> {
    const item = marshall({ ...keys.apiKey(key.keyId), ...key, ...listingKeys(key) }, { removeUndefinedValues: true });
    settled(await writeItems(this.table, [{ Put: { TableName: this.table.tableName, Item: item } }], audit));
  }

  async get(keyId: string): Promise<StoredApiKey | null> {
    // Consistent, so a revoked key stops working at once.
    const { Item } = await call(() =>
      this.table.client.send(
        new GetItemCommand({
          TableName: this.table.tableName,
          Key: marshall(keys.apiKey(keyId)),
          ConsistentRead: true,
        }),
      ),
    );
    if (!Item) return null;
    const key = apiKeyFromItem(unmarshall(Item));
    if (this.merchants.size >= KNOWN_KEYS_LIMIT) this.merchants.clear();
    this.merchants.set(key.keyId, key.merchantId);
    return key;
  }

  async listOfMerchant(
    merchantId: string,
    page: { limit: number; cursor: string | null },
  ): Promise<Page<ApiKeyListing>> {
    const partition = merchantKeysPartition(merchantId);
    const found = await queryFullPage(
      this.table,
      {
        input: {
          IndexName: TIER_REVIEW_INDEX.indexName,
          KeyConditionExpression: 'g3pk = :pk',
          ExpressionAttributeValues: marshall({ ':pk': partition }),
        },
        keyNames: ['pk', 'sk', 'g3pk', 'g3sk'],
        ownsKey: (key) => key.g3pk === partition,
      },
      page,
    );
    return { items: found.items.map(listingFromItem), nextCursor: found.nextCursor };
  }

  knownMerchant(keyId: string): string | undefined {
    return this.merchants.get(keyId);
  }

  async revoke(keyId: string, audit?: AuditRecord): Promise<boolean> {
    const outcome = await writeItems(
      this.table,
      [
        {
          Delete: {
            TableName: this.table.tableName,
            Key: marshall(keys.apiKey(keyId)),
            ConditionExpression: 'attribute_exists(pk)',
          },
        },
      ],
      audit,
    );
    return settled(outcome).kind === 'written';
  }
}
