import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../shared/format/number';
import { ScrollTable } from '../../shared/ui/scroll-table';
import { explanationLines } from './breakdown';

interface Props {
  member: string;
  total: string;
  breakdown: unknown;
  onClose: () => void;
}

/** One line per criterion, bonus item and deduction: the points and why (the worker's explanation). */
export function ScoreBreakdown({ member, total, breakdown, onClose }: Props) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [member]);
  const lines = explanationLines(breakdown);
  return (
    <Paper component="section" id="score-breakdown" aria-label={t('ranking.breakdown')} sx={{ p: 2, mt: 3 }}>
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap', mb: 1 }}>
        <Typography component="h2" variant="h6" ref={heading} tabIndex={-1} sx={{ flexGrow: 1 }}>
          {t('ranking.breakdownOf', { member })}
        </Typography>
        <Typography>
          {t('ranking.total')}: <strong>{formatNumber(total)}</strong>
        </Typography>
        <Button onClick={onClose}>{t('ranking.close')}</Button>
      </Box>
      <ScrollTable label={t('ranking.breakdownOf', { member })}>
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{t('ranking.criterion')}</TableCell>
              <TableCell align="right">{t('ranking.points')}</TableCell>
              <TableCell sx={wide}>{t('ranking.why')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {lines.map((line) => (
              <TableRow key={`${line.kind}-${line.id}`}>
                <TableCell sx={{ pl: 2 + line.depth * 2, fontWeight: line.depth === 0 ? 600 : 400 }}>
                  {line.id} {line.title}
                  {/* On a phone the explanation goes under the criterion instead of a third column. */}
                  <Typography variant="body2" color="text.secondary" sx={narrow}>
                    {line.note}
                  </Typography>
                </TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  {formatNumber(line.result)}
                  {line.max !== null && ` / ${formatNumber(line.max)}`}
                </TableCell>
                <TableCell sx={wide}>{line.note}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </ScrollTable>
    </Paper>
  );
}

const wide = { display: { xs: 'none', sm: 'table-cell' } } as const;
const narrow = { display: { xs: 'block', sm: 'none' }, fontWeight: 400, mt: 0.5 } as const;
