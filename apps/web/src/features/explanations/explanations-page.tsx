// The explanation round's workspace (giải trình): a member explains the head's scores that differ from its own;
// in a group the office heads, the head's page (also the scoring workspace's tab).
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { PeriodKind } from '../../gql/graphql';
import { MY_GROUPS } from '../../shared/api/my-groups.operations';
import { useYear } from '../../shared/api/year';
import { GroupPeriodPicker, useGroupPeriod } from '../../shared/ui/group-period-picker';
import { Page } from '../../shared/ui/page';
import { Empty, ErrorState, Loading } from '../../shared/ui/states';
import { EXPLANATION_ROUND } from './explanations.operations';
import { HeadRound } from './head-round';
import { MemberRound } from './member-round';

export function ExplanationsPage() {
  const { t } = useTranslation();
  const { year } = useYear();
  const scope = useQuery(MY_GROUPS, { variables: { year } });
  const memberships = scope.data?.myGroups ?? [];
  const { group, kind, choose } = useGroupPeriod(memberships.map((m) => m.group));
  const head = memberships.find((m) => m.group.code === group?.code)?.role === 'HEAD';

  let body;
  if (scope.error) body = <ErrorState error={scope.error} onRetry={() => void scope.refetch()} />;
  else if (!scope.data) body = <Loading />;
  else if (!group) body = <Empty>{t('explanations.noGroups', { year })}</Empty>;
  else
    body = (
      <>
        <GroupPeriodPicker
          groups={memberships.map((m) => m.group)}
          group={group}
          kind={kind}
          choose={choose}
        />
        <GroupRound
          key={`${group.code}-${kind}-${year}`}
          groupCode={group.code}
          year={year}
          kind={kind}
          head={head}
        />
      </>
    );
  return <Page title={t('explanations.title')}>{body}</Page>;
}

function GroupRound({ head, ...ref }: { groupCode: string; year: number; kind: PeriodKind; head: boolean }) {
  const { data, error, refetch } = useQuery(EXPLANATION_ROUND, { variables: ref });
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <Loading />;
  return head ? (
    <HeadRound {...ref} round={data.explanationRound} />
  ) : (
    <MemberRound {...ref} round={data.explanationRound} />
  );
}
