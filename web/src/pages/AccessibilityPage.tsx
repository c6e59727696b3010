import { usePageTitle } from '../components/Layout';
import { useI18n, type MessageKey } from '../i18n/i18n';
import { href } from '../router';

/** When this statement was last reviewed; change it with the text. */
const REVIEWED = '2026-12-07';

const KNOWN: MessageKey[] = ['a11y.known1', 'a11y.known2', 'a11y.known3', 'a11y.known4', 'a11y.known5', 'a11y.known6'];

const TESTED: MessageKey[] = ['a11y.tested1', 'a11y.tested2', 'a11y.tested3', 'a11y.tested4', 'a11y.tested5'];

export function AccessibilityPage() {
  const { t, fmt } = useI18n();
  usePageTitle(t('nav.accessibility'));
  return (
    <div class="prose-page">
      <h1>{t('nav.accessibility')}</h1>
      <p class="lead">{t('a11y.intro')}</p>

      <h2>{t('a11y.statusTitle')}</h2>
      <p>{t('a11y.status')}</p>

      <h2>{t('a11y.knownTitle')}</h2>
      <ul>
        {KNOWN.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>

      <h2>{t('a11y.supportTitle')}</h2>
      <ul>
        <li>{t('a11y.support1')}</li>
        <li>{t('a11y.support2')}</li>
        <li>{t('a11y.support3')}</li>
        <li>{t('a11y.support4')}</li>
      </ul>

      <h2>{t('a11y.reportTitle')}</h2>
      <p>{t('a11y.report')}</p>

      <h2>{t('a11y.supervisionTitle')}</h2>
      <p>
        {t('a11y.supervision')} <a href={t('a11y.supervisionUrl')}>{t('a11y.supervisionLink')}</a>
      </p>

      <h2>{t('a11y.testingTitle')}</h2>
      <p>{t('a11y.testing')}</p>
      <ul>
        {TESTED.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
      <p>
        {t('a11y.reviewed')} <time dateTime={REVIEWED}>{fmt.date(REVIEWED)}</time>.
      </p>
      <p>
        <a href={href('start')}>{t('common.toStart')}</a>
      </p>
    </div>
  );
}
