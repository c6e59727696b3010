import type { components } from '../api/schema';
import type { I18n, MessageKey } from './i18n';

// The server's refusals in the reader's language. A problem says what kind it is
// (`type`, e.g. /problems/validation) and each field error which rule it broke
// (`code`, with `params` such as { limit: 300 }): the client words them itself,
// never showing the server's English. Every type and code has a text in sv.json
// and en.json (test/web/messages.test.ts checks them against the server's registries).

type Problem = components['schemas']['Problem'];
type BrokenRule = Pick<components['schemas']['FieldError'], 'code' | 'params'>;

/**
 * An id or month in a page's address that is malformed (/rapport/abc): to the reader, an
 * address that leads nowhere, not a form to correct.
 */
export const isBadAddress = (problem: Problem | null) =>
  problem?.type === '/problems/validation' && (problem.errors ?? []).every((error) => error.in === 'params');

/** What a refusal means, in a sentence. */
export function problemText({ t }: I18n, problem: Problem | null): string {
  if (isBadAddress(problem)) return t('problem.not-found');
  // "validation" for /problems/validation; "network" when nothing answered.
  const kind = problem ? problem.type.replace('/problems/', '') : 'network';
  return t(`problem.${kind}` as MessageKey);
}

/** The words for a value a rule names: an item's kind, a form, a JSON type or a side of the baseline. */
function paramText(i18n: I18n, name: string, value: string | number): string {
  const key = `param.${name}.${value}`;
  return i18n.has(key) ? i18n.t(key) : String(value);
}

/** A field's name as the reader knows it: "/measure/monthlyTarget" → "Mål per månad". */
function fieldLabel(i18n: I18n, path: string): string {
  const names = path.split('/').filter((segment) => segment !== '' && !/^\d+$/.test(segment));
  const dotted = `label.${names.join('.')}`;
  if (i18n.has(dotted)) return i18n.t(dotted);
  const last = `label.${names.at(-1) ?? ''}`;
  return i18n.has(last) ? i18n.t(last) : i18n.t('label.unknown');
}

/** The rule a field broke, as a sentence naming the field ("Titel får ha högst 300 tecken."). */
export function ruleText(i18n: I18n, rule: BrokenRule, field: string): string {
  const vars: Record<string, string | number> = { field };
  for (const [name, value] of Object.entries(rule.params ?? {})) vars[name] = paramText(i18n, name, value);
  return i18n.t(`field.${rule.code}`, vars);
}

/** A field error of the API, named by its path. */
export const fieldErrorText = (i18n: I18n, error: components['schemas']['FieldError']) =>
  ruleText(i18n, error, fieldLabel(i18n, error.path || `/${error.in}`));
