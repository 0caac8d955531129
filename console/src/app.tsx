import { useEffect, useMemo, useState } from 'preact/hooks';
import { type Api, apiClient } from './api/client';
import { type PageId, pageFromHash } from './navigation';
import { PAGES } from './pages';
import { SignIn } from './sign-in';

/** The key is held in this component's state only: never stored, so a reload asks for it again. */
export function App({ apiUrl }: { apiUrl: string }) {
  const [operatorKey, setOperatorKey] = useState<string | null>(null);
  const api = useMemo(() => (operatorKey === null ? null : apiClient(apiUrl, operatorKey)), [apiUrl, operatorKey]);
  if (api === null) return <SignIn apiUrl={apiUrl} onSignedIn={setOperatorKey} />;
  return <Shell api={api} onSignOut={() => setOperatorKey(null)} />;
}

function useHashPage(): PageId {
  const [page, setPage] = useState(() => pageFromHash(location.hash));
  useEffect(() => {
    const follow = () => setPage(pageFromHash(location.hash));
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  return page;
}

function Shell({ api, onSignOut }: { api: Api; onSignOut: () => void }) {
  const pageId = useHashPage();
  const page = PAGES.find((candidate) => candidate.id === pageId)!;
  const Page = page.component;
  useEffect(() => {
    document.title = `${page.name} · jifen console`;
    document.querySelector<HTMLElement>('main h1')?.focus();
  }, [pageId]);
  return (
    <>
      <header class="top">
        <nav aria-label="Console">
          <ul>
            {PAGES.map((candidate) => (
              <li key={candidate.id}>
                <a href={`#/${candidate.id}`} aria-current={candidate.id === pageId ? 'page' : undefined}>
                  {candidate.name}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <button type="button" class="sign-out" onClick={onSignOut}>
          Sign out
        </button>
      </header>
      <main>
        <Page api={api} />
      </main>
    </>
  );
}
