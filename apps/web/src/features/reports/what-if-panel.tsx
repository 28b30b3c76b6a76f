// "What if": the member's total, band and rank now and with the figures and self-scores typed in the editor
// (saved or not). Nothing is written. Before publication the API answers from the member's own data only
// (no rank; criteria compared with the group's leader pending), after it against the published ranking.
import { useLazyQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorInput, PeriodKind, WhatIfCriterionInput } from '../../gql/graphql';
import { errorMessage } from '../../shared/api/errors';
import { formatNumber } from '../../shared/format/number';
import { WHAT_IF } from './reports.operations';

interface Props {
  year: number;
  kind: PeriodKind;
  /** The report's groups, each with the ids of the criteria its regulation self-scores. */
  groups: { code: string; name: string; criterionIds: string[] }[];
  /** What the editor holds now: the figures and self-scores to try. */
  indicators: IndicatorInput[];
  criteria: WhatIfCriterionInput[];
}

export function WhatIfPanel({ year, kind, groups, indicators, criteria }: Props) {
  const { t } = useTranslation();
  const [groupCode, setGroupCode] = useState(groups[0]?.code ?? '');
  const [run, { data, error, loading }] = useLazyQuery(WHAT_IF, { fetchPolicy: 'network-only' });
  const result = data?.whatIf;
  const rows = result
    ? [
        {
          label: t('reports.whatIf.rank'),
          of: (p: typeof result.before) => (p.rank == null ? t('reports.whatIf.noRank') : String(p.rank)),
        },
        { label: t('reports.whatIf.total'), of: (p: typeof result.before) => formatNumber(p.total) },
        {
          label: t('reports.whatIf.band'),
          of: (p: typeof result.before) => p.band ?? t('reports.whatIf.noBand'),
        },
      ]
    : [];
  return (
    <Box>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {t('reports.whatIf.intro')}
      </Typography>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center', mb: 1 }}>
        {groups.length > 1 && (
          <TextField
            select
            size="small"
            label={t('reports.whatIf.group')}
            value={groupCode}
            onChange={(e) => setGroupCode(e.target.value)}
            sx={{ minWidth: 260, maxWidth: '100%' }}
          >
            {groups.map((g) => (
              <MenuItem key={g.code} value={g.code}>
                {g.name}
              </MenuItem>
            ))}
          </TextField>
        )}
        <Button
          variant="outlined"
          disabled={loading || !groupCode}
          onClick={() => {
            // A report addressed to two groups holds both regulations' self-scores: each group reads its own.
            const own = new Set(groups.find((g) => g.code === groupCode)?.criterionIds);
            const mine = criteria.filter((c) => own.has(c.criterionId));
            const input = { groupCode, year, kind, indicators, criteria: mine };
            void run({ variables: { input } }).catch(() => undefined);
          }}
        >
          {t('reports.whatIf.run')}
        </Button>
      </Box>
      {error && (
        <Alert severity="error" role="alert">
          {errorMessage(t, error)}
        </Alert>
      )}
      {result && (
        <>
          <Table size="small" aria-label={t('reports.whatIf.title')} sx={{ maxWidth: 560 }}>
            <TableHead>
              <TableRow>
                <TableCell>{t('reports.whatIf.measure')}</TableCell>
                <TableCell align="right">{t('reports.whatIf.before')}</TableCell>
                <TableCell align="right">{t('reports.whatIf.after')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((r) => (
                <TableRow key={r.label}>
                  <TableCell component="th" scope="row">
                    {r.label}
                  </TableCell>
                  <TableCell align="right">{r.of(result.before)}</TableCell>
                  <TableCell align="right">{r.of(result.after)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Alert severity="info" role="status" sx={{ mt: 1 }}>
            {result.basis === 'PUBLISHED' ? t('reports.whatIf.published') : t('reports.whatIf.ownData')}
            {result.pending.length > 0 &&
              ` ${t('reports.whatIf.pending', { ids: result.pending.join(', ') })}`}
          </Alert>
        </>
      )}
    </Box>
  );
}
