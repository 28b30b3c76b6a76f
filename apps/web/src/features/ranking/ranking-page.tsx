import { useQuery } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeriodKind } from '../../gql/graphql';
import { useYear } from '../../shared/api/year';
import { formatNumber } from '../../shared/format/number';
import { GroupPeriodPicker, useGroupPeriod } from '../../shared/ui/group-period-picker';
import { Page } from '../../shared/ui/page';
import { Empty, ErrorState, Loading } from '../../shared/ui/states';
import { bandThresholds } from './breakdown';
import { ORGANIZATION_KIND, RANKING, RANKING_BREAKDOWNS, RANKING_SCOPE } from './ranking.operations';
import { MemberHistory } from './member-history';
import { RankingTable } from './ranking-table';
import { ScoreBreakdown } from './score-breakdown';
import { useRankingChanges } from '../../shared/api/use-ranking-changes';

// Requested with the page, not when the first ranking arrives: the chart's code loads beside the data.
const chartCode = import('./ranking-chart');
const RankingChart = lazy(() => chartCode);

export function RankingPage() {
  const { t } = useTranslation();
  const { year } = useYear();
  const me = useQuery(ORGANIZATION_KIND);
  const board = me.data?.me.organization.kind === 'AWARD_BOARD';
  const scope = useQuery(RANKING_SCOPE, { variables: { year, board }, skip: !me.data });

  const groups = [
    ...(scope.data?.myGroups ?? []).map((m) => m.group),
    ...(scope.data?.rankingsForReview ?? []).map((r) => r.group),
  ].filter((g, i, all) => all.findIndex((o) => o.code === g.code) === i);
  const { group, kind, choose } = useGroupPeriod(groups);
  const groupCode = group?.code;

  const error = me.error ?? scope.error;
  let body;
  if (error)
    body = <ErrorState error={error} onRetry={() => void (me.error ? me.refetch() : scope.refetch())} />;
  else if (!scope.data) body = <Loading />;
  else if (!groupCode) body = <Empty>{t('ranking.noGroups', { year })}</Empty>;
  else body = <GroupRanking groupCode={groupCode} groupName={group.name} kind={kind} year={year} />;

  return (
    <Page title={t('ranking.title')}>
      {group && <GroupPeriodPicker groups={groups} group={group} kind={kind} choose={choose} />}
      {body}
    </Page>
  );
}

function GroupRanking({
  groupCode,
  groupName,
  kind,
  year,
}: {
  groupCode: string;
  groupName: string;
  kind: PeriodKind;
  year: number;
}) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<string | null>(null);
  const variables = { groupCode, kind, year };
  const { data, error, refetch } = useQuery(RANKING, { variables });
  // Not cached: its entries carry only the breakdown, and would replace the table's entries in the cache.
  const breakdowns = useQuery(RANKING_BREAKDOWNS, {
    variables,
    fetchPolicy: 'no-cache',
    skip: !data?.ranking,
  });
  useRankingChanges(variables, () => {
    void refetch();
    if (data?.ranking) void breakdowns.refetch();
  });

  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <Loading />;
  const ranking = data.ranking;
  if (!ranking || ranking.entries.length === 0) return <Empty>{t('ranking.notPublished')}</Empty>;

  const period = t(`picker.kind.${kind}`);
  const breakdownOf = (code: string): unknown =>
    breakdowns.data?.ranking?.entries.find((e) => e.organization.code === code)?.breakdown;
  const thresholds = bandThresholds(data.group?.regulation?.document);
  const entry = ranking.entries.find((e) => e.organization.code === chosen);
  const chartLabel = t('ranking.chart', {
    group: groupName,
    period,
    year,
    thresholds: thresholds
      .map((th) =>
        t(th.strict ? 'ranking.thresholdAbove' : 'ranking.threshold', {
          band: th.band,
          min: formatNumber(th.points),
        }),
      )
      .join('; '),
  });

  return (
    <>
      {!ranking.published && <Chip label={t('ranking.draft')} color="warning" sx={{ mb: 2 }} />}
      <RankingTable
        caption={t('ranking.tableCaption', { group: groupName, period, year })}
        entries={ranking.entries}
        chosen={chosen}
        onChoose={setChosen}
      />
      <Box sx={{ mt: 3 }}>
        <Suspense fallback={<Loading label={t('ranking.chartLoading')} />}>
          <RankingChart
            label={chartLabel}
            bars={ranking.entries.map((e) => ({ name: e.organization.name, total: e.total }))}
            thresholds={thresholds}
          />
        </Suspense>
      </Box>
      {entry ? (
        breakdownOf(entry.organization.code) === undefined ? (
          breakdowns.error ? (
            <ErrorState error={breakdowns.error} onRetry={() => void breakdowns.refetch()} />
          ) : (
            <Loading />
          )
        ) : (
          <>
            <ScoreBreakdown
              member={entry.organization.name}
              total={entry.total}
              breakdown={breakdownOf(entry.organization.code)}
              facts={
                breakdowns.data?.ranking?.entries.find((e) => e.organization.code === entry.organization.code)
                  ?.facts
              }
              document={data.group?.regulation?.document}
              onClose={() => setChosen(null)}
            />
            <MemberHistory
              groupCode={groupCode}
              memberCode={entry.organization.code}
              member={entry.organization.name}
            />
          </>
        )
      ) : (
        <Empty>{t('ranking.chooseMember')}</Empty>
      )}
    </>
  );
}
