import { useState } from 'preact/hooks';
import { type Api, answerOf, type Schemas } from '../api/client';
import { formatCny, formatInstant, formatPoints, formatSignedPoints } from '../format';
import { DataTable } from '../ui/data-table';
import { ActionFeedback, ErrorAlert, Working } from '../ui/feedback';
import { Facts, Field, PageHeading, Section } from '../ui/layout';
import { pageQuery } from '../ui/paged';
import { PagedTable } from '../ui/paged-table';
import { useAction, useLoad } from '../ui/use-load';

type Member = Schemas['MemberStatement'];
type Entry = Schemas['ActivityList']['items'][number];

export function MembersPage({ api }: { api: Api }) {
  const [typed, setTyped] = useState('');
  const [memberId, setMemberId] = useState<string | null>(null);
  return (
    <>
      <PageHeading>Members</PageHeading>
      <form
        class="inline"
        onSubmit={(event) => {
          event.preventDefault();
          setMemberId(typed.trim());
        }}
      >
        <Field id="member-id" label="Member id">
          <input id="member-id" required value={typed} onInput={(event) => setTyped(event.currentTarget.value)} />
        </Field>
        <button type="submit">Look up</button>
      </form>
      {memberId !== null && <MemberView api={api} memberId={memberId} key={memberId} />}
    </>
  );
}

function MemberView({ api, memberId }: { api: Api; memberId: string }) {
  const member = useLoad(
    () => answerOf(api.GET('/v1/members/{memberId}', { params: { path: { memberId } } })),
    memberId,
  );
  if (member.state === 'loading') return <Working what="Looking the member up…" />;
  if (member.state === 'failed') return <ErrorAlert error={member.error} />;
  return (
    <>
      <Standing member={member.data} />
      <Expiring member={member.data} />
      <Badges member={member.data} />
      <Statement api={api} memberId={memberId} />
      <FreezeForm api={api} member={member.data} onChanged={member.reload} />
    </>
  );
}

function Standing({ member }: { member: Member }) {
  const next = member.tier.next;
  return (
    <Section title="Balance">
      <Facts
        facts={[
          ['Member', member.memberId],
          ['Points', formatPoints(member.balances.points)],
          ['Green points', formatPoints(member.balances.green)],
          ['Tier', `${member.tier.name} since ${formatInstant(member.tier.since)}`],
          ['Next tier', next ? `${next.id}: ${describeRemaining(next.remaining)}` : 'highest tier'],
          ['Credit standing', member.creditStanding],
          ['Account', member.frozen ? 'frozen' : 'active'],
        ]}
      />
    </Section>
  );
}

function describeRemaining(remaining: Record<string, number | null | undefined>): string {
  const parts = Object.entries(remaining)
    .filter((entry): entry is [string, number] => typeof entry[1] === 'number')
    .map(([measure, amount]) =>
      measure === 'spendMinor' ? `${formatCny(amount)} spend` : `${formatPoints(amount)} ${measure}`,
    );
  return parts.length > 0 ? `${parts.join(' or ')} to go` : 'reached';
}

function Expiring({ member }: { member: Member }) {
  return (
    <Section title="Expiring points">
      <DataTable<Member['expiring'][number]>
        caption="What expires when"
        rows={member.expiring}
        rowKey={(lot) => `${lot.expiresAt}-${lot.points}`}
        empty="No points are due to expire."
        columns={[
          { header: 'Expires', cell: (lot) => formatInstant(lot.expiresAt) },
          { header: 'Points', numeric: true, cell: (lot) => formatPoints(lot.points) },
        ]}
      />
    </Section>
  );
}

function Badges({ member }: { member: Member }) {
  return (
    <Section title="Badges">
      {member.badges.length === 0 && member.badgeSets.length === 0 ? (
        <p class="empty">No badges yet.</p>
      ) : (
        <ul>
          {member.badges.map((badge) => (
            <li key={badge.badgeId}>
              {badge.badgeId}, {formatInstant(badge.awardedAt)}
            </li>
          ))}
          {member.badgeSets.map((set) => (
            <li key={set.setId}>
              set {set.setId} completed, {formatInstant(set.completedAt)}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

function Statement({ api, memberId }: { api: Api; memberId: string }) {
  return (
    <Section title="Statement">
      <PagedTable<Entry>
        fetchPage={(cursor) =>
          answerOf(
            api.GET('/v1/members/{memberId}/activity', { params: { path: { memberId }, query: pageQuery(cursor) } }),
          )
        }
        listKey={memberId}
        caption="Statement, newest first"
        rowKey={(entry) => `${entry.transactionId}-${entry.balanceName}`}
        empty="No entries yet."
        columns={[
          { header: 'Date', cell: (entry) => formatInstant(entry.createdAt) },
          {
            header: 'Type',
            cell: (entry) => (entry.balanceName === 'points' ? entry.type : `${entry.type} (${entry.balanceName})`),
          },
          { header: 'Points', numeric: true, cell: (entry) => formatSignedPoints(entry.delta) },
          { header: 'Balance after', numeric: true, cell: (entry) => formatPoints(entry.balance) },
          { header: 'Merchant', cell: (entry) => entry.merchantId ?? '—' },
          { header: 'Reference', cell: (entry) => entry.reference ?? '—' },
        ]}
      />
    </Section>
  );
}

function FreezeForm({ api, member, onChanged }: { api: Api; member: Member; onChanged: () => void }) {
  const [reason, setReason] = useState('');
  const [action, run] = useAction();
  const verb = member.frozen ? 'Unfreeze' : 'Freeze';
  return (
    <Section title={member.frozen ? 'Unfreeze the account' : 'Freeze the account'}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void run(async () => {
            const params = { path: { memberId: member.memberId } };
            if (member.frozen)
              await answerOf(api.POST('/v1/admin/members/{memberId}/unfreeze', { params, body: { reason } }));
            else await answerOf(api.POST('/v1/admin/members/{memberId}/freeze', { params, body: { reason } }));
            onChanged();
            return `${verb === 'Freeze' ? 'Frozen' : 'Unfrozen'}.`;
          });
        }}
      >
        <Field id="freeze-reason" label="Reason for the change">
          <input id="freeze-reason" value={reason} onInput={(event) => setReason(event.currentTarget.value)} />
        </Field>
        <button type="submit" disabled={action.state === 'working'}>
          {verb}
        </button>
        <ActionFeedback action={action} />
      </form>
    </Section>
  );
}
