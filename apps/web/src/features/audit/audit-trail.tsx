import { useQuery } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeriodKind } from '../../gql/graphql';
import { formatDateTime } from '../../shared/format/date';
import { ScrollTable } from '../../shared/ui/scroll-table';
import { Empty, ErrorState, Loading } from '../../shared/ui/states';
import { AUDIT_TRAIL } from './audit.operations';
import { describeEvent } from './audit-text';

const PAGE = 20;

/** A ranking's trail, newest first, a page at a time. */
export function AuditTrail({
  groupCode,
  groupName,
  kind,
  year,
}: {
  groupCode: string;
  groupName: string;
  kind: PeriodKind;
  year: number;
}) {
  const { t } = useTranslation();
  const [loadingMore, setLoadingMore] = useState(false);
  const { data, error, refetch, fetchMore } = useQuery(AUDIT_TRAIL, {
    variables: { groupCode, year, kind, first: PAGE },
  });

  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <Loading />;
  const { events, hasNextPage, endCursor } = data.auditTrail;
  if (events.length === 0) return <Empty>{t('audit.trail.empty')}</Empty>;

  const more = async () => {
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: endCursor },
        updateQuery: (prev, { fetchMoreResult }) => ({
          auditTrail: {
            ...fetchMoreResult.auditTrail,
            events: [...prev.auditTrail.events, ...fetchMoreResult.auditTrail.events],
          },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  };
  const caption = t('audit.trail.caption', { group: groupName, period: t(`audit.trail.kind.${kind}`), year });

  return (
    <>
      <ScrollTable label={caption} outlined>
        {/* Five columns of sentences: on a phone the table scrolls sideways rather than squeezing them. */}
        <Table size="small" sx={{ minWidth: 960 }}>
          <caption style={{ captionSide: 'top', textAlign: 'left', padding: '12px 16px', fontWeight: 600 }}>
            {caption}
          </caption>
          <TableHead>
            <TableRow>
              <TableCell>{t('audit.trail.time')}</TableCell>
              <TableCell>{t('audit.trail.user')}</TableCell>
              <TableCell>{t('audit.trail.organization')}</TableCell>
              <TableCell>{t('audit.trail.content')}</TableCell>
              <TableCell>{t('audit.trail.reason')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {events.map((e) => (
              <TableRow key={e.id}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(e.occurredAt)}</TableCell>
                <TableCell sx={{ minWidth: 160 }}>{e.userName ?? t('audit.trail.system')}</TableCell>
                <TableCell sx={{ minWidth: 160 }}>{e.organizationName ?? '—'}</TableCell>
                <TableCell sx={{ minWidth: 220 }}>{describeEvent(t, e)}</TableCell>
                <TableCell sx={{ minWidth: 140 }}>{e.reason ?? '—'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </ScrollTable>
      {hasNextPage && (
        <Box sx={{ mt: 2 }}>
          <Button variant="outlined" onClick={() => void more()} disabled={loadingMore}>
            {loadingMore ? t('audit.trail.loadingMore') : t('audit.trail.more')}
          </Button>
        </Box>
      )}
    </>
  );
}
