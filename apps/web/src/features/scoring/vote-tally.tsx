// The head's view of the vote: per award that requires one, each member's votes against the threshold.
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../shared/format/number';
import { Empty } from '../../shared/ui/states';
import { ScrollTable } from '../../shared/ui/scroll-table';
import { awardsOf, votesNeeded, voteTallies, votingOf } from './sheet';

interface Props {
  document: unknown;
  entries: { organization: { code: string; name: string }; breakdown: unknown }[];
}

export function VoteTally({ document, entries }: Props) {
  const { t } = useTranslation();
  const voting = votingOf(document);
  const awards = awardsOf(document).filter((a) => a.requiresVote);
  if (!voting.enabled || awards.length === 0) return <Empty>{t('scoring.votes.none')}</Empty>;
  if (entries.length === 0) return <Empty>{t('scoring.votes.noData')}</Empty>;
  const tallies = voteTallies(entries);
  const name = (code: string) => entries.find((e) => e.organization.code === code)?.organization.name ?? code;
  return (
    <>
      {awards.map((award) => {
        const caption = t('scoring.votes.caption', {
          award: award.title,
          threshold: formatNumber(String(Math.round(voting.threshold * 10000) / 100)),
        });
        return (
          <ScrollTable key={award.id} label={caption}>
            <Table size="small">
              <caption style={{ captionSide: 'top', textAlign: 'left', fontWeight: 600 }}>{caption}</caption>
              <TableHead>
                <TableRow>
                  <TableCell>{t('scoring.votes.member')}</TableCell>
                  <TableCell align="right">{t('scoring.votes.votes')}</TableCell>
                  <TableCell align="right">{t('scoring.votes.needed')}</TableCell>
                  <TableCell>{t('scoring.votes.result')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {tallies
                  .filter((v) => v.awardId === award.id)
                  .map((v) => (
                    <TableRow key={v.memberCode}>
                      <TableCell>{name(v.memberCode)}</TableCell>
                      <TableCell align="right">{v.votes}</TableCell>
                      <TableCell align="right">
                        {votesNeeded(voting.threshold, v.base)}/{v.base}
                      </TableCell>
                      <TableCell>
                        {v.passed ? t('scoring.votes.passed') : t('scoring.votes.notPassed')}
                      </TableCell>
                    </TableRow>
                  ))}
              </TableBody>
            </Table>
          </ScrollTable>
        );
      })}
    </>
  );
}
