import { useQuery } from '@apollo/client/react';
import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { PeriodKind } from '../../gql/graphql';
import { useYear } from '../../shared/api/year';
import { Page } from '../../shared/ui/page';
import { Empty, ErrorState, Loading } from '../../shared/ui/states';
import { AUDIT_SCOPE } from './audit.operations';
import { AuditTrail } from './audit-trail';
import { ChainCheck } from './chain-check';

const KINDS: PeriodKind[] = ['H1', 'FY'];

/** The chain check for boards and the platform admin; a board also reads the trail of the rankings it oversees. */
export function AuditPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('audit.title')}>
      <ChainCheck />
      <BoardTrail />
    </Page>
  );
}

function BoardTrail() {
  const { t } = useTranslation();
  const { year } = useYear();
  const [params, setParams] = useSearchParams();
  const me = useQuery(AUDIT_SCOPE, { variables: { year, board: false } });
  const board = me.data?.me.organization.kind === 'AWARD_BOARD';
  const scope = useQuery(AUDIT_SCOPE, { variables: { year, board: true }, skip: !board });
  if (me.data && !board) return null;

  const groups = (scope.data?.rankingsForReview ?? [])
    .map((r) => r.group)
    .filter((g, i, all) => all.findIndex((o) => o.code === g.code) === i);
  const groupCode = groups.find((g) => g.code === params.get('group'))?.code ?? groups[0]?.code;
  const kind: PeriodKind = params.get('kind') === 'FY' ? 'FY' : 'H1';
  const choose = (key: 'group' | 'kind', value: string) =>
    setParams((p) => {
      p.set(key, value);
      return p;
    });

  const error = me.error ?? scope.error;
  let body;
  if (error)
    body = <ErrorState error={error} onRetry={() => void (me.error ? me.refetch() : scope.refetch())} />;
  else if (!scope.data) body = <Loading />;
  else if (!groupCode) body = <Empty>{t('audit.trail.noGroups', { year })}</Empty>;
  else
    body = (
      <AuditTrail
        key={`${groupCode}-${kind}-${year}`}
        groupCode={groupCode}
        groupName={groups.find((g) => g.code === groupCode)!.name}
        kind={kind}
        year={year}
      />
    );

  return (
    <Box component="section" aria-labelledby="trail-heading">
      <Typography component="h2" variant="h6" id="trail-heading" gutterBottom>
        {t('audit.trail.heading')}
      </Typography>
      {groups.length > 0 && (
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', mb: 2 }}>
          <TextField
            select
            size="small"
            label={t('audit.trail.group')}
            value={groupCode}
            onChange={(e) => choose('group', e.target.value)}
            sx={{ minWidth: 280, maxWidth: '100%' }}
          >
            {groups.map((g) => (
              <MenuItem key={g.code} value={g.code}>
                {g.name}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            size="small"
            label={t('audit.trail.period')}
            value={kind}
            onChange={(e) => choose('kind', e.target.value)}
            sx={{ minWidth: 180 }}
          >
            {KINDS.map((k) => (
              <MenuItem key={k} value={k}>
                {t(`audit.trail.kind.${k}`)}
              </MenuItem>
            ))}
          </TextField>
        </Box>
      )}
      {body}
    </Box>
  );
}
