// One group and period: the score grid with its progress, returning a report, the vote tally, the live
// ranking preview, publication and the documents.
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeriodKind, ScoringRankingQuery } from '../../gql/graphql';
import { errorInfo, errorMessage } from '../../shared/api/errors';
import { formatDateTime } from '../../shared/format/date';
import { formatNumber } from '../../shared/format/number';
import { Empty, ErrorState, Loading } from '../../shared/ui/states';
import { TextInput } from '../../shared/ui/text-input';
import { bandThresholds, loadRankingChart, RankingTable, ScoreBreakdown, TiePanel } from '../ranking';
import { saveDownload } from './download';
import { refusal } from '../../shared/api/problems';
import { type GridMember, type SavedFact, type SavedScore, ScoreGrid } from './score-grid';
import {
  EXPORT_MINUTES,
  EXPORT_PROPOSAL,
  EXPORT_RANKING_XLSX,
  MEMBER_FACTS,
  PUBLISH_RANKING,
  RETURN_SUBMISSION,
  SCORING_RANKING,
  SCORING_SHEET,
  SET_FACT,
  SET_SCORE,
} from './scoring.operations';
import { awardsOf, cellKey, COMPUTED, computedPoints, rowsFor, sheetRows, TO_SCORE } from './sheet';
import { VotePanel } from './vote-panel';
import { VoteTally } from './vote-tally';
import { Section } from '../../shared/ui/section';
import { useRankingChanges } from '../../shared/api/use-ranking-changes';
import { ConfirmDialog } from '../../shared/ui/confirm-dialog';

const RankingChart = lazy(loadRankingChart);

type Entry = NonNullable<ScoringRankingQuery['ranking']>['entries'][number];
const NO_ENTRIES: Entry[] = [];
interface Group {
  code: string;
  name: string;
}
interface Props {
  group: Group;
  kind: PeriodKind;
  year: number;
}

