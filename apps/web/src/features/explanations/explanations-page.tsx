// The explanation round's workspace (giải trình): a member explains the head's scores that differ from its own;
// in a group the office heads, the head's page (also the scoring workspace's tab).
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { PeriodKind } from '../../gql/graphql';
import { useYear } from '../../shared/api/year';
import { MyGroupPage } from '../../shared/ui/my-group-page';
import { ErrorState, Loading } from '../../shared/ui/states';
import { EXPLANATION_ROUND } from './explanations.operations';
import { HeadRound } from './head-round';
import { MemberRound } from './member-round';

export function ExplanationsPage() {
  const { t } = useTranslation();
  const { year } = useYear();
  return (
    <MyGroupPage title={t('explanations.title')} noGroups={t('explanations.noGroups', { year })}>
      {({ groupCode, kind, role }) => (
        <GroupRound groupCode={groupCode} year={year} kind={kind} head={role === 'HEAD'} />
      )}
    </MyGroupPage>
  );
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
