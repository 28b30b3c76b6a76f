import { useQuery } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useYear } from '../../shared/api/year';
import { Page } from '../../shared/ui/page';
import { ErrorState, Loading } from '../../shared/ui/states';
import { GROUPS, ORGANIZATIONS } from './admin.operations';
import { GroupsTab } from './groups-tab';
import { MembershipsTab } from './memberships-tab';
import { OrganizationsTab } from './organizations-tab';
import { QueueBoardLink } from './queue-board-link';
import { UsersTab } from './users-tab';
import { RecordSuccessionTab } from '../succession';

const TABS = ['organizations', 'groups', 'memberships', 'users', 'succession'] as const;
type TabName = (typeof TABS)[number];

/** The platform admin's onboarding: one tab per kind of record, each with its list and forms. */
export function AdminPage() {
  const { t } = useTranslation();
  const { year } = useYear();
  const [params, setParams] = useSearchParams();
  const tab: TabName = TABS.find((name) => name === params.get('tab')) ?? 'organizations';
  const organizations = useQuery(ORGANIZATIONS);
  const groups = useQuery(GROUPS, { variables: { year } });

  const error = organizations.error ?? groups.error;
  let body;
  if (error)
    body = (
      <ErrorState
        error={error}
        onRetry={() => void (organizations.error ? organizations.refetch() : groups.refetch())}
      />
    );
  else if (!organizations.data || !groups.data) body = <Loading />;
  else {
    const orgs = organizations.data.organizations;
    const all = groups.data.groups;
    body = {
      organizations: <OrganizationsTab organizations={orgs} />,
      groups: <GroupsTab groups={all} organizations={orgs} />,
      memberships: <MembershipsTab groups={all} organizations={orgs} year={year} />,
      users: <UsersTab organizations={orgs} />,
      succession: <RecordSuccessionTab groups={all} year={year} />,
    }[tab];
  }

  return (
    <Page title={t('admin.title')} actions={<QueueBoardLink />}>
      <Box sx={{ borderBottom: 1, borderColor: 'divider', mb: 2 }}>
        <Tabs
          value={tab}
          onChange={(_, next: TabName) =>
            setParams((p) => {
              p.set('tab', next);
              return p;
            })
          }
          aria-label={t('admin.sections')}
          variant="scrollable"
          allowScrollButtonsMobile
        >
          {TABS.map((name) => (
            <Tab
              key={name}
              value={name}
              label={t(`admin.tabs.${name}`)}
              id={`admin-tab-${name}`}
              aria-controls="admin-panel"
            />
          ))}
        </Tabs>
      </Box>
      <Box role="tabpanel" id="admin-panel" aria-labelledby={`admin-tab-${tab}`}>
        {body}
      </Box>
    </Page>
  );
}
