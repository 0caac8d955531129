import { useState } from 'preact/hooks';
import { ActionFeedback } from './feedback';
import { Field } from './layout';
import { useAction } from './use-load';

/**
 * Edits a nested configuration as JSON text, optionally with the id it is saved under. The text goes to the API
 * as typed (even when it is not valid JSON), so the API's validation decides and its precise refusal is shown.
 */
export function JsonForm({
  id,
  label,
  initial,
  submitLabel,
  save,
  idField,
}: {
  id: string;
  label: string;
  initial: unknown;
  submitLabel: string;
  save: (text: string, itemId: string) => Promise<string>;
  idField?: { label: string; initial: string };
}) {
  const [text, setText] = useState(() => JSON.stringify(initial, null, 2));
  const [itemId, setItemId] = useState(idField?.initial ?? '');
  const [action, run] = useAction();
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void run(() => save(text, itemId.trim()));
      }}
    >
      {idField && (
        <Field id={`${id}-id`} label={idField.label}>
          <input id={`${id}-id`} required value={itemId} onInput={(event) => setItemId(event.currentTarget.value)} />
        </Field>
      )}
      <Field id={id} label={label}>
        <textarea
          id={id}
          rows={12}
          spellcheck={false}
          value={text}
          onInput={(event) => setText(event.currentTarget.value)}
        />
      </Field>
      <button type="submit" disabled={action.state === 'working'}>
        {submitLabel}
      </button>
      <ActionFeedback action={action} />
    </form>
  );
}
