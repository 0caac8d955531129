import { useState } from 'preact/hooks';
import { type Api, answerOf, type Schemas } from '../api/client';
import { rawJson } from '../api/raw-json';
import { formatInstant } from '../format';
import { ConfigEditor } from '../ui/config-editor';
import { PageHeading } from '../ui/layout';
import { pageQuery } from '../ui/paged';
import { PagedTable } from '../ui/paged-table';

type Promotion = Schemas['Promotion'];
type PromotionBody = Omit<Promotion, 'promotionId' | 'status'>;

const NEW_PROMOTION: PromotionBody = {
  name: '',
  startsAt: '2027-01-01T00:00:00.000Z',
  endsAt: '2027-01-08T00:00:00.000Z',
  conditions: '',
  effect: { kind: 'earnMultiplier', multiplier: 2 },
  scope: { merchantIds: [], categories: [], rewardIds: [], tiers: [], creditStandings: [] },
};

function bodyOf({ promotionId: _id, status: _status, ...body }: Promotion): PromotionBody {
  return body;
}

function describeEffect(effect: Promotion['effect']): string {
  if ('multiplier' in effect) return `earn ×${effect.multiplier}`;
  if ('costPoints' in effect) return `reward price ${effect.costPoints}`;
  return `bonus ${effect.points}`;
}

export function PromotionsPage({ api }: { api: Api }) {
  const [generation, setGeneration] = useState(0);
  const [editing, setEditing] = useState<Promotion | 'new' | null>(null);
  return (
    <>
      <PageHeading>Promotions</PageHeading>
      <button type="button" onClick={() => setEditing('new')}>
        New promotion
      </button>
      <PagedTable<Promotion>
        fetchPage={(cursor) => answerOf(api.GET('/v1/admin/promotions', { params: { query: pageQuery(cursor) } }))}
        listKey={`promotions-${generation}`}
        caption="Promotions"
        rowKey={(promotion) => promotion.promotionId}
        empty="No promotions yet."
        columns={[
          { header: 'Promotion', cell: (promotion) => `${promotion.name} (${promotion.promotionId})` },
          { header: 'Status', cell: (promotion) => promotion.status },
          { header: 'Effect', cell: (promotion) => describeEffect(promotion.effect) },
          { header: 'Starts', cell: (promotion) => formatInstant(promotion.startsAt) },
          { header: 'Ends', cell: (promotion) => formatInstant(promotion.endsAt) },
          {
            header: 'Edit',
            cell: (promotion) => (
              <button type="button" aria-label={`Edit ${promotion.promotionId}`} onClick={() => setEditing(promotion)}>
                Edit
              </button>
            ),
          },
        ]}
      />
      {editing !== null && (
        <ConfigEditor
          noun="promotion"
          itemId={editing === 'new' ? null : editing.promotionId}
          initial={editing === 'new' ? NEW_PROMOTION : bodyOf(editing)}
          save={async (promotionId, text) => {
            await answerOf(
              api.PUT('/v1/admin/promotions/{promotionId}', {
                params: { path: { promotionId } },
                ...rawJson<PromotionBody>(text),
              }),
            );
            setGeneration((value) => value + 1);
          }}
        />
      )}
    </>
  );
}
