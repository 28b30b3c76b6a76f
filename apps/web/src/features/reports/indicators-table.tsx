// The report's figures as a table: the common indicators it holds and the group's own (declared) ones.
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../shared/format/number';
import { NumberInput } from '../../shared/ui/number-input';
import { ScrollTable } from '../../shared/ui/scroll-table';
import { Empty } from '../../shared/ui/states';
import type { IndicatorRow } from './regulation';

interface Props {
  rows: IndicatorRow[];
  /** Values by key as exact decimals ("14103.4"); null or absent when empty. */
  values: Record<string, string | null>;
  editable: boolean;
  onChange: (key: string, value: string | null, refused: boolean) => void;
}

export function IndicatorsTable({ rows, values, editable, onChange }: Props) {
  const { t } = useTranslation();
  if (rows.length === 0) return <Empty>{t('reports.noIndicators')}</Empty>;
  return (
    <ScrollTable label={t('reports.indicators')}>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{t('reports.indicator')}</TableCell>
            <TableCell>{t('reports.value')}</TableCell>
            <TableCell>{t('reports.unit')}</TableCell>
            <TableCell align="right">{t('reports.percentOfPlan')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.key}>
              <TableCell>
                {row.label}
                {row.declared && (
                  <Typography variant="caption" component="div" color="text.secondary">
                    {t('reports.ownIndicator')}
                  </Typography>
                )}
              </TableCell>
              <TableCell sx={{ minWidth: 140 }}>
                <NumberInput
                  size="small"
                  label={row.label}
                  readOnly={!editable}
                  value={values[row.key] ?? null}
                  onChange={(value, refused) => onChange(row.key, value, refused)}
                />
              </TableCell>
              <TableCell>{row.unit}</TableCell>
              <TableCell align="right">{row.percentOfPlan ? formatNumber(row.percentOfPlan) : ''}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ScrollTable>
  );
}
