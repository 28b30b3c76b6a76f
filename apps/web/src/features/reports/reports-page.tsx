import { useTranslation } from 'react-i18next';
import { Page } from '../../shared/ui/page';
import { Empty } from '../../shared/ui/states';

export function ReportsPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('nav.reports')}>
      <Empty>{t('workspace.comingSoon')}</Empty>
    </Page>
  );
}
