// Format 2 (REGULATION.md): what the award board gives itself in the groups it oversees — the criteria
// `scoredBy: "BOARD"` and the facts `setBy: "BOARD"` — and the ties a `decision` tie-break leaves to it.
// Shown only for a regulation that has any of these: a format 1 group's page stays as it was.
import { useMutation, useQuery } from '@apollo/client/react';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeriodKind } from '../../gql/graphql';
import { TiePanel } from '../ranking';
import {
  cellKey,
  type GridMember,
  rowsFor,
  type SavedFact,
  type SavedScore,
  ScoreGrid,
  sheetRows,
} from '../scoring';
import { ErrorState, Loading } from '../../shared/ui/states';
import { BOARD_REGULATION, BOARD_SHEET, SET_BOARD_FACT, SET_BOARD_SCORE } from './review.operations';
import { refusal } from '../../shared/api/problems';
import { useRankingChanges } from '../../shared/api/use-ranking-changes';

const KINDS: PeriodKind[] = ['H1', 'FY'];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The period kinds the document schedules, in the portal's order. */
const periodKinds = (document: unknown): PeriodKind[] => {
  const listed = isRecord(document) && Array.isArray(document.periods) ? document.periods : [];
  const kinds = new Set(listed.filter(isRecord).map((p) => p.kind));
  return KINDS.filter((k) => kinds.has(k));
};

/** A `decision` tie-break naming the board: its ties may wait for the board even with nothing to score. */
const boardDecides = (document: unknown) =>
  isRecord(document) &&
  Array.isArray(document.tieBreaks) &&
  document.tieBreaks.some((tb) => isRecord(tb) && tb.type === 'decision' && tb.by === 'BOARD');

/** For each group the board oversees: its share of the work, where the regulation gives it one. */
export function BoardWorkspace({ groups, year }: { groups: { code: string; name: string }[]; year: number }) {
  return (
    <>
      {groups.map((g) => (
        <BoardGroup key={g.code} group={g} year={year} />
      ))}
    </>
  );
}

function BoardGroup({ group, year }: { group: { code: string; name: string }; year: number }) {
  const { data } = useQuery(BOARD_REGULATION, { variables: { groupCode: group.code, year } });
  const document = data?.group?.regulation?.document;
  const rows = useMemo(() => rowsFor(sheetRows(document), 'BOARD'), [document]);
  // Nothing for the board in this regulation (every format 1 one): nothing shown, nothing more asked.
  if (!document || (rows.length === 0 && !boardDecides(document))) return null;
  return (
    <>
      {periodKinds(document).map((kind) => (
        <BoardSheet key={kind} group={group} year={year} kind={kind} rows={rows} />
      ))}
    </>
  );
}

function BoardSheet({
  group,
  year,
  kind,
  rows,
}: {
  group: { code: string; name: string };
  year: number;
  kind: PeriodKind;
  rows: ReturnType<typeof sheetRows>;
}) {
  const { t } = useTranslation();
  const variables = { groupCode: group.code, year, kind };
  const { data, error, refetch } = useQuery(BOARD_SHEET, { variables });
  // The board's scores, facts and tie orders change the ranking: the sheet follows it live.
  useRankingChanges(variables, () => void refetch());
  const [setScore] = useMutation(SET_BOARD_SCORE);
  const [setFact] = useMutation(SET_BOARD_FACT);
  const [savedHere, setSavedHere] = useState<Record<string, SavedScore>>({});
  const [factsHere, setFactsHere] = useState<Record<string, SavedFact>>({});
  const title = t('review.board.title', { group: group.name, period: t(`review.kind.${kind}`), year });
  const titleId = `board-${group.code}-${kind}`.replace(/[^\w-]/g, '_');

  let body;
  if (error) body = <ErrorState error={error} onRetry={() => void refetch()} />;
  else if (!data) body = <Loading />;
  else {
    const members: GridMember[] = [...(data.group?.members ?? [])]
      .sort((x, y) => x.organization.name.localeCompare(y.organization.name, 'vi'))
      .map((m) => {
        const s = data.submissionsForScoring.find((x) => x.organization.code === m.organization.code);
        return {
          code: m.organization.code,
          name: m.organization.name,
          scorable: s?.state === 'SUBMITTED' || s?.state === 'ACCEPTED',
          selfScores: Object.fromEntries((s?.selfScores ?? []).map((x) => [x.criterionId, x])),
          computed: {},
          figures: {},
        };
      });
    const saved: Record<string, SavedScore> = {
      ...Object.fromEntries(
        data.scores
          // The board's own scores: a head's score of the criterion from before does not count.
          .filter(
            (s) => s.scorer.code === data.me.organization.code && rows.some((r) => r.id === s.criterionId),
          )
          .map((s) => [
            cellKey(s.member.code, s.criterionId),
            { points: s.points, count: s.count ?? null, reason: s.reason ?? null },
          ]),
      ),
      ...savedHere,
    };
    const facts: Record<string, SavedFact> = {
      ...Object.fromEntries(
        data.facts.map((f) => [cellKey(f.member.code, f.factId), { value: f.value, reason: f.reason }]),
      ),
      ...factsHere,
    };
    const published = data.ranking?.published ?? false;
    body = (
      <>
        {published && (
          <Typography variant="body2" sx={{ mb: 1 }}>
            {t('review.board.published')}
          </Typography>
        )}
        {rows.length > 0 && (
          <ScoreGrid
            body="BOARD"
            caption={t('review.board.caption', { group: group.name, period: t(`review.kind.${kind}`), year })}
            rows={rows}
            members={members}
            saved={saved}
            facts={facts}
            readOnly={published}
            onSave={async (member, row, change) => {
              try {
                await setScore({
                  variables: {
                    input: {
                      ...variables,
                      memberCode: member.code,
                      criterionId: row.id,
                      points: change.points,
                      count: change.count,
                      reason: change.reason,
                    },
                  },
                });
                setSavedHere((s) => ({ ...s, [cellKey(member.code, row.id)]: change }));
                return null;
              } catch (e) {
                return refusal(t, e);
              }
            }}
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
          />
        )}
        {!published && <TiePanel body="BOARD" entries={data.ranking?.entries ?? []} variables={variables} />}
      </>
    );
  }

  return (
    <Paper
      component="section"
      aria-labelledby={titleId}
      variant="outlined"
      sx={{ p: { xs: 1.5, sm: 2 }, mt: 3 }}
    >
      <Typography component="h2" variant="h6" id={titleId} sx={{ mb: 1 }}>
        {title}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t('review.board.intro')}
      </Typography>
      {body}
    </Paper>
  );
}
