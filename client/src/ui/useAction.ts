import { useCallback, useState } from 'react';
import { toRequestError, type RequestError } from '../lib/requestError';

export interface ActionState {
  pending: boolean;
  error: RequestError | null;
}

/**
 * Runs an async action for a button or form: tracks "busy" and keeps the typed error for
 * display. Resolves to undefined on failure, so callers never need their own try/catch.
 */
export function useAction<A extends unknown[], R>(action: (...args: A) => Promise<R>) {
  const [state, setState] = useState<ActionState>({ pending: false, error: null });
  const run = useCallback(
    async (...args: A): Promise<R | undefined> => {
      setState({ pending: true, error: null });
      try {
        const result = await action(...args);
        setState({ pending: false, error: null });
        return result;
      } catch (err) {
        setState({ pending: false, error: toRequestError(err) });
        return undefined;
      }
    },
    [action],
  );
  const clearError = useCallback(() => {
    setState((s) => (s.error ? { ...s, error: null } : s));
  }, []);
  return { run, clearError, ...state };
}
