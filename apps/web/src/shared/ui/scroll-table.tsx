import TableContainer from '@mui/material/TableContainer';
import type { ReactNode } from 'react';

/**
 * A table's container, which scrolls sideways on a phone: focusable and named, so a keyboard user can
 * scroll it too (axe: scrollable-region-focusable).
 */
export function ScrollTable({
  label,
  children,
  outlined,
}: {
  label: string;
  children: ReactNode;
  outlined?: boolean;
}) {
  return (
    <TableContainer
      tabIndex={0}
      role="group"
      aria-label={label}
      sx={outlined ? { bgcolor: 'background.paper', borderRadius: 1, boxShadow: 1 } : undefined}
    >
      {children}
    </TableContainer>
  );
}
