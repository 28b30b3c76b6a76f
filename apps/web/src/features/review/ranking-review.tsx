import { useQuery } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewSummaryFragment } from '../../gql/graphql';
import { formatDateTime } from '../../shared/format/date';
import { ScrollTable } from '../../shared/ui/scroll-table';
import { Empty, ErrorState, Loading } from '../../shared/ui/states';
import { RankingTable, ScoreBreakdown } from '../ranking';
import { DecisionForm } from './decision-form';
import { EvidenceList } from './evidence-list';
import { awardTitles, voteResults } from './review.logic';
import { RANKING_UNDER_REVIEW } from './review.operations';
import { usePeriodLabel } from './use-period-label';

/** One ranking as the board examines it, then its decision. */
export function RankingReview({ summary }: { summary: ReviewSummaryFragment }) {
  const { t } = useTranslation();
  const period = usePeriodLabel()(summary.period);
  const group = summary.group.name;
  const [chosen, setChosen] = useState<string | null>(null);
  const { data, error, refetch } = useQuery(RANKING_UNDER_REVIEW, {
    variables: { groupCode: summary.group.code, kind: summary.period.kind, year: summary.period.year },
  });

  let body;
  if (error) body = <ErrorState error={error} onRetry={() => void refetch()} />;
  else if (!data) body = <Loading />;
  else if (!data.ranking || data.ranking.entries.length === 0)
    body = <Empty>{t('review.none', { year: summary.period.year })}</Empty>;
  else {
    const titles = awardTitles(data.group?.regulation?.document);
    const title = (id: string) => titles.get(id) ?? id;
    // The shared ranking table shows proposals as they come: give it the awards' titles, not their ids.
    const entries = data.ranking.entries.map((e) => ({ ...e, proposals: e.proposals.map(title) }));
    const entry = entries.find((e) => e.organization.code === chosen);
    const proposalsCaption = t('review.proposalsCaption', { group, period });
    body = (
      <>
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          {t('review.computedAt', { at: formatDateTime(summary.computedAt), version: summary.version })}
        </Typography>
        <RankingTable
          caption={t('review.tableCaption', { group, period })}
          entries={entries}
          chosen={chosen}
          onChoose={setChosen}
        />
        <Typography component="h3" variant="h6" sx={{ mt: 3, mb: 1 }}>
          {t('review.proposalsTitle')}
        </Typography>
        <ScrollTable label={proposalsCaption} outlined>
          <Table size="small" aria-label={proposalsCaption} sx={{ minWidth: 640 }}>
            <TableHead>
              <TableRow>
                <TableCell>{t('review.member')}</TableCell>
                <TableCell>{t('review.proposals')}</TableCell>
                <TableCell>{t('review.votes')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {entries.map((e) => {
                const votes = voteResults(e.breakdown);
                return (
                  <TableRow key={e.organization.code}>
                    <TableCell>{e.organization.name}</TableCell>
                    <TableCell>
                      {e.proposals.length ? e.proposals.join('; ') : t('review.noProposal')}
                      {e.needsDecision.length > 0 && (
                        <Typography variant="body2" color="secondary.main">
                          {t('review.needsDecision', { awards: e.needsDecision.map(title).join('; ') })}
                        </Typography>
                      )}
                      {e.awardDecisions
                        .filter((d) => d.status === 'blocked')
                        .map((d) => (
                          <Typography key={d.awardId} variant="body2" color="text.secondary">
                            {t('review.awardDecision', {
                              award: title(d.awardId),
                              status: t(`review.awardStatus.${d.status}`),
                              note: d.note,
                            })}
                          </Typography>
                        ))}
                    </TableCell>
                    <TableCell>
                      {votes.length === 0
                        ? t('review.noVote')
                        : votes.map((v) => (
                            <Box key={v.awardId}>
                              {t('review.voteResult', {
                                award: title(v.awardId),
                                votes: v.votes,
                                base: v.base,
                                outcome: t(v.passed ? 'review.votePassed' : 'review.voteFailed'),
                              })}
                            </Box>
                          ))}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </ScrollTable>
        {entry ? (
          <>
            <ScoreBreakdown
              member={entry.organization.name}
              total={entry.total}
              breakdown={entry.breakdown}
              facts={entry.facts}
              document={data.group?.regulation?.document}
              onClose={() => setChosen(null)}
            />
            <EvidenceList
              member={entry.organization.name}
              evidence={data.submissionsForScoring
                .filter((s) => s.organization.code === entry.organization.code)
                .flatMap((s) => s.evidence)}
            />
          </>
        ) : (
          <Empty>{t('review.chooseMember')}</Empty>
        )}
      </>
    );
  }

  return (
    <Paper
      component="section"
      aria-labelledby="ranking-review-title"
      variant="outlined"
      sx={{ p: { xs: 1.5, sm: 2 }, mt: 3 }}
    >
      <Typography component="h2" variant="h6" id="ranking-review-title" sx={{ mb: 1 }}>
        {t('review.detailTitle', { group, period })}
      </Typography>
      {body}
      <DecisionForm summary={summary} />
    </Paper>
  );
}
