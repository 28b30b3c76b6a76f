import { useQuery } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { useTranslation } from 'react-i18next';
import { MY_GROUPS } from '../../shared/api/my-groups.operations';
import { useYear } from '../../shared/api/year';
import { GroupPeriodPicker, useGroupPeriod } from '../../shared/ui/group-period-picker';
import { Page } from '../../shared/ui/page';
import { Empty, ErrorState, Loading } from '../../shared/ui/states';
import { HeadExplanations } from '../explanations';
import { RegulationEditor } from './regulation-editor';
import { SheetWorkspace } from './sheet-workspace';

const TABS = ['sheet', 'explanations', 'regulation'] as const;

/** The head's workspace: the groups it heads in the selected year, a period, then the sheet or the regulation. */
export function ScoringPage() {
  const { t } = useTranslation();
  const { year } = useYear();
  const { data, error, refetch } = useQuery(MY_GROUPS, { variables: { year } });
  const groups = (data?.myGroups ?? []).filter((m) => m.role === 'HEAD').map((m) => m.group);
  const { group, kind, params, choose } = useGroupPeriod(groups);
  const tab = TABS.find((name) => name === params.get('tab')) ?? 'sheet';

  let body;
  if (error) body = <ErrorState error={error} onRetry={() => void refetch()} />;
  else if (!data) body = <Loading />;
  else if (!group) body = <Empty>{t('scoring.noGroups', { year })}</Empty>;
  else
    body = (
      <>
        <GroupPeriodPicker
          groups={groups}
          group={group}
          kind={kind}
          choose={choose}
          withPeriod={tab !== 'regulation'}
        />
        <Tabs
          value={tab}
          onChange={(_, value: string) => choose('tab', value)}
          aria-label={t('scoring.tabs.label')}
          sx={{ mb: 2, borderBottom: 1, borderColor: 'divider' }}
        >
          {TABS.map((name) => (
            <Tab
              key={name}
              value={name}
              label={t(`scoring.tabs.${name}`)}
              id={`scoring-tab-${name}`}
              aria-controls={`scoring-panel-${name}`}
            />
          ))}
        </Tabs>
        <Box role="tabpanel" id={`scoring-panel-${tab}`} aria-labelledby={`scoring-tab-${tab}`}>
          {tab === 'sheet' ? (
            <SheetWorkspace key={`${group.code}-${kind}-${year}`} group={group} kind={kind} year={year} />
          ) : tab === 'explanations' ? (
            <HeadExplanations
              key={`${group.code}-${kind}-${year}`}
              groupCode={group.code}
              kind={kind}
              year={year}
            />
          ) : (
            <RegulationEditor key={`${group.code}-${year}`} group={group} year={year} />
          )}
        </Box>
      </>
    );

  return <Page title={t('scoring.title')}>{body}</Page>;
}
