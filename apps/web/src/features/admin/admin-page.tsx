import { useTranslation } from 'react-i18next';
import { Page } from '../../shared/ui/page';
import { Empty } from '../../shared/ui/states';

export function AdminPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('nav.admin')}>
      <Empty>{t('workspace.comingSoon')}</Empty>
    </Page>
  );
}
