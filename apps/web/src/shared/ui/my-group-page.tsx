// A workspace about one of the office's groups of the year (and one of its periods): the picker, then the
// page's content for the group chosen — remounted when the group, the year or the period changes.
import { useQuery } from '@apollo/client/react';
import { Fragment, type ReactNode } from 'react';
import type { MemberRole, PeriodKind } from '../../gql/graphql';
import { MY_GROUPS } from '../api/my-groups.operations';
import { useYear } from '../api/year';
import { GroupPeriodPicker, useGroupPeriod } from './group-period-picker';
import { Page } from './page';
import { Empty, ErrorState, Loading } from './states';

export interface ChosenGroup {
  groupCode: string;
  year: number;
  kind: PeriodKind;
  role: MemberRole;
  /** The signed-in office. */
  me: { id: string; code: string };
}

interface Props {
  title: string;
  /** Shown when the office belongs to no group that year. */
  noGroups: string;
  /** The period is not asked where the page does not depend on it. */
  withPeriod?: boolean;
  children: (chosen: ChosenGroup) => ReactNode;
}

export function MyGroupPage({ title, noGroups, withPeriod = true, children }: Props) {
  const { year } = useYear();
  const scope = useQuery(MY_GROUPS, { variables: { year } });
  const memberships = scope.data?.myGroups ?? [];
  const groups = memberships.map((m) => m.group);
  const { group, kind, choose } = useGroupPeriod(groups);
  const membership = memberships.find((m) => m.group.code === group?.code);

  let body;
  if (scope.error) body = <ErrorState error={scope.error} onRetry={() => void scope.refetch()} />;
  else if (!scope.data) body = <Loading />;
  else if (!group || !membership) body = <Empty>{noGroups}</Empty>;
  else
    body = (
      <>
        <GroupPeriodPicker
          groups={groups}
          group={group}
          kind={kind}
          choose={choose}
          withPeriod={withPeriod}
        />
        <Fragment key={`${group.code}-${year}-${withPeriod ? kind : ''}`}>
          {children({
            groupCode: group.code,
            year,
            kind,
            role: membership.role,
            me: scope.data.me.organization,
          })}
        </Fragment>
      </>
    );
  return <Page title={title}>{body}</Page>;
}
