import { useEffect, useState } from 'preact/hooks';
import { type Api, answerOf, type Schemas } from '../api/client';
import { formatCny, formatPoints, utcWindow } from '../format';
import { ActionFeedback } from '../ui/feedback';
import { Facts, Field, PageHeading, Section } from '../ui/layout';
import { useAction } from '../ui/use-load';

type Statement = Schemas['SettlementStatement'];

interface Shown {
  statement: Statement;
  csvUrl: string;
  csvName: string;
}

/** The statement as JSON for the page, and the same window as CSV fetched with the key in its header, offered as a file. */
export function SettlementPage({ api }: { api: Api }) {
  const [merchantId, setMerchantId] = useState('');
  const [fromDate, setFromDate] = useState('');
  const [toDate, setToDate] = useState('');
  const [shown, setShown] = useState<Shown | null>(null);
  const [action, run] = useAction();
  useEffect(() => () => shown && URL.revokeObjectURL(shown.csvUrl), [shown]);
  return (
    <>
      <PageHeading>Settlement</PageHeading>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void run(async () => {
            setShown(null);
            const window = fromDate && toDate ? utcWindow(fromDate, toDate) : { from: fromDate, to: toDate };
            const params = { path: { merchantId: merchantId.trim() }, query: window };
            const [statement, csv] = await Promise.all([
              answerOf(
                api.GET('/v1/admin/settlements/{merchantId}', { params, headers: { accept: 'application/json' } }),
              ),
              answerOf(
                api.GET('/v1/admin/settlements/{merchantId}', {
                  params,
                  headers: { accept: 'text/csv' },
                  parseAs: 'text',
                }),
              ),
            ]);
            // The route answers JSON or CSV by Accept, so each answer's type is the union of both.
            if (typeof statement === 'string' || typeof csv !== 'string')
              throw new Error('The API answered in the wrong format.');
            const csvUrl = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
            setShown({ statement, csvUrl, csvName: `settlement-${merchantId.trim()}-${fromDate}-to-${toDate}.csv` });
            return 'Statement ready.';
          });
        }}
      >
        <div class="grid">
          <Field id="settlement-merchant" label="Merchant id">
            <input
              id="settlement-merchant"
              required
              value={merchantId}
              onInput={(event) => setMerchantId(event.currentTarget.value)}
            />
          </Field>
          <Field id="settlement-from" label="From">
            <input
              id="settlement-from"
              type="date"
              value={fromDate}
              onInput={(event) => setFromDate(event.currentTarget.value)}
            />
          </Field>
          <Field id="settlement-to" label="To" hint="Inclusive, UTC days">
            <input
              id="settlement-to"
              type="date"
              aria-describedby="settlement-to-hint"
              value={toDate}
              onInput={(event) => setToDate(event.currentTarget.value)}
            />
          </Field>
        </div>
        <button type="submit" disabled={action.state === 'working'}>
          Show statement
        </button>
      </form>
      {action.state !== 'done' && <ActionFeedback action={action} />}
      {shown && <StatementView shown={shown} />}
    </>
  );
}

function StatementView({ shown }: { shown: Shown }) {
  const { statement } = shown;
  return (
    <Section title={`Statement for ${statement.merchantId}`}>
      <Facts
        facts={[
          ['Window', `${statement.from} to ${statement.to} (exclusive)`],
          ['Issued points', formatPoints(statement.issued.points)],
          ['Issued amount', formatCny(statement.issued.amountMinor)],
          ['Honoured points', formatPoints(statement.honoured.points)],
          ['Honoured amount', formatCny(statement.honoured.amountMinor)],
          ['Net', formatCny(statement.netMinor)],
        ]}
      />
      <a href={shown.csvUrl} download={shown.csvName}>
        Download CSV
      </a>
    </Section>
  );
}
