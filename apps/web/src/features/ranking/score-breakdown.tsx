import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
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
import {
  breakdownSummary,
  explanationLines,
  factTitles,
  isFormat2,
  type ExplanationRounds,
} from './breakdown';

interface Props {
  member: string;
  total: string;
  breakdown: unknown;
  onClose: () => void;
  /** Format 2: the facts true for the member (entry.facts) and the document naming them. */
  facts?: readonly string[];
  document?: unknown;
}

/** One line per criterion, bonus item and deduction: the points and why (the worker's explanation). */
export function ScoreBreakdown({ member, total, breakdown, onClose, facts = [], document }: Props) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [member]);
  const lines = explanationLines(breakdown);
  const format2 = isFormat2(document);
  // Format 2 tells its band conditions and band rules in the entry's summary; format 1 pages stay as they were.
  const summary = format2 ? breakdownSummary(breakdown) : null;
  const trueFacts = factTitles(document, facts);
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
                  {line.notApplicable && (
                    <Typography component="span" variant="body2" color="text.secondary">
                      {' '}
                      ({t('ranking.notApplicable')})
                    </Typography>
                  )}
                  {line.underExplanation && (
                    <Chip size="small" color="warning" label={t('ranking.underExplanation')} sx={{ ml: 1 }} />
                  )}
                  {/* On a phone the explanation goes under the criterion instead of a third column. */}
                  <Typography variant="body2" color="text.secondary" sx={narrow}>
                    {line.note}
                  </Typography>
                  {line.rounds && (
                    <Box sx={narrow}>
                      <Rounds rounds={line.rounds} />
                    </Box>
                  )}
                </TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  {formatNumber(line.result)}
                  {line.max !== null && ` / ${formatNumber(line.max)}`}
                </TableCell>
                <TableCell sx={wide}>
                  {line.note}
                  {line.rounds && <Rounds rounds={line.rounds} />}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </ScrollTable>
      {summary && (
        <Typography variant="body2" sx={{ mt: 2 }}>
          <strong>{t('ranking.summary')}:</strong> {summary}
        </Typography>
      )}
      {trueFacts.length > 0 && (
        <Box sx={{ mt: 2 }}>
          <Typography component="h3" variant="subtitle2" id="breakdown-facts">
            {t('ranking.factsOf', { member })}
          </Typography>
          <Box component="ul" aria-labelledby="breakdown-facts" sx={{ pl: 3, my: 0.5 }}>
            {trueFacts.map((title) => (
              <li key={title}>
                <Typography variant="body2">{title}</Typography>
              </li>
            ))}
          </Box>
        </Box>
      )}
    </Paper>
  );
}

/** Both rounds of a score that went through the explanation round, in the order they happened. */
function Rounds({ rounds }: { rounds: ExplanationRounds }) {
  const { t } = useTranslation();
  const { first, explanation, second } = rounds;
  const why = (reason: string | null) => (reason ? t('ranking.rounds.reason', { reason }) : '');
  return (
    <Box component="ul" sx={{ pl: 2.5, my: 0.5 }} aria-label={t('ranking.rounds.label')}>
      <Typography component="li" variant="body2">
        {t('ranking.rounds.first', { points: formatNumber(first.points) })}
        {why(first.reason)}
      </Typography>
      {explanation && (
        <Typography component="li" variant="body2">
          {t('ranking.rounds.explanation', { text: explanation })}
        </Typography>
      )}
      <Typography component="li" variant="body2">
        {second === null
          ? t('ranking.rounds.pending')
          : (second.kept
              ? t('ranking.rounds.kept', { points: formatNumber(second.points) })
              : t('ranking.rounds.second', { points: formatNumber(second.points) })) + why(second.reason)}
      </Typography>
    </Box>
  );
}

const wide = { display: { xs: 'none', sm: 'table-cell' } } as const;
const narrow = { display: { xs: 'block', sm: 'none' }, fontWeight: 400, mt: 0.5 } as const;
