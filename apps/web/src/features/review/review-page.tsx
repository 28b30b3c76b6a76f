import { useQuery } from '@apollo/client/react';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { ReviewSummaryFragment } from '../../gql/graphql';
import { useYear } from '../../shared/api/year';
import { Page } from '../../shared/ui/page';
import { ScrollTable } from '../../shared/ui/scroll-table';
import { Empty, ErrorState, Loading } from '../../shared/ui/states';
import { ReviewHistory } from './review-history';
import { RANKINGS_FOR_REVIEW } from './review.operations';
import { RankingReview } from './ranking-review';
import { usePeriodLabel } from './use-period-label';

// Outlined chips print their text in the colour: only colours with AA contrast on white.
const STATE_COLOR = { PENDING: 'primary', APPROVED: 'success', REJECTED: 'default' } as const;

export function ReviewPage() {
  const { t } = useTranslation();
  const { year } = useYear();
  const [params, setParams] = useSearchParams();
  const { data, error, refetch } = useQuery(RANKINGS_FOR_REVIEW, {
    variables: { year, previousYear: year - 1 },
  });

  let body;
  if (error) body = <ErrorState error={error} onRetry={() => void refetch()} />;
  else if (!data) body = <Loading />;
  else {
    const rankings = data.rankingsForReview;
    const chosen = rankings.find((r) => r.id === params.get('ranking'));
    const choose = (id: string) =>
      setParams((p) => {
        p.set('ranking', id);
        return p;
      });
    body = (
      <>
        {rankings.length === 0 ? (
          <Empty>{t('review.none', { year })}</Empty>
        ) : (
          <RankingList rankings={rankings} chosen={chosen?.id} onChoose={choose} year={year} />
        )}
        {chosen && <RankingReview key={chosen.id} summary={chosen} />}
        <ReviewHistory rankings={[...rankings, ...data.earlier]} year={year} />
      </>
    );
  }
  return <Page title={t('review.title')}>{body}</Page>;
}

function RankingList({
  rankings,
  chosen,
  onChoose,
  year,
}: {
  rankings: ReviewSummaryFragment[];
  chosen?: string;
  onChoose: (id: string) => void;
  year: number;
}) {
  const { t } = useTranslation();
  const periodLabel = usePeriodLabel();
  const caption = t('review.listCaption', { year });
  return (
    <ScrollTable label={caption} outlined>
      <Table size="small" sx={{ minWidth: 560 }}>
        <caption style={{ captionSide: 'top', textAlign: 'left', padding: '12px 16px', fontWeight: 600 }}>
          {caption}
        </caption>
        <TableHead>
          <TableRow>
            <TableCell>{t('review.group')}</TableCell>
            <TableCell>{t('review.period')}</TableCell>
            <TableCell>{t('review.state')}</TableCell>
            <TableCell>{t('review.action')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rankings.map((r) => {
            const state = (r.reviewState ?? 'PENDING') as keyof typeof STATE_COLOR;
            const period = periodLabel(r.period);
            return (
              <TableRow key={r.id} selected={r.id === chosen}>
                <TableCell>{r.group.name}</TableCell>
                <TableCell>{period}</TableCell>
                <TableCell>
                  <Chip
                    size="small"
                    variant="outlined"
                    color={STATE_COLOR[state]}
                    label={t(`review.states.${state}`)}
                  />
                </TableCell>
                <TableCell>
                  <Button
                    size="small"
                    variant={r.id === chosen ? 'contained' : 'outlined'}
                    aria-label={t('review.openRanking', { group: r.group.name, period })}
                    aria-pressed={r.id === chosen}
                    onClick={() => onChoose(r.id)}
                  >
                    {t('review.open')}
                  </Button>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </ScrollTable>
  );
}
