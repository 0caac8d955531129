import { useState } from 'preact/hooks';
import { type Api, answerOf, type Schemas } from '../api/client';
import { pathsV1AdminRewardsRewardIdPutRequestBodyContentApplicationJsonKindValues as REWARD_KINDS } from '../api/schema';
import { formatCny, formatPoints, parseYuan } from '../format';
import { asWanted, savedMessage } from '../notice';
import { ActionFeedback } from '../ui/feedback';
import { numberOrText } from '../ui/form-values';
import { Field, PageHeading, Section } from '../ui/layout';
import { pageQuery } from '../ui/paged';
import { PagedTable } from '../ui/paged-table';
import { useAction } from '../ui/use-load';

type Reward = Schemas['RewardConfigList']['items'][number];
type RewardBody = Omit<Schemas['Reward'], 'rewardId' | 'publishedAt'>;

interface Draft {
  rewardId: string;
  name: string;
  kind: string;
  costPoints: string;
  valueYuan: string;
  stock: string;
  conditions: string;
  active: boolean;
}

const EMPTY: Draft = {
  rewardId: '',
  name: '',
  kind: REWARD_KINDS[0]!,
  costPoints: '',
  valueYuan: '',
  stock: '',
  conditions: '',
  active: true,
};

/** The reward as the operator wants it: a price rise waiting for its date shows its new price. */
function draftOf(reward: Omit<Reward, 'upcoming'>): Draft {
  return {
    rewardId: reward.rewardId,
    name: reward.name,
    kind: reward.kind,
    costPoints: String(reward.costPoints),
    valueYuan: (reward.valueMinor / 100).toFixed(2),
    stock: reward.stock === null ? '' : String(reward.stock),
    conditions: reward.conditions,
    active: reward.active,
  };
}

/** What the form sends: yuan become fen, an empty stock means unlimited; anything unreadable goes as typed. */
function bodyOf(draft: Draft, editing: Reward | null): RewardBody {
  const valueMinor = parseYuan(draft.valueYuan);
  return {
    ...(editing && {
      balance: editing.balance,
      merchantId: editing.merchantId,
      creditOnly: editing.creditOnly,
      priorityWindowHours: editing.priorityWindowHours,
    }),
    name: draft.name,
    kind: draft.kind as Reward['kind'],
    costPoints: numberOrText(draft.costPoints),
    valueMinor: valueMinor ?? (draft.valueYuan as unknown as number),
    stock: draft.stock.trim() === '' ? null : numberOrText(draft.stock),
    conditions: draft.conditions,
    active: draft.active,
  } as RewardBody;
}

export function RewardsPage({ api }: { api: Api }) {
  const [generation, setGeneration] = useState(0);
  const [editing, setEditing] = useState<Reward | null>(null);
  return (
    <>
      <PageHeading>Rewards</PageHeading>
      <PagedTable<Reward>
        fetchPage={(cursor) => answerOf(api.GET('/v1/admin/rewards', { params: { query: pageQuery(cursor) } }))}
        listKey={`rewards-${generation}`}
        caption="Rewards, active and inactive"
        rowKey={(reward) => reward.rewardId}
        empty="No rewards yet."
        columns={[
          { header: 'Reward', cell: (reward) => `${reward.name} (${reward.rewardId})` },
          { header: 'Kind', cell: (reward) => reward.kind },
          { header: 'Cost', numeric: true, cell: (reward) => `${formatPoints(reward.costPoints)} ${reward.balance}` },
          { header: 'Value', numeric: true, cell: (reward) => formatCny(reward.valueMinor) },
          {
            header: 'Stock left',
            numeric: true,
            cell: (reward) => (reward.stockLeft === null ? 'unlimited' : formatPoints(reward.stockLeft)),
          },
          { header: 'Status', cell: (reward) => (reward.active ? 'active' : 'inactive') },
          { header: 'Conditions', cell: (reward) => reward.conditions },
          {
            header: 'Edit',
            cell: (reward) => (
              <button type="button" onClick={() => setEditing(reward)} aria-label={`Edit ${reward.rewardId}`}>
                Edit
              </button>
            ),
          },
        ]}
      />
      <RewardForm
        key={editing?.rewardId ?? 'new'}
        api={api}
        editing={editing}
        onSaved={() => setGeneration((value) => value + 1)}
        onNew={() => setEditing(null)}
      />
    </>
  );
}

function RewardForm({
  api,
  editing,
  onSaved,
  onNew,
}: {
  api: Api;
  editing: Reward | null;
  onSaved: () => void;
  onNew: () => void;
}) {
  const [draft, setDraft] = useState<Draft>(editing ? draftOf(asWanted(editing)) : EMPTY);
  const [action, run] = useAction();
  const set = (field: keyof Draft) => (event: { currentTarget: { value: string } }) =>
    setDraft({ ...draft, [field]: event.currentTarget.value });
  return (
    <Section title={editing ? `Edit ${editing.rewardId}` : 'New reward'}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void run(async () => {
            const rewardId = draft.rewardId.trim();
            const answer = await answerOf(
              api.PUT('/v1/admin/rewards/{rewardId}', {
                params: { path: { rewardId } },
                body: bodyOf(draft, editing),
              }),
            );
            onSaved();
            return savedMessage(`Reward ${rewardId} saved.`, answer);
          });
        }}
      >
        <div class="grid">
          <Field id="reward-id" label="Reward id">
            <input
              id="reward-id"
              required
              readOnly={editing !== null}
              value={draft.rewardId}
              onInput={set('rewardId')}
            />
          </Field>
          <Field id="reward-name" label="Name">
            <input id="reward-name" value={draft.name} onInput={set('name')} />
          </Field>
          <Field id="reward-kind" label="Kind">
            <select id="reward-kind" value={draft.kind} onChange={set('kind')}>
              {REWARD_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {kind}
                </option>
              ))}
            </select>
          </Field>
          <Field id="reward-cost" label="Cost in points">
            <input id="reward-cost" inputMode="numeric" value={draft.costPoints} onInput={set('costPoints')} />
          </Field>
          <Field id="reward-value" label="Value in CNY" hint="Yuan, up to two decimals">
            <input
              id="reward-value"
              inputMode="decimal"
              aria-describedby="reward-value-hint"
              value={draft.valueYuan}
              onInput={set('valueYuan')}
            />
          </Field>
          <Field id="reward-stock" label="Stock" hint="Empty means unlimited">
            <input
              id="reward-stock"
              inputMode="numeric"
              aria-describedby="reward-stock-hint"
              value={draft.stock}
              onInput={set('stock')}
            />
          </Field>
        </div>
        <Field id="reward-conditions" label="Conditions">
          <textarea id="reward-conditions" rows={3} value={draft.conditions} onInput={set('conditions')} />
        </Field>
        <div class="check">
          <input
            id="reward-active"
            type="checkbox"
            checked={draft.active}
            onChange={(event) => setDraft({ ...draft, active: event.currentTarget.checked })}
          />
          <label for="reward-active">Active</label>
        </div>
        <div class="actions">
          <button type="submit" disabled={action.state === 'working'}>
            Save reward
          </button>
          {editing && (
            <button type="button" onClick={onNew}>
              New reward
            </button>
          )}
        </div>
        <ActionFeedback action={action} />
      </form>
    </Section>
  );
}
