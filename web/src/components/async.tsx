import { useEffect, useState } from 'preact/hooks';
import { asApiError, type ApiError } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { fieldErrorText, isBadAddress, problemText } from '../i18n/problems';

export type Async<T> =
  { state: 'loading' } | { state: 'done'; data: T } | { state: 'error'; error: ApiError; retry: () => void };

/** Loads when a dependency changes; an answer that comes after a newer request started is dropped. */
export function useAsync<T>(load: () => Promise<T>, deps: unknown[]): Async<T> {
  const [result, setResult] = useState<Async<T>>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    setResult({ state: 'loading' });
    load().then(
      (data) => current && setResult({ state: 'done', data }),
      (error: unknown) =>
        current &&
        setResult({
          state: 'error',
          error: asApiError(error),
          retry: () => setAttempt((n) => n + 1),
        }),
    );
    return () => {
      current = false;
    };
    // The caller names what the load depends on.
  }, [...deps, attempt]);
  return result;
}

/** "Hämtar …" while loading, the refusal with "Försök igen" if it fails, nothing once done. */
export function AsyncStatus({ result }: { result: Async<unknown> }) {
  if (result.state === 'loading') return <Loading />;
  if (result.state === 'error') return <ProblemMessage error={result.error} onRetry={result.retry} />;
  return null;
}

/** Says what is under way (saving, checking a file), in a status region screen readers speak. */
export function Working({ when, text }: { when: boolean; text: string }) {
  if (!when) return null;
  return (
    <span class="muted" role="status">
      {text}
    </span>
  );
}

export function Loading() {
  const { t } = useI18n();
  return (
    <p class="loading" role="status">
      {t('common.loading')}
    </p>
  );
}

/**
 * A refusal shown in words, in an alert region: what its kind means and each field it names,
 * in the reader's language (the server's English detail is for logs and API callers).
 */
export function ProblemMessage({ error, lead, onRetry }: { error: ApiError; lead?: string; onRetry?: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <div class="notice notice-error" role="alert">
      <p>
        <strong>{lead ?? problemText(i18n, error.problem)}</strong>
      </p>
      {error.problem?.errors && error.problem.errors.length > 0 && !isBadAddress(error.problem) && (
        <ul>
          {error.problem.errors.map((field) => (
            <li key={`${field.in}${field.path}${field.code}`}>{fieldErrorText(i18n, field)}</li>
          ))}
        </ul>
      )}
      {onRetry && (
        <button type="button" class="button button-secondary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}

/**
 * How many of `total` items to render now: `step` at first, `step` more in each later task, until all are.
 * A long list of heavy items then comes in short tasks, so the page answers input while it fills.
 */
export function useGradually(total: number, step: number): number {
  const [shown, setShown] = useState(step);
  useEffect(() => {
    if (shown >= total) return;
    const timer = setTimeout(() => setShown(shown + step));
    return () => clearTimeout(timer);
  }, [shown, total, step]);
  return Math.min(shown, total);
}
