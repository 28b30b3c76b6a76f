import { useQuery } from '@apollo/client/react';
import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { PeriodKind } from '../../gql/graphql';
import { useYear } from '../../shared/api/year';
import { Page } from '../../shared/ui/page';
import { Empty, ErrorState, Loading } from '../../shared/ui/states';
import { RegulationEditor } from './regulation-editor';
import { SCORING_SCOPE } from './scoring.operations';
import { SheetWorkspace } from './sheet-workspace';

const KINDS: PeriodKind[] = ['H1', 'FY'];
const TABS = ['sheet', 'regulation'] as const;

/** The head's workspace: the groups it heads in the selected year, a period, then the sheet or the regulation. */
export function ScoringPage() {
  const { t } = useTranslation();
  const { year } = useYear();
  const [params, setParams] = useSearchParams();
  const { data, error, refetch } = useQuery(SCORING_SCOPE, { variables: { year } });
  const groups = (data?.myGroups ?? []).filter((m) => m.role === 'HEAD').map((m) => m.group);
  const group = groups.find((g) => g.code === params.get('group')) ?? groups[0];
  const kind: PeriodKind = params.get('kind') === 'FY' ? 'FY' : 'H1';
  const tab = params.get('tab') === 'regulation' ? 'regulation' : 'sheet';
  const choose = (key: 'group' | 'kind' | 'tab', value: string) =>
    setParams((p) => {
      p.set(key, value);
      return p;
    });

  let body;
  if (error) body = <ErrorState error={error} onRetry={() => void refetch()} />;
  else if (!data) body = <Loading />;
  else if (!group) body = <Empty>{t('scoring.noGroups', { year })}</Empty>;
  else
    body = (
      <>
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', mb: 2 }}>
          <TextField
            select
            size="small"
            label={t('scoring.group')}
            value={group.code}
            onChange={(e) => choose('group', e.target.value)}
            sx={{ minWidth: 280, maxWidth: '100%' }}
          >
            {groups.map((g) => (
              <MenuItem key={g.code} value={g.code}>
                {g.name}
              </MenuItem>
            ))}
          </TextField>
          {tab === 'sheet' && (
            <TextField
              select
              size="small"
              label={t('scoring.period')}
              value={kind}
              onChange={(e) => choose('kind', e.target.value)}
              sx={{ minWidth: 180 }}
            >
              {KINDS.map((k) => (
                <MenuItem key={k} value={k}>
                  {t(`ranking.kind.${k}`)}
                </MenuItem>
              ))}
            </TextField>
          )}
        </Box>
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
          ) : (
            <RegulationEditor key={`${group.code}-${year}`} group={group} year={year} />
          )}
        </Box>
      </>
    );

  return <Page title={t('scoring.title')}>{body}</Page>;
}
