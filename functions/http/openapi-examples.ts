/**
 * Examples for the OpenAPI document, made from the same JSON Schemas it
 * publishes: each value is the schema's own `const`, first `enum` value,
 * default or bound, or a sample named after its field, so an example always
 * has the documented shape. Request examples are kept only where the route's
 * own schema accepts them (openapi-document.ts), so none shows a refused body.
 */
type JsonSchema = Record<string, unknown>;

/** Samples by field name: the worked numbers of docs/api.md. */
const SAMPLES: Readonly<Record<string, unknown>> = {
  memberId: 'alice',
  merchantId: 'fruit-shop',
  rewardId: 'fruit-washing',
  promotionId: 'summer-gift-box',
  taskId: 'recycle-bottles',
  badgeId: 'recycler',
  setId: 'green-hero',
  gameId: 'spring-wheel',
  prizeId: 'big-prize',
  transactionId: 'fruit-shop:6f1c2d3e4a5b6c7d8e9f0a1b2c3d4e5f',
  reverses: 'fruit-shop:6f1c2d3e4a5b6c7d8e9f0a1b2c3d4e5f',
  keyId: '0123456789abcdef',
  apiKey: 'jf_0123456789abcdef.<43-character secret, shown once>',
  flagId: '2027-07-01.earnsPerMemberPerDay.alice',
  auditId: '3f2c1a7e-8d4b-4c2a-9e1f-5b6a7c8d9e0f',
  tierId: 'gold',
  id: 'gold',
  reference: 'receipt-0042',
  reason: 'customer returned the goods',
  currency: 'CNY',
  category: 'grocery',
  name: 'Fresh Fruit Shop',
  conditions: 'One per member per day; not exchangeable for cash.',
  nextCursor: null,
  amountMinor: 40_000,
  points: 400,
  costPoints: 1_000,
  nights: 2,
  quantity: 1,
  limit: 25,
  // A change waiting for its notice date; `from` and `to` elsewhere are times, which take the example time.
  path: 'rewards.fruit-washing.costPoints',
  from: 1_000,
  to: 1_200,
};

const EXAMPLE_TIME = '2027-07-01T09:30:00Z';

function resolve(schema: JsonSchema, components: Record<string, JsonSchema>): JsonSchema {
  const ref = schema.$ref;
  return typeof ref === 'string'
    ? resolve(components[ref.replace('#/components/schemas/', '')] ?? {}, components)
    : schema;
}

function types(schema: JsonSchema): string[] {
  const type = schema.type;
  return Array.isArray(type) ? (type as string[]) : typeof type === 'string' ? [type] : [];
}

function number(schema: JsonSchema, field: string | undefined): number {
  const sample = field === undefined ? undefined : SAMPLES[field];
  const minimum =
    typeof schema.minimum === 'number'
      ? schema.minimum
      : typeof schema.exclusiveMinimum === 'number'
        ? schema.exclusiveMinimum + 1
        : 0;
  const maximum = typeof schema.maximum === 'number' ? schema.maximum : Number.MAX_SAFE_INTEGER;
  const wanted = typeof sample === 'number' ? sample : Math.max(minimum, 1);
  return Math.min(Math.max(wanted, minimum), maximum);
}

/** An example value of `schema`; `field` is the property it is the value of, if any. */
export function exampleOf(schema: JsonSchema, components: Record<string, JsonSchema>, field?: string): unknown {
  const resolved = resolve(schema, components);
  if ('const' in resolved) return resolved.const;
  if (Array.isArray(resolved.enum)) return resolved.enum[0];
  if ('default' in resolved) return resolved.default;
  if (Array.isArray(resolved.examples) && resolved.examples.length > 0) return resolved.examples[0];
  if (Array.isArray(resolved.allOf)) {
    return Object.assign({}, ...(resolved.allOf as JsonSchema[]).map((part) => exampleOf(part, components, field)));
  }
  const options = (resolved.anyOf ?? resolved.oneOf) as JsonSchema[] | undefined;
  if (options) {
    const chosen = options.find((option) => !types(resolve(option, components)).includes('null')) ?? options[0]!;
    return exampleOf(chosen, components, field);
  }
  const kinds = types(resolved).filter((kind) => kind !== 'null');
  if (kinds.length === 0 && types(resolved).includes('null')) return null;
  const sample = field === undefined ? undefined : SAMPLES[field];
  switch (kinds[0] ?? (resolved.properties ? 'object' : 'string')) {
    case 'object': {
      const properties = (resolved.properties ?? {}) as Record<string, JsonSchema>;
      return Object.fromEntries(
        Object.entries(properties).map(([name, property]) => [name, exampleOf(property, components, name)]),
      );
    }
    case 'array':
      return resolved.items ? [exampleOf(resolved.items as JsonSchema, components, field)] : [];
    case 'integer':
    case 'number':
      return number(resolved, field);
    case 'boolean':
      return false;
    default:
      if (resolved.format === 'date-time') return EXAMPLE_TIME;
      return typeof sample === 'string'
        ? sample
        : sample === null && types(resolved).includes('null')
          ? null
          : (field ?? 'text');
  }
}
