import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { ReviewSummaryFragment } from '../../gql/graphql';
import { formatDate } from '../../shared/format/date';
import { ScrollTable } from '../../shared/ui/scroll-table';
import { Empty } from '../../shared/ui/states';
import { usePeriodLabel } from './use-period-label';

/** What the board decided in the chosen year and the one before: number, date and reason, latest first. */
export function ReviewHistory({ rankings, year }: { rankings: ReviewSummaryFragment[]; year: number }) {
  const { t } = useTranslation();
  const periodLabel = usePeriodLabel();
  const decided = rankings
    .filter((r) => r.reviewState === 'APPROVED' || r.reviewState === 'REJECTED')
    .sort((a, b) => (b.reviewedAt ?? '').localeCompare(a.reviewedAt ?? ''));
  const caption = t('review.historyCaption', { year, previous: year - 1 });
  return (
    <section aria-labelledby="review-history-title">
      <Typography component="h2" variant="h6" id="review-history-title" sx={{ mt: 4, mb: 1 }}>
        {t('review.historyTitle')}
      </Typography>
      {decided.length === 0 ? (
        <Empty>{t('review.noHistory', { year, previous: year - 1 })}</Empty>
      ) : (
        <ScrollTable label={caption} outlined>
          <Table size="small" aria-label={caption} sx={{ minWidth: 720 }}>
            <TableHead>
              <TableRow>
                <TableCell>{t('review.group')}</TableCell>
                <TableCell>{t('review.period')}</TableCell>
                <TableCell>{t('review.decision')}</TableCell>
                <TableCell>{t('review.decisionNumber')}</TableCell>
                <TableCell>{t('review.decidedOn')}</TableCell>
                <TableCell>{t('review.reason')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {decided.map((r) => (
                <TableRow key={r.id}>
                  <TableCell>{r.group.name}</TableCell>
                  <TableCell>{periodLabel(r.period)}</TableCell>
                  <TableCell>{t(`review.states.${r.reviewState as 'APPROVED' | 'REJECTED'}`)}</TableCell>
                  <TableCell>{r.decisionNumber ?? t('review.dash')}</TableCell>
                  <TableCell>{r.reviewedAt ? formatDate(r.reviewedAt) : t('review.dash')}</TableCell>
                  <TableCell>{r.reviewReason ?? t('review.dash')}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </ScrollTable>
      )}
    </section>
  );
}
