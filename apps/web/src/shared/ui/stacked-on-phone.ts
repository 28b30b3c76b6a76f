import { visuallyHidden } from './visually-hidden';

/** On a phone each row becomes a card: every cell on its own line after its column's name (data-label). */
export const STACKED_ON_PHONE = {
  '@media (max-width: 599.95px)': {
    '& thead': visuallyHidden,
    '& tr': { display: 'block', borderBottom: 1, borderColor: 'divider', py: 1 },
    '& td': {
      display: 'flex',
      gap: 1,
      justifyContent: 'space-between',
      border: 0,
      py: 0.25,
      whiteSpace: 'normal',
    },
    '& td::before': { content: 'attr(data-label)', fontWeight: 600 },
  },
} as const;
