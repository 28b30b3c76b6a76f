import { useQuery } from '@apollo/client/react';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { PeriodKind } from '../../gql/graphql';
import { errorInfo } from '../../shared/api/errors';
import { selectableYears } from '../../shared/api/year';
import { formatNumber } from '../../shared/format/number';
import { ScrollTable } from '../../shared/ui/scroll-table';
import { RANKING_TOTALS } from './ranking.operations';

const KINDS: PeriodKind[] = ['H1', 'FY'];

/** A member's rank, total and band in every period of the group's records, oldest first. */
export function MemberHistory({
  groupCode,
  memberCode,
  member,
}: {
  groupCode: string;
  memberCode: string;
  member: string;
}) {
  const { t } = useTranslation();
  const periods = [...selectableYears()].reverse().flatMap((year) => KINDS.map((kind) => ({ year, kind })));
  const caption = t('ranking.historyOf', { member });
  return (
    <Paper component="section" aria-label={caption} sx={{ p: 2, mt: 3 }}>
      <Typography component="h2" variant="h6" sx={{ mb: 1 }}>
        {caption}
      </Typography>
      <ScrollTable label={caption}>
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{t('picker.period')}</TableCell>
              <TableCell align="right">{t('ranking.rank')}</TableCell>
              <TableCell align="right">{t('ranking.total')}</TableCell>
              <TableCell>{t('ranking.band')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {periods.map((p) => (
              <PeriodRow key={`${p.year}-${p.kind}`} groupCode={groupCode} memberCode={memberCode} {...p} />
            ))}
          </TableBody>
        </Table>
      </ScrollTable>
    </Paper>
  );
}

function PeriodRow({
  groupCode,
  memberCode,
  year,
  kind,
}: {
  groupCode: string;
  memberCode: string;
  year: number;
  kind: PeriodKind;
}) {
  const { t } = useTranslation();
  // Not cached: these entries carry fewer fields than the table's and would replace them in the cache.
  const { data, error } = useQuery(RANKING_TOTALS, {
    variables: { groupCode, kind, year },
    fetchPolicy: 'no-cache',
  });
  const entry = data?.ranking?.entries.find((e) => e.organization.code === memberCode);
  // Refused (the group did not count this office that year): no result to show, not a failure.
  const refused = error !== undefined && ['FORBIDDEN', 'NOT_FOUND'].includes(errorInfo(error).code);
  let missing = t('states.loading');
  if (data || refused) missing = t('ranking.historyNone');
  else if (error) missing = t('ranking.historyUnavailable');
  return (
    <TableRow>
      <TableCell>{t('ranking.periodOfYear', { period: t(`picker.kind.${kind}`), year })}</TableCell>
      {entry ? (
        <>
          <TableCell align="right">{entry.rank}</TableCell>
          <TableCell align="right">{formatNumber(entry.total)}</TableCell>
          <TableCell>
            {entry.band ?? t('ranking.noBand')}
            {data?.ranking?.published === false && ` (${t('ranking.draft')})`}
          </TableCell>
        </>
      ) : (
        <TableCell colSpan={3}>{missing}</TableCell>
      )}
    </TableRow>
  );
}
