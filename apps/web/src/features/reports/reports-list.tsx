import { useMutation, useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import type { PeriodKind } from '../../gql/graphql';
import { errorMessage } from '../../shared/api/errors';
import { useYear } from '../../shared/api/year';
import { formatDateTime } from '../../shared/format/date';
import { Empty, ErrorState, Loading } from '../../shared/ui/states';
import { ScrollTable } from '../../shared/ui/scroll-table';
import { VotePanel } from '../scoring';
import { daysUntil, periodRules } from './regulation';
import { CREATE_REPORT, MY_REPORTS } from './reports.operations';
import { STACKED_ON_PHONE } from '../../shared/ui/stacked-on-phone';

const KINDS: PeriodKind[] = ['H1', 'FY'];

/** Each period of the year: per group its deadline, the time left and the report's state there. */
export function ReportsList() {
  const { t } = useTranslation();
  const { year } = useYear();
  const navigate = useNavigate();
  const { data, error, refetch } = useQuery(MY_REPORTS, { variables: { year } });
  const [create, creating] = useMutation(CREATE_REPORT);
  const [problem, setProblem] = useState<string | null>(null);

  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <Loading />;
  if (data.myGroups.length === 0) return <Empty>{t('reports.noGroups', { year })}</Empty>;

  const periods = KINDS.map((kind) => ({
    kind,
    report: data.mySubmissions.find((s) => s.kind === kind),
    groups: data.myGroups.flatMap(({ group }) => {
      const rule = periodRules(group.regulation?.document).find((p) => p.kind === kind);
      return rule ? [{ ...group, deadline: rule.deadline }] : [];
    }),
  })).filter((p) => p.groups.length > 0);

  const createReport = async (kind: PeriodKind, groupCodes: string[]) => {
    setProblem(null);
    try {
      const result = await create({ variables: { input: { kind, year, groupCodes } } });
      if (result.data) navigate(result.data.createSubmission.id);
    } catch (e) {
      setProblem(errorMessage(t, e));
    }
  };

  return (
    <>
      {problem && (
        <Alert severity="error" role="alert" sx={{ mb: 2 }}>
          {problem}
        </Alert>
      )}
      {periods.map(({ kind, report, groups }) => (
        <Paper component="section" key={kind} aria-labelledby={`period-${kind}`} sx={{ p: 2, mb: 3 }}>
          <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap', mb: 1 }}>
            <Typography component="h2" variant="h6" id={`period-${kind}`} sx={{ flexGrow: 1 }}>
              {t('reports.period', { period: t(`reports.kind.${kind}`), year })}
            </Typography>
            {report ? (
              <Button component={RouterLink} to={report.id} variant="outlined">
                {t('reports.open')}
              </Button>
            ) : (
              <Button
                variant="contained"
                disabled={creating.loading}
                onClick={() =>
                  void createReport(
                    kind,
                    groups.map((g) => g.code),
                  )
                }
              >
                {t('reports.create')}
              </Button>
            )}
          </Box>
          <ScrollTable label={t('reports.period', { period: t(`reports.kind.${kind}`), year })}>
            <Table size="small" sx={STACKED_ON_PHONE}>
              <TableHead>
                <TableRow>
                  <TableCell>{t('reports.group')}</TableCell>
                  <TableCell>{t('reports.deadline')}</TableCell>
                  <TableCell>{t('reports.countdown')}</TableCell>
                  <TableCell>{t('reports.state')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {groups.map((g) => {
                  const delivery = report?.deliveries.find((d) => d.group.code === g.code);
                  const state = delivery?.returnReason ? 'RETURNED' : report?.state;
                  const days = daysUntil(g.deadline);
                  return (
                    <TableRow key={g.code}>
                      <TableCell data-label={t('reports.group')}>{g.name}</TableCell>
                      <TableCell data-label={t('reports.deadline')} sx={{ whiteSpace: 'nowrap' }}>
                        {formatDateTime(g.deadline)}
                      </TableCell>
                      <TableCell data-label={t('reports.countdown')}>
                        {days >= 1 ? t('reports.daysLeft', { count: days }) : t('reports.overdue')}
                      </TableCell>
                      <TableCell data-label={t('reports.state')}>
                        {state ? t(`reports.states.${state}`) : t('reports.notCreated')}
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </ScrollTable>
          {/* While a submitted report waits for its ranking, members cast their votes where the regulation asks. */}
          {report?.state === 'SUBMITTED' &&
            groups.map((g) => <VotePanel key={g.code} groupCode={g.code} year={year} kind={kind} />)}
        </Paper>
      ))}
    </>
  );
}