export function SheetWorkspace({ group, kind, year }: Props) {
  const { t } = useTranslation();
  const variables = { groupCode: group.code, year, kind };
  const sheet = useQuery(SCORING_SHEET, { variables });
  const ranking = useQuery(SCORING_RANKING, { variables });
  // The worker recomputes the ranking from each change made here: the preview follows it live.
  useRankingChanges(variables, () => void ranking.refetch());
  const [setScore] = useMutation(SET_SCORE);
  const [setFact] = useMutation(SET_FACT);
  // null: a mark withdrawn from an optional parent, whose row the API deleted (a parent has no score of its own).
  const [savedHere, setSavedHere] = useState<Record<string, SavedScore | null>>({});
  const [factsHere, setFactsHere] = useState<Record<string, SavedFact>>({});
  const [notice, setNotice] = useState<{ severity: 'success' | 'error'; text: string } | null>(null);

  const document = sheet.data?.group?.regulation?.document;
  const rows = useMemo(() => rowsFor(sheetRows(document), 'HEAD'), [document]);
  // Format 2 only: a format 1 document declares no facts, so nothing more is asked of the API.
  const hasFacts = rows.some((r) => r.kind === 'fact');
  const factsQuery = useQuery(MEMBER_FACTS, { variables, skip: !hasFacts });
  const entries = ranking.data?.ranking?.entries ?? NO_ENTRIES;
  const published = ranking.data?.ranking?.published ?? false;

  // Built once per answer of the API, not per render: the grid's memoized cells compare what they get from
  // these by identity (a save or a ranking refetch re-renders the workspace).
  const data = sheet.data;
  const members = useMemo(() => {
    if (!data?.group) return [];
    const submissions = data.submissionsForScoring;
    // Columns in a stable order (the API's order of members is not), by name as a Vietnamese reader sorts.
    const byName = [...data.group.members].sort((x, y) =>
      x.organization.name.localeCompare(y.organization.name, 'vi'),
    );
    return byName.map((m): GridMember & { submissionId?: string; state?: string } => {
      const s = submissions.find((x) => x.organization.code === m.organization.code);
      const entry = entries.find((e) => e.organization.code === m.organization.code);
      return {
        code: m.organization.code,
        name: m.organization.name,
        submissionId: s?.id,
        state: s?.state,
        scorable: s?.state === 'SUBMITTED' || s?.state === 'ACCEPTED',
        selfScores: Object.fromEntries((s?.selfScores ?? []).map((x) => [x.criterionId, x])),
        figures: Object.fromEntries(
          rows.flatMap((r) => {
            const figure = r.indicator && s?.indicators.find((i) => i.key === r.indicator!.key);
            if (!r.indicator) return [];
            return [
              [
                r.id,
                figure
                  ? ((r.indicator.field === 'percentOfPlan' ? figure.percentOfPlan : figure.value) ?? null)
                  : null,
              ],
            ];
          }),
        ),
        computed: Object.fromEntries(
          rows
            .filter((r) => COMPUTED.has(r.method))
            .map((r) => [r.id, entry ? computedPoints(entry.breakdown, r.id) : null]),
        ),
      };
    });
  }, [data, entries, rows]);
  const savedScores = useMemo(() => {
    const boardRows = new Set(
      rows.filter((r) => r.kind === 'criterion' && r.by === 'BOARD').map((r) => r.id),
    );
    return Object.fromEntries(
      (data?.scores ?? [])
        // A board-scored criterion shows the board's score only (format 2: the head's does not count).
        .filter((s) => !boardRows.has(s.criterionId) || s.scorer.kind === 'AWARD_BOARD')
        .map((s): [string, SavedScore] => [
          cellKey(s.member.code, s.criterionId),
          {
            points: s.points,
            count: s.count ?? null,
            reason: s.reason ?? null,
            ...(s.notApplicable ? { notApplicable: true } : {}),
          },
        ]),
    );
  }, [data, rows]);
  const saved = useMemo(() => {
    const all = { ...savedScores };
    for (const [key, score] of Object.entries(savedHere)) {
      if (score) all[key] = score;
      else delete all[key];
    }
    return all;
  }, [savedScores, savedHere]);
  const factsData = factsQuery.data;
  const facts = useMemo<Record<string, SavedFact>>(
    () => ({
      ...Object.fromEntries(
        (factsData?.facts ?? []).map((f) => [
          cellKey(f.member.code, f.factId),
          { value: f.value, reason: f.reason },
        ]),
      ),
      ...factsHere,
    }),
    [factsData, factsHere],
  );

  if (sheet.error) return <ErrorState error={sheet.error} onRetry={() => void sheet.refetch()} />;
  if (!sheet.data) return <Loading />;
  if (!sheet.data.group?.regulation) return <Empty>{t('scoring.noRegulation', { year })}</Empty>;

  // The board's criteria are not the head's to score: they stay out of its progress.
  const toScore = members
    .filter((m) => m.scorable)
    .flatMap((m) =>
      rows
        .filter((r) => r.kind === 'criterion' && TO_SCORE.has(r.method) && r.by !== 'BOARD')
        .map((r) => cellKey(m.code, r.id)),
    );
  const scored = toScore.filter((key) => saved[key]).length;
  const period = t(`picker.kind.${kind}`);

  return (
    <>
      {notice && (
        <Alert
          severity={notice.severity}
          role={notice.severity === 'error' ? 'alert' : 'status'}
          sx={{ mb: 2 }}
        >
          {notice.text}
        </Alert>
      )}
      {published && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {t('scoring.published')}
        </Alert>
      )}
      <Box sx={{ mb: 2, maxWidth: 480 }}>
        <Typography variant="body2" id="scoring-progress">
          {t('scoring.progress', { scored, total: toScore.length })}
        </Typography>
        <LinearProgress
          variant="determinate"
          value={toScore.length ? (100 * scored) / toScore.length : 0}
          aria-labelledby="scoring-progress"
        />
      </Box>
      <ScoreGrid
        caption={t('scoring.sheetCaption', { group: group.name, period, year })}
        rows={rows}
        members={members}
        saved={saved}
        facts={facts}
        readOnly={published}
        onSaveFact={async (member, row, value, reason) => {
          try {
            await setFact({
              variables: { ...variables, memberCode: member.code, factId: row.id, value, reason },
            });
            setFactsHere((f) => ({ ...f, [cellKey(member.code, row.id)]: { value, reason } }));
            return null;
          } catch (e) {
            return refusal(t, e);
          }
        }}
        onSave={async (member, row, change) => {
          try {
            await setScore({
              variables: {
                input: { ...variables, memberCode: member.code, criterionId: row.id, ...change },
              },
            });
            const withdrawn = row.kind === 'heading' && change.notApplicable === false;
            setSavedHere((s) => ({ ...s, [cellKey(member.code, row.id)]: withdrawn ? null : change }));
            return null;
          } catch (e) {
            return refusal(t, e);
          }
        }}
        memberActions={(m) => {
          const member = members.find((x) => x.code === m.code)!;
          return (
            member.submissionId &&
            member.state === 'SUBMITTED' &&
            !published && (
              <ReturnReport
                groupCode={group.code}
                submissionId={member.submissionId}
                member={member.name}
                onReturned={(text) => {
                  setNotice({ severity: 'success', text });
                  void sheet.refetch();
                }}
              />
            )
          );
        }}
      />

      {!published && <TiePanel body="HEAD" entries={entries} variables={variables} />}

      <Section title={t('scoring.votes.title')}>
        <VoteTally document={document} entries={entries} />
        {!published && <VotePanel groupCode={group.code} year={year} kind={kind} />}
      </Section>

      <Section title={t('scoring.preview.title')}>
        {ranking.error ? (
          <ErrorState error={ranking.error} onRetry={() => void ranking.refetch()} />
        ) : !ranking.data ? (
          <Loading />
        ) : entries.length === 0 ? (
          <Empty>{t('scoring.preview.none')}</Empty>
        ) : (
          <Preview
            entries={entries}
            document={document}
            caption={t('ranking.tableCaption', { group: group.name, period, year })}
            chartLabel={t('ranking.chart', {
              group: group.name,
              period,
              year,
              thresholds: bandThresholds(document)
                .map((th) =>
                  t(th.strict ? 'ranking.thresholdAbove' : 'ranking.threshold', {
                    band: th.band,
                    min: formatNumber(th.points),
                  }),
                )
                .join('; '),
            })}
            computedAt={ranking.data.ranking?.computedAt}
            published={published}
          />
        )}
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', mt: 2 }}>
          {!published && entries.length > 0 && (
            <Publish
              variables={variables}
              entries={entries}
              document={document}
              onPublished={() => {
                setNotice({ severity: 'success', text: t('scoring.publish.done') });
                void ranking.refetch();
              }}
            />
          )}
        </Box>
      </Section>

      <Section title={t('scoring.downloads.title')}>
        <Downloads variables={variables} />
      </Section>
    </>
  );
}

