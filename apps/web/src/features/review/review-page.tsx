import { useQuery } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { ReviewSummaryFragment } from '../../gql/graphql';
import { useYear } from '../../shared/api/year';
import { Page } from '../../shared/ui/page';
import { Empty, ErrorState, Loading } from '../../shared/ui/states';
import { BoardDossiers } from '../dossiers';
import { BoardWorkspace } from './board-workspace';
import { ReviewHistory } from './review-history';
import { unrankedGroups } from './review.logic';
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
    const groups = data.groupsForReview;
    const chosen = rankings.find((r) => r.id === params.get('ranking'));
    const choose = (id: string) =>
      setParams((p) => {
        p.set('ranking', id);
        return p;
      });
    body = (
      <>
        {groups.length === 0 && rankings.length === 0 && <Empty>{t('review.noGroups', { year })}</Empty>}
        {rankings.length > 0 && (
          <RankingList rankings={rankings} chosen={chosen?.id} onChoose={choose} year={year} />
        )}
        {/* A group of the board's with no ranking yet is still named, with what it is waiting for. */}
        {unrankedGroups(groups, rankings).map((g) => (
          <Empty key={g.code}>{t('review.notRankedYet', { group: g.name, year })}</Empty>
        ))}
        {chosen && <RankingReview key={chosen.id} summary={chosen} />}
        <BoardWorkspace groups={groups} year={year} />
        <BoardDossiers groups={groups} year={year} />
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
  // A list rather than a table: on a phone each ranking stays whole, nothing to scroll sideways.
  return (
    <Paper component="section" aria-labelledby="review-list-title" sx={{ p: 2 }}>
      <Typography component="h2" variant="subtitle1" id="review-list-title" sx={{ fontWeight: 600 }}>
        {caption}
      </Typography>
      <List disablePadding>
        {rankings.map((r) => {
          const state = (r.reviewState ?? 'PENDING') as keyof typeof STATE_COLOR;
          const period = periodLabel(r.period);
          const selected = r.id === chosen;
          return (
            <ListItem
              key={r.id}
              divider
              disableGutters
              sx={{ gap: 2, flexWrap: 'wrap', bgcolor: selected ? 'action.selected' : undefined, px: 1 }}
            >
              <Box sx={{ flex: '1 1 260px', minWidth: 0 }}>
                <Typography sx={{ fontWeight: 500 }}>{r.group.name}</Typography>
                <Typography variant="body2" color="text.secondary">
                  {period}
                </Typography>
              </Box>
              <Chip
                size="small"
                variant="outlined"
                color={STATE_COLOR[state]}
                label={t(`review.states.${state}`)}
              />
              <Button
                size="small"
                variant={selected ? 'contained' : 'outlined'}
                aria-label={t('review.openRanking', { group: r.group.name, period })}
                aria-pressed={selected}
                onClick={() => onChoose(r.id)}
              >
                {t('review.open')}
              </Button>
            </ListItem>
          );
        })}
      </List>
    </Paper>
  );
}
