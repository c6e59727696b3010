import { useEffect, useState } from 'preact/hooks';
import { asApiError, type ApiError } from '../api/client';
import { useI18n, type MessageKey } from '../i18n/i18n';

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

const problemTexts: Record<number, MessageKey> = {
  0: 'problem.network',
  400: 'problem.400',
  401: 'problem.401',
  403: 'problem.403',
  404: 'problem.404',
  409: 'problem.409',
  412: 'problem.412',
  428: 'problem.428',
  503: 'problem.503',
};

/**
 * A refusal shown in words, in an alert region: what it means in the reader's language,
 * then the server's own message (in English, marked so).
 */
export function ProblemMessage({ error, lead, onRetry }: { error: ApiError; lead?: string; onRetry?: () => void }) {
  const { t } = useI18n();
  const key = problemTexts[error.status] ?? 'problem.other';
  return (
    <div class="notice notice-error" role="alert">
      <p>
        <strong>{lead ?? t(key)}</strong>
        {error.problem && (
          <>
            {' '}
            <span lang="en">{error.problem.detail}</span>
          </>
        )}
      </p>
      {error.problem?.errors && error.problem.errors.length > 0 && (
        <ul lang="en">
          {error.problem.errors.map((field) => (
            <li key={`${field.in}${field.path}`}>
              {field.path || field.in}: {field.message}
            </li>
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
