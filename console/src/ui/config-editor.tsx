import { JsonForm } from './json-form';
import { Section } from './layout';

/**
 * Creates or edits one configured thing (a merchant, a promotion, a game) as JSON under its id: the form a
 * "New …" or "Edit" button opens, prefilled with a template or with the thing as the API last answered it.
 */
export function ConfigEditor({
  noun,
  itemId,
  initial,
  save,
}: {
  /** Lower-case, as in "New merchant"; the labels are "Merchant id" and "Merchant (JSON)". */
  noun: string;
  /** The id of the thing being edited; null for a new one. */
  itemId: string | null;
  initial: unknown;
  save: (itemId: string, text: string) => Promise<unknown>;
}) {
  const Noun = noun[0]!.toUpperCase() + noun.slice(1);
  return (
    <Section title={itemId === null ? `New ${noun}` : `Edit ${itemId}`}>
      <JsonForm
        key={itemId ?? ''}
        id={`${noun}-json`}
        label={`${Noun} (JSON)`}
        idField={{ label: `${Noun} id`, initial: itemId ?? '' }}
        initial={initial}
        submitLabel={`Save ${noun}`}
        save={async (text, savedId) => {
          await save(savedId, text);
          return `${Noun} ${savedId} saved.`;
        }}
      />
    </Section>
  );
}
