import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useTranslation } from 'react-i18next';
import type { RankingQuery } from '../../gql/graphql';
import { formatNumber } from '../../shared/format/number';
import { ScrollTable } from '../../shared/ui/scroll-table';

/** The scoring sheet and the board's review show the table too, without the explanation round's marks. */
type Entry = Omit<NonNullable<RankingQuery['ranking']>['entries'][number], 'underExplanation'> & {
  underExplanation?: string[];
};

interface Props {
  caption: string;
  entries: Entry[];
  chosen: string | null;
  onChoose: (organizationCode: string) => void;
}

export function RankingTable({ caption, entries, chosen, onChoose }: Props) {
  const { t } = useTranslation();
  return (
    <ScrollTable label={caption} outlined>
      <Table size="small">
        <caption style={{ captionSide: 'top', textAlign: 'left', padding: '12px 16px', fontWeight: 600 }}>
          {caption}
        </caption>
        <TableHead>
          <TableRow>
            <TableCell align="right">{t('ranking.rank')}</TableCell>
            <TableCell>{t('ranking.member')}</TableCell>
            <TableCell align="right">{t('ranking.total')}</TableCell>
            <TableCell>{t('ranking.band')}</TableCell>
            <TableCell sx={wide}>{t('ranking.proposals')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {entries.map((e) => (
            <TableRow key={e.organization.code} selected={e.organization.code === chosen}>
              <TableCell align="right">{e.rank}</TableCell>
              <TableCell>
                <Button
                  variant="text"
                  sx={{ textAlign: 'left', p: 0.5 }}
                  aria-expanded={e.organization.code === chosen}
                  aria-controls={e.organization.code === chosen ? 'score-breakdown' : undefined}
                  title={t('ranking.showBreakdown', { member: e.organization.name })}
                  onClick={() => onChoose(e.organization.code)}
                >
                  {e.organization.name}
                </Button>
                {e.underExplanation && e.underExplanation.length > 0 && (
                  <Chip
                    size="small"
                    color="warning"
                    sx={{ ml: 1 }}
                    label={t('ranking.underExplanationOf', { ids: e.underExplanation.join(', ') })}
                  />
                )}
              </TableCell>
              <TableCell align="right">{formatNumber(e.total)}</TableCell>
              <TableCell>{e.band ?? t('ranking.noBand')}</TableCell>
              <TableCell sx={wide}>{e.proposals.join(', ')}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ScrollTable>
  );
}

// Proposals are also in the breakdown; a phone shows the four columns that matter.
const wide = { display: { xs: 'none', sm: 'table-cell' } } as const;
