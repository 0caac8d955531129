import type { ApiError } from '../api/problem';
import type { Action } from './use-load';

/** A refusal or an error, announced at once; never used for success. */
export function ErrorAlert({ error }: { error: ApiError }) {
  return (
    <div role="alert" class="alert">
      <p>{error.detail}</p>
      {error.fieldErrors.length > 0 && (
        <ul>
          {error.fieldErrors.map((field) => (
            <li key={field.path}>
              {field.path ? <code>{field.path}</code> : null} {field.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function Working({ what = 'Working…' }: { what?: string }) {
  return (
    <p role="status" class="working" aria-live="polite">
      {what}
    </p>
  );
}

/** What a form's last submission did: working, the API's refusal, or a polite success note. */
export function ActionFeedback({ action }: { action: Action }) {
  if (action.state === 'working') return <Working />;
  if (action.state === 'failed') return <ErrorAlert error={action.error} />;
  if (action.state === 'done')
    return (
      <p role="status" class="done">
        {action.message}
      </p>
    );
  return null;
}
