import { useState } from 'preact/hooks';
import { type Api, answerOf, type Schemas } from '../api/client';
import { formatInstant } from '../format';
import { ActionFeedback } from '../ui/feedback';
import { Field, PageHeading, Section } from '../ui/layout';
import { pageQuery } from '../ui/paged';
import { PagedTable } from '../ui/paged-table';
import { useAction } from '../ui/use-load';

type Flag = Schemas['Flag'];

export function FlagsPage({ api }: { api: Api }) {
  const [generation, setGeneration] = useState(0);
  const [clearing, setClearing] = useState<Flag | null>(null);
  return (
    <>
      <PageHeading>Flags</PageHeading>
      <PagedTable<Flag>
        fetchPage={(cursor) =>
          answerOf(api.GET('/v1/admin/flags', { params: { query: { status: 'open', ...pageQuery(cursor) } } }))
        }
        listKey={`flags-${generation}`}
        caption="Open flags"
        rowKey={(flag) => flag.flagId}
        empty="No open flags."
        columns={[
          { header: 'Raised', cell: (flag) => formatInstant(flag.createdAt) },
          { header: 'Member', cell: (flag) => flag.memberId },
          { header: 'Rule', cell: (flag) => flag.rule },
          { header: 'Transaction', cell: (flag) => flag.transactionId },
          {
            header: 'Clear',
            cell: (flag) => (
              <button type="button" onClick={() => setClearing(flag)}>
                Clear
              </button>
            ),
          },
        ]}
      />
      {clearing && (
        <ClearForm
          key={clearing.flagId}
          api={api}
          flag={clearing}
          onCleared={() => {
            setClearing(null);
            setGeneration((value) => value + 1);
          }}
        />
      )}
    </>
  );
}

function ClearForm({ api, flag, onCleared }: { api: Api; flag: Flag; onCleared: () => void }) {
  const [reason, setReason] = useState('');
  const [action, run] = useAction();
  return (
    <Section title={`Clear flag ${flag.flagId}`}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void run(async () => {
            await answerOf(
              api.POST('/v1/admin/flags/{flagId}/clear', {
                params: { path: { flagId: flag.flagId } },
                body: { reason },
              }),
            );
            onCleared();
            return `Flag ${flag.flagId} cleared.`;
          });
        }}
      >
        <Field id="flag-reason" label="Reason">
          <input id="flag-reason" value={reason} onInput={(event) => setReason(event.currentTarget.value)} />
        </Field>
        <button type="submit" disabled={action.state === 'working'}>
          Clear flag
        </button>
        <ActionFeedback action={action} />
      </form>
    </Section>
  );
}
