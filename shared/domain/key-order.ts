/**
 * `value` with the keys of every object in it sorted, so that its JSON is the
 * same bytes whatever order the fields came in: a document read back from
 * DynamoDB has its map's fields in the store's order, not the order written.
 */
export function inKeyOrder<T>(value: T): T {
  if (Array.isArray(value)) return value.map(inKeyOrder) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, inKeyOrder((value as Record<string, unknown>)[key])]),
  ) as T;
}
