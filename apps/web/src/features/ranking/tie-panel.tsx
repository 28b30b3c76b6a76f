// Format 2 `decision` tie-breaks (REGULATION.md): members still tied there wait for the body the regulation
// names (the head or the award board) to put them in order; one settleTie orders one group of tied members.
import { useMutation } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeriodKind } from '../../gql/graphql';
import { errorInfo, errorMessage } from '../../shared/api/errors';
import { SETTLE_TIE } from './ranking.operations';

export interface TieEntry {
  rank: number;
  tieDecisionBy?: string | null;
  organization: { code: string; name: string };
}

interface Props {
  /** The body viewing the page: only its own ties are offered. */
  body: 'HEAD' | 'BOARD';
  entries: TieEntry[];
  variables: { groupCode: string; year: number; kind: PeriodKind };
}

/** The groups of members tied at one rank that wait for `body`, in rank order. */
export function tiesFor(
  entries: TieEntry[],
  body: 'HEAD' | 'BOARD',
): { rank: number; members: TieEntry[] }[] {
  const byRank = new Map<number, TieEntry[]>();
  for (const e of entries)
    if (e.tieDecisionBy === body) byRank.set(e.rank, [...(byRank.get(e.rank) ?? []), e]);
  return [...byRank.entries()]
    .filter(([, members]) => members.length > 1)
    .sort(([a], [b]) => a - b)
    .map(([rank, members]) => ({ rank, members }));
}

/** Nothing when no tie waits for this body; else one ordering form per tied group. */
export function TiePanel({ body, entries, variables }: Props) {
  const { t } = useTranslation();
  const ties = tiesFor(entries, body);
  // The confirmation outlives the tie: once the ranking is recomputed with the order, the tie is gone.
  const [done, setDone] = useState<string | null>(null);
  if (ties.length === 0 && !done) return null;
  return (
    <Paper component="section" aria-label={t('ranking.ties.title')} sx={{ p: 2, mt: 3 }}>
      <Typography component="h2" variant="h6" sx={{ mb: 1 }}>
        {t('ranking.ties.title')}
      </Typography>
      <Typography variant="body2" sx={{ mb: 2 }}>
        {t(`ranking.ties.intro.${body}`)}
      </Typography>
      {ties.map((tie) => (
        <TieOrder
          key={`${tie.rank}-${tie.members.map((m) => m.organization.code).join(',')}`}
          rank={tie.rank}
          members={tie.members}
          variables={variables}
          onSettled={setDone}
        />
      ))}
      {done && (
        <Alert severity="success" role="status">
          {done}
        </Alert>
      )}
    </Paper>
  );
}

function TieOrder({
  rank,
  members,
  variables,
  onSettled,
}: {
  rank: number;
  members: TieEntry[];
  variables: Props['variables'];
  onSettled: (confirmation: string) => void;
}) {
  const { t } = useTranslation();
  const [order, setOrder] = useState(members.map((m) => m.organization));
  const [refused, setRefused] = useState<string | null>(null);
  const [settle, { loading }] = useMutation(SETTLE_TIE);
  const titleId = `tie-${rank}`;
  const move = (from: number, to: number) =>
    setOrder((o) => {
      const next = [...o];
      const [m] = next.splice(from, 1);
      next.splice(to, 0, m);
      return next;
    });
  const confirm = async () => {
    setRefused(null);
    try {
      await settle({ variables: { ...variables, order: order.map((m) => m.code) } });
      onSettled(t('ranking.ties.done', { rank, order: order.map((m) => m.name).join(', ') }));
    } catch (e) {
      const { code } = errorInfo(e);
      setRefused(
        code === 'BAD_USER_INPUT' || code === 'CONFLICT' || code === 'FORBIDDEN'
          ? t(`ranking.ties.refused.${code}`)
          : errorMessage(t, e),
      );
    }
  };
  return (
    <Box role="group" aria-labelledby={titleId} sx={{ mb: 2 }}>
      <Typography id={titleId} sx={{ fontWeight: 600 }}>
        {t('ranking.ties.group', { rank, count: order.length })}
      </Typography>
      <Box component="ol" aria-label={t('ranking.ties.order', { rank })} sx={{ pl: 3, my: 1 }}>
        {order.map((m, i) => (
          <Box
            component="li"
            key={m.code}
            sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', py: 0.5 }}
          >
            <Typography sx={{ flex: '1 1 180px' }}>
              {m.name}{' '}
              <Typography component="span" variant="caption">
                ({m.code})
              </Typography>
            </Typography>
            {/* The two moves stay together when a phone wraps the line. */}
            <Box sx={{ display: 'flex', gap: 1 }}>
              <Button
                size="small"
                variant="outlined"
                disabled={i === 0}
                aria-label={t('ranking.ties.up', { member: m.name })}
                onClick={() => move(i, i - 1)}
              >
                {t('ranking.ties.upShort')}
              </Button>
              <Button
                size="small"
                variant="outlined"
                disabled={i === order.length - 1}
                aria-label={t('ranking.ties.down', { member: m.name })}
                onClick={() => move(i, i + 1)}
              >
                {t('ranking.ties.downShort')}
              </Button>
            </Box>
          </Box>
        ))}
      </Box>
      <Button variant="contained" disabled={loading} onClick={() => void confirm()}>
        {t('ranking.ties.confirm', { rank })}
      </Button>
      {refused && (
        <Alert severity="error" role="alert" sx={{ mt: 1 }}>
          {refused}
        </Alert>
      )}
    </Box>
  );
}
