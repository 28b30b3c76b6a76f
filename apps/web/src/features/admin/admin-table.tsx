import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { ReactNode } from 'react';
import { ScrollTable } from '../../shared/ui/scroll-table';
import { Empty } from '../../shared/ui/states';

/** A list of the admin's records: named, scrolling sideways on a phone, or a sentence when empty. */
export function AdminTable({
  caption,
  empty,
  headers,
  rows,
}: {
  caption: string;
  empty: string;
  headers: string[];
  rows: { key: string; cells: ReactNode[] }[];
}) {
  if (rows.length === 0) return <Empty>{empty}</Empty>;
  return (
    <ScrollTable label={caption} outlined>
      <Table size="small" sx={{ minWidth: 480 }}>
        <caption style={{ captionSide: 'top', textAlign: 'left', padding: '12px 16px', fontWeight: 600 }}>
          {caption}
        </caption>
        <TableHead>
          <TableRow>
            {headers.map((h) => (
              <TableCell key={h}>{h}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.key}>
              {r.cells.map((c, i) => (
                <TableCell key={i}>{c}</TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ScrollTable>
  );
}

/** Lists beside forms on a desk, one under the other on a phone. */
export const twoColumns = {
  display: 'grid',
  gap: 2,
  gridTemplateColumns: { xs: '1fr', md: 'minmax(0, 3fr) minmax(0, 2fr)' },
  alignItems: 'start',
} as const;
