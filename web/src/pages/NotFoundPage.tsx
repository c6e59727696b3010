import { usePageTitle } from '../components/Layout';
import { useI18n } from '../i18n/i18n';
import { href } from '../router';

export function NotFoundPage() {
  const { t } = useI18n();
  usePageTitle(t('notFound.title'));
  return (
    <>
      <h1>{t('notFound.title')}</h1>
      <p>
        {t('notFound.text')} <a href={href('start')}>{t('common.toStart')}</a>
      </p>
    </>
  );
}
