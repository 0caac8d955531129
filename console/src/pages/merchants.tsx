import { useState } from 'preact/hooks';
import { type Api, answerOf, type Schemas } from '../api/client';
import { rawJson } from '../api/raw-json';
import { formatCny } from '../format';
import { ActionFeedback } from '../ui/feedback';
import { ConfigEditor } from '../ui/config-editor';
import { PageHeading } from '../ui/layout';
import { pageQuery } from '../ui/paged';
import { PagedTable } from '../ui/paged-table';
import { useAction } from '../ui/use-load';

type Merchant = Schemas['Merchant'];
type MerchantBody = Omit<Merchant, 'merchantId'>;

const NEW_MERCHANT: MerchantBody = {
  name: '',
  category: '',
  green: false,
  earnRules: [{ kind: 'spend', points: 1, perMinor: 100 }],
  settlement: { issuePricePerThousandMinor: 0, reimbursementPerThousandMinor: 0 },
  holdDays: 0,
};

function bodyOf({ merchantId: _id, ...body }: Merchant): MerchantBody {
  return body;
}

export function MerchantsPage({ api }: { api: Api }) {
  const [generation, setGeneration] = useState(0);
  const [editing, setEditing] = useState<Merchant | 'new' | null>(null);
  const [keyAction, issueKey] = useAction();
  return (
    <>
      <PageHeading>Merchants</PageHeading>
      <button type="button" onClick={() => setEditing('new')}>
        New merchant
      </button>
      <PagedTable<Merchant>
        fetchPage={(cursor) => answerOf(api.GET('/v1/admin/merchants', { params: { query: pageQuery(cursor) } }))}
        listKey={`merchants-${generation}`}
        caption="Merchants"
        rowKey={(merchant) => merchant.merchantId}
        empty="No merchants yet."
        columns={[
          { header: 'Merchant', cell: (merchant) => `${merchant.name} (${merchant.merchantId})` },
          { header: 'Category', cell: (merchant) => merchant.category + (merchant.green ? ', green' : '') },
          { header: 'Earn rules', cell: (merchant) => merchant.earnRules.map((rule) => rule.kind).join(', ') },
          {
            header: 'Issue price per 1,000',
            numeric: true,
            cell: (merchant) => rateOf(merchant, 'issuePricePerThousandMinor'),
          },
          {
            header: 'Reimbursement per 1,000',
            numeric: true,
            cell: (merchant) => rateOf(merchant, 'reimbursementPerThousandMinor'),
          },
          {
            header: 'Actions',
            cell: (merchant) => (
              <span class="row-actions">
                <button type="button" aria-label={`Edit ${merchant.merchantId}`} onClick={() => setEditing(merchant)}>
                  Edit
                </button>
                <button
                  type="button"
                  aria-label={`Issue key for ${merchant.merchantId}`}
                  onClick={() =>
                    void issueKey(async () => {
                      const issued = await answerOf(
                        api.POST('/v1/admin/merchants/{merchantId}/keys', {
                          params: { path: { merchantId: merchant.merchantId } },
                        }),
                      );
                      return `New key for ${merchant.merchantId} (shown once, copy it now): ${issued.apiKey}`;
                    })
                  }
                >
                  Issue key
                </button>
              </span>
            ),
          },
        ]}
      />
      <ActionFeedback action={keyAction} />
      {editing !== null && (
        <ConfigEditor
          noun="merchant"
          itemId={editing === 'new' ? null : editing.merchantId}
          initial={editing === 'new' ? NEW_MERCHANT : bodyOf(editing)}
          save={async (merchantId, text) => {
            await answerOf(
              api.PUT('/v1/admin/merchants/{merchantId}', {
                params: { path: { merchantId } },
                ...rawJson<MerchantBody>(text),
              }),
            );
            setGeneration((value) => value + 1);
          }}
        />
      )}
    </>
  );
}

function rateOf(merchant: Merchant, rate: 'issuePricePerThousandMinor' | 'reimbursementPerThousandMinor'): string {
  return merchant.settlement ? formatCny(merchant.settlement[rate]) : 'program rate';
}
