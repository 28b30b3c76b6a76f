import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { PeriodKind } from '../../gql/graphql';

export const PERIOD_KINDS: PeriodKind[] = ['H1', 'FY'];

interface Group {
  code: string;
  name: string;
}

/**
 * The group and period a page shows, kept in the address (?group=…&kind=…) so a link or a reload opens the
 * same view; an unknown or missing group falls back to the first one.
 */
export function useGroupPeriod<G extends Group>(groups: readonly G[]) {
  const [params, setParams] = useSearchParams();
  const group = groups.find((g) => g.code === params.get('group')) ?? groups[0];
  const kind: PeriodKind = params.get('kind') === 'FY' ? 'FY' : 'H1';
  const choose = (key: string, value: string) =>
    setParams((p) => {
      p.set(key, value);
      return p;
    });
  return { group, kind, params, choose };
}

interface PickerProps {
  groups: readonly Group[];
  group: Group;
  kind: PeriodKind;
  choose: (key: 'group' | 'kind', value: string) => void;
  /** The period is not asked where the page does not depend on it (the regulation tab). */
  withPeriod?: boolean;
}

/** `Cụm, khối thi đua` and `Kỳ`, as every page that shows one group's period asks them. */
export function GroupPeriodPicker({ groups, group, kind, choose, withPeriod = true }: PickerProps) {
  const { t } = useTranslation();
  return (
    <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', mb: 2 }}>
      <TextField
        select
        size="small"
        label={t('picker.group')}
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
      {withPeriod && (
        <TextField
          select
          size="small"
          label={t('picker.period')}
          value={kind}
          onChange={(e) => choose('kind', e.target.value)}
          sx={{ minWidth: 180 }}
        >
          {PERIOD_KINDS.map((k) => (
            <MenuItem key={k} value={k}>
              {t(`picker.kind.${k}`)}
            </MenuItem>
          ))}
        </TextField>
      )}
    </Box>
  );
}
