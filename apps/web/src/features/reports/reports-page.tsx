import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { Page } from '../../shared/ui/page';
import { ReportEditor } from './report-editor';
import { ReportsList } from './reports-list';

export function ReportsPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('reports.title')}>
      <Routes>
        <Route index element={<ReportsList />} />
        <Route path=":id" element={<ReportEditor />} />
      </Routes>
    </Page>
  );
}