function Preview(props: {
  entries: Entry[];
  document: unknown;
  caption: string;
  chartLabel: string;
  computedAt?: string;
  published: boolean;
}) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<string | null>(null);
  const entry = props.entries.find((e) => e.organization.code === chosen);
  return (
    <>
      {props.computedAt && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {!props.published && `${t('ranking.draft')} — `}
          {t('scoring.preview.computedAt', { time: formatDateTime(props.computedAt) })}
        </Typography>
      )}
      <RankingTable
        caption={props.caption}
        entries={props.entries.map((e) => ({ ...e, proposals: awardTitles(props.document, e.proposals) }))}
        chosen={chosen}
        onChoose={setChosen}
      />
      <Box sx={{ mt: 2 }}>
        <Suspense fallback={<Loading label={t('ranking.chartLoading')} />}>
          <RankingChart
            label={props.chartLabel}
            bars={props.entries.map((e) => ({ name: e.organization.name, total: e.total }))}
            thresholds={bandThresholds(props.document)}
          />
        </Suspense>
      </Box>
      {entry && (
        <ScoreBreakdown
          member={entry.organization.name}
          total={entry.total}
          breakdown={entry.breakdown}
          facts={entry.facts}
          document={props.document}
          onClose={() => setChosen(null)}
        />
      )}
    </>
  );
}

const awardTitles = (document: unknown, ids: string[]) => {
  const awards = awardsOf(document);
  return ids.map((id) => awards.find((a) => a.id === id)?.title ?? id);
};

