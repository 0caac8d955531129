import { JsonForm } from './json-form';
import { Section } from './layout';

/**
 * Creates or edits one configured thing (a merchant, a promotion, a game) as JSON under its id: the form a
 * "New …" or "Edit" button opens, prefilled with a template or with the thing as the API last answered it.
 */
export function ConfigEditor<Item>({ noun, editing, idOf, template, bodyOf, save }: {
  /** Lower-case, as in "New merchant"; the labels are "Merchant id" and "Merchant (JSON)". */
  noun: string;
  editing: Item | 'new';
  idOf: (item: Item) => string;
  template: unknown;
  bodyOf: (item: Item) => unknown;
  save: (itemId: string, text: string) => Promise<unknown>;
}) {
  const Noun = noun[0]!.toUpperCase() + noun.slice(1);
  const itemId = editing === 'new' ? '' : idOf(editing);
  return (
    <Section title={editing === 'new' ? `New ${noun}` : `Edit ${itemId}`}>
      <JsonForm
        key={itemId}
        id={`${noun}-json`}
        label={`${Noun} (JSON)`}
        idField={{ label: `${Noun} id`, initial: itemId }}
        initial={editing === 'new' ? template : bodyOf(editing)}
        submitLabel={`Save ${noun}`}
        save={async (text, savedId) => {
          await save(savedId, text);
          return `${Noun} ${savedId} saved.`;
        }}
      />
    </Section>
  );
}
