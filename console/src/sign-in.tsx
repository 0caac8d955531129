import { useState } from 'preact/hooks';
import { answerOf, apiClient } from './api/client';
import { ActionFeedback } from './ui/feedback';
import { useAction } from './ui/use-load';

/** Checks the key with an admin read before accepting it, so a merchant key or a typo is refused here. */
export function SignIn({ apiUrl, onSignedIn }: { apiUrl: string; onSignedIn: (key: string) => void }) {
  const [key, setKey] = useState('');
  const [action, run] = useAction();
  const signIn = (event: Event) => {
    event.preventDefault();
    const candidate = key.trim();
    void run(async () => {
      await answerOf(apiClient(apiUrl, candidate).GET('/v1/admin/program'));
      onSignedIn(candidate);
      return 'Signed in.';
    });
  };
  return (
    <main class="sign-in">
      <h1>jifen console</h1>
      <form onSubmit={signIn}>
        <label for="operator-key">Operator key</label>
        <input
          id="operator-key"
          type="password"
          autocomplete="off"
          required
          value={key}
          onInput={(event) => setKey(event.currentTarget.value)}
        />
        <button type="submit" disabled={action.state === 'working'}>
          Sign in
        </button>
      </form>
      {action.state !== 'done' && <ActionFeedback action={action} />}
    </main>
  );
}