function Publish({
  variables,
  entries,
  document,
  onPublished,
}: {
  variables: { groupCode: string; year: number; kind: PeriodKind };
  entries: Entry[];
  document: unknown;
  onPublished: () => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [publish, { loading }] = useMutation(PUBLISH_RANKING);
  const lines = entries.flatMap((e) => [
    ...(e.proposals.length
      ? [
          t('scoring.publish.proposal', {
            member: e.organization.name,
            awards: awardTitles(document, e.proposals).join(', '),
          }),
        ]
      : []),
    ...(e.needsDecision.length
      ? [
          t('scoring.publish.needsDecision', {
            member: e.organization.name,
            awards: awardTitles(document, e.needsDecision).join(', '),
          }),
        ]
      : []),
  ]);
  return (
    <>
      <Button variant="contained" onClick={() => setOpen(true)}>
        {t('scoring.publish.button')}
      </Button>
      <ConfirmDialog
        open={open}
        title={t('scoring.publish.title')}
        text={t('scoring.publish.text')}
        cancel={t('scoring.publish.cancel')}
        confirm={t('scoring.publish.confirm')}
        busy={loading}
        onCancel={() => setOpen(false)}
        onConfirm={async () => {
          setError(null);
          try {
            await publish({ variables });
            setOpen(false);
            onPublished();
          } catch (e) {
            // CONFLICT: the worker has not ranked the latest scores yet (publishing would show an old ranking).
            setError(
              errorInfo(e).code === 'CONFLICT' ? t('scoring.publish.recomputing') : errorMessage(t, e),
            );
          }
        }}
      >
        <Box component="ul" aria-label={t('scoring.publish.proposals')} sx={{ pl: 3 }}>
          {lines.length === 0 && <li>{t('scoring.publish.noProposals')}</li>}
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </Box>
        {error && (
          <Alert severity="error" role="alert">
            {error}
          </Alert>
        )}
      </ConfirmDialog>
    </>
  );
}

function ReturnReport({
  groupCode,
  submissionId,
  member,
  onReturned,
}: {
  groupCode: string;
  submissionId: string;
  member: string;
  onReturned: (notice: string) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [send, { loading }] = useMutation(RETURN_SUBMISSION);
  const titleId = `return-${submissionId}`;
  return (
    <>
      <Button size="small" variant="outlined" sx={{ mt: 0.5 }} onClick={() => setOpen(true)}>
        {t('scoring.returnReport.button')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby={titleId} fullWidth maxWidth="sm">
        <DialogTitle id={titleId}>{t('scoring.returnReport.title', { member })}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{t('scoring.returnReport.text')}</DialogContentText>
          <TextInput
            label={t('scoring.returnReport.reason')}
            required
            multiline
            minRows={2}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            error={Boolean(error)}
            helperText={error ?? undefined}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{t('scoring.returnReport.cancel')}</Button>
          <Button
            variant="contained"
            disabled={loading}
            onClick={async () => {
              if (!reason.trim()) return setError(t('scoring.returnReport.reasonRequired'));
              try {
                await send({ variables: { id: submissionId, groupCode, reason: reason.trim() } });
                setOpen(false);
                onReturned(t('scoring.returnReport.done', { member }));
              } catch (e) {
                setError(refusal(t, e));
              }
            }}
          >
            {t('scoring.returnReport.confirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}

function Downloads({ variables }: { variables: { groupCode: string; year: number; kind: PeriodKind } }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [error, setError] = useState<string | null>(null);
  const run = async (fetch: () => Promise<Parameters<typeof saveDownload>[0] | undefined>) => {
    setError(null);
    try {
      const file = await fetch();
      if (file) saveDownload(file);
    } catch (e) {
      setError(errorMessage(t, e));
    }
  };
  const { groupCode, year } = variables;
  return (
    <>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <Button
          variant="outlined"
          onClick={() =>
            void run(
              async () =>
                (
                  await client.query({
                    query: EXPORT_RANKING_XLSX,
                    variables: { groupCode, year },
                    fetchPolicy: 'no-cache',
                  })
                ).data?.exportRankingXlsx,
            )
          }
        >
          {t('scoring.downloads.xlsx')}
        </Button>
        <Button
          variant="outlined"
          onClick={() =>
            void run(
              async () =>
                (await client.query({ query: EXPORT_MINUTES, variables, fetchPolicy: 'no-cache' })).data
                  ?.exportMinutesDocx,
            )
          }
        >
          {t('scoring.downloads.minutes')}
        </Button>
        <Button
          variant="outlined"
          onClick={() =>
            void run(
              async () =>
                (await client.query({ query: EXPORT_PROPOSAL, variables, fetchPolicy: 'no-cache' })).data
                  ?.exportProposalDocx,
            )
          }
        >
          {t('scoring.downloads.proposal')}
        </Button>
      </Box>
      {error && (
        <Alert severity="error" role="alert" sx={{ mt: 2 }}>
          {error}
        </Alert>
      )}
    </>
  );
}
