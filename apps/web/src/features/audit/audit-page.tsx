import { useQuery } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useYear } from '../../shared/api/year';
import { GroupPeriodPicker, useGroupPeriod } from '../../shared/ui/group-period-picker';
import { Page } from '../../shared/ui/page';
import { Empty, ErrorState, Loading } from '../../shared/ui/states';
import { AUDIT_SCOPE } from './audit.operations';
import { AuditTrail } from './audit-trail';
import { ChainCheck } from './chain-check';

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
  const me = useQuery(AUDIT_SCOPE, { variables: { year, board: false } });
  const board = me.data?.me.organization.kind === 'AWARD_BOARD';
  const scope = useQuery(AUDIT_SCOPE, { variables: { year, board: true }, skip: !board });
  const groups = (scope.data?.rankingsForReview ?? [])
    .map((r) => r.group)
    .filter((g, i, all) => all.findIndex((o) => o.code === g.code) === i);
  const { group, kind, choose } = useGroupPeriod(groups);
  const groupCode = group?.code;
  if (me.data && !board) return null;

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
        groupName={group.name}
        kind={kind}
        year={year}
      />
    );

  return (
    <Box component="section" aria-labelledby="trail-heading">
      <Typography component="h2" variant="h6" id="trail-heading" gutterBottom>
        {t('audit.trail.heading')}
      </Typography>
      {group && <GroupPeriodPicker groups={groups} group={group} kind={kind} choose={choose} />}
      {body}
    </Box>
  );
}
