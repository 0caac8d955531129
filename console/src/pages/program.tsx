import { type Api, answerOf, type Schemas } from '../api/client';
import { rawJson } from '../api/raw-json';
import { formatCny, formatPoints } from '../format';
import { asWanted, savedMessage, waitingChanges } from '../notice';
import { DataTable } from '../ui/data-table';
import { ErrorAlert, Working } from '../ui/feedback';
import { JsonForm } from '../ui/json-form';
import { Facts, PageHeading, Section } from '../ui/layout';
import { useLoad } from '../ui/use-load';

type Program = Schemas['Program'];
type Tier = Schemas['Tiers']['tiers'][number];

export function ProgramPage({ api }: { api: Api }) {
  const loaded = useLoad(async () => {
    const [program, tiers] = await Promise.all([
      answerOf(api.GET('/v1/admin/program')),
      answerOf(api.GET('/v1/admin/tiers')),
    ]);
    return { program, tiers };
  }, 'program');
  return (
    <>
      <PageHeading>Program</PageHeading>
      {loaded.state === 'loading' && <Working what="Loading the program…" />}
      {loaded.state === 'failed' && <ErrorAlert error={loaded.error} />}
      {loaded.state === 'done' && (
        <>
          <ProgramFacts program={loaded.data.program} />
          <Section title="Tiers">
            <DataTable<Tier>
              caption="Tiers, lowest first"
              rows={loaded.data.tiers.tiers}
              rowKey={(tier) => tier.id}
              empty="No tiers."
              columns={[
                { header: 'Tier', cell: (tier) => `${tier.name} (${tier.id})` },
                {
                  header: 'Nights',
                  numeric: true,
                  cell: (tier) => qualification(tier.qualification.nights, formatPoints),
                },
                {
                  header: 'Spend',
                  numeric: true,
                  cell: (tier) => qualification(tier.qualification.spendMinor, formatCny),
                },
                {
                  header: 'Points',
                  numeric: true,
                  cell: (tier) => qualification(tier.qualification.points, formatPoints),
                },
              ]}
            />
          </Section>
          <Section title="Edit the program">
            <JsonForm
              id="program-json"
              label="Program (JSON)"
              initial={asWanted(loaded.data.program)}
              submitLabel="Save program"
              save={async (text) => {
                const answer = await answerOf(api.PUT('/v1/admin/program', rawJson<Program>(text)));
                loaded.reload();
                return savedMessage('Program saved.', answer);
              }}
            />
          </Section>
          <Section title="Edit the tiers">
            <JsonForm
              id="tiers-json"
              label="Tiers (JSON)"
              initial={loaded.data.tiers}
              submitLabel="Save tiers"
              save={async (text) => {
                await answerOf(api.PUT('/v1/admin/tiers', rawJson<Schemas['Tiers']>(text)));
                loaded.reload();
                return 'Tiers saved.';
              }}
            />
          </Section>
        </>
      )}
    </>
  );
}

function qualification(value: number | null | undefined, format: (value: number) => string): string {
  return value === null || value === undefined ? '—' : format(value);
}

function limit(value: number | undefined): string {
  return value === undefined ? 'no limit' : formatPoints(value);
}

function ProgramFacts({ program }: { program: Program }) {
  return (
    <Facts
      facts={[
        ['Name', program.name],
        ['Currency', program.currency],
        ['Points that pay 1 CNY', formatPoints(program.paymentPointsPerUnit)],
        ['Points expire after', program.expiryMonths === null ? 'never' : `${program.expiryMonths} months`],
        ['Tier window', `${program.tierWindowMonths} months`],
        ['Earns per member per day', limit(program.limits.earnsPerMemberPerDay)],
        ['Points per member per day', limit(program.limits.pointsPerMemberPerDay)],
        ['Issue price per 1,000 points', formatCny(program.settlement.issuePricePerThousandMinor)],
        ['Reimbursement per 1,000 points', formatCny(program.settlement.reimbursementPerThousandMinor)],
        [
          'Credit perks',
          `earn ×${program.creditPerks.earnMultiplier}, rewards ${program.creditPerks.redemptionDiscountPercent}% off`,
        ],
        ['Notice before a change that hurts members', `${program.noticeDays ?? 0} days`],
        ['Changes waiting for their date', waitingChanges(program.upcoming)],
      ]}
    />
  );
}
