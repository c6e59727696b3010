import type { ComponentChildren } from 'preact';
import { useI18n } from '../i18n/i18n';

/** Where a page stands: links to the pages above it, then the page itself. */
export function Breadcrumb({
  trail,
  current,
  currentLang,
}: {
  trail: { href: string; label: ComponentChildren }[];
  current: ComponentChildren;
  currentLang?: 'sv';
}) {
  const { t } = useI18n();
  return (
    <nav class="breadcrumb" aria-label={t('breadcrumb.label')}>
      <ol>
        {trail.map((step) => (
          <li key={step.href}>
            <a href={step.href}>{step.label}</a>
          </li>
        ))}
        <li aria-current="page" lang={currentLang}>
          {current}
        </li>
      </ol>
    </nav>
  );
}
