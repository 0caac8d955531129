import { useCallback, useEffect, useState } from 'preact/hooks';
import { ApiError } from '../api/problem';

export type Loaded<T> = { state: 'loading' } | { state: 'failed'; error: ApiError } | { state: 'done'; data: T };

function asApiError(error: unknown): ApiError {
  return error instanceof ApiError
    ? error
    : new ApiError(0, error instanceof Error ? error.message : String(error), undefined);
}

/** Runs `load` when `key` changes (and on `reload`), keeping only the latest answer. */
export function useLoad<T>(load: () => Promise<T>, key: string): Loaded<T> & { reload: () => void } {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let current = true;
    setLoaded({ state: 'loading' });
    load().then(
      (data) => current && setLoaded({ state: 'done', data }),
      (error: unknown) => current && setLoaded({ state: 'failed', error: asApiError(error) }),
    );
    return () => {
      current = false;
    };
    // `load` is a new closure each render; `key` says when what it loads has changed.
  }, [key, generation]);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return { ...loaded, reload };
}

export type Action =
  | { state: 'idle' }
  | { state: 'working' }
  | { state: 'failed'; error: ApiError }
  | { state: 'done'; message: string };

/** One form's submission: working while it runs, then the API's refusal or a success message. */
export function useAction(): [Action, (run: () => Promise<string>) => Promise<void>, () => void] {
  const [action, setAction] = useState<Action>({ state: 'idle' });
  const run = useCallback(async (work: () => Promise<string>) => {
    setAction({ state: 'working' });
    try {
      setAction({ state: 'done', message: await work() });
    } catch (error) {
      setAction({ state: 'failed', error: asApiError(error) });
    }
  }, []);
  const reset = useCallback(() => setAction({ state: 'idle' }), []);
  return [action, run, reset];
}
