// The members × criteria grid: one column per member, one row per criterion, bonus item and deduction the
// head sets. Moves and paste work as in a spreadsheet (grid-navigation.ts, paste.ts); each cell saves itself.
// A 20 × 60 group has 1,200+ cells: the body is plain table markup styled once on the table (gridSx), the cells
// are memoized and get only values that keep their identity between renders, so a keystroke re-renders the
// cell typed in, not the grid. Cells get the grid's `t` rather than each calling useTranslation (which costs
// a copy of the i18n instance per component: 50 ms for a 20 × 60 grid).
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import type { SxProps, Theme } from '@mui/material/styles';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import {
  type ClipboardEvent,
  Fragment,
  type KeyboardEvent,
  memo,
  type ReactNode,
  useCallback,
  useLayoutEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatNumber, parseViNumber, perItemPoints } from '../../shared/format/number';
import { visuallyHidden } from '../../shared/ui/visually-hidden';
import { type CellPosition, nextCell } from './grid-navigation';
import { isBlock, parseBlock, planPaste } from './paste';
import { cellKey, COMPUTED, countsItems, type SheetRow } from './sheet';

export interface GridMember {
  code: string;
  name: string;
  /** False when the member has no report to score (not submitted, or returned). */
  scorable: boolean;
  selfScores: Record<string, { points: string; count?: number | null }>;
  /** Computed criteria's points from the member's figures, by criterion id. */
  computed: Record<string, string | null>;
  /** The figure a computed criterion reads, as reported (exact decimal), by criterion id. */
  figures: Record<string, string | null>;
}

export interface SavedScore {
  points: string;
  count: number | null;
  reason: string | null;
  /** Format 2: the head marked this optional criterion not applicable to the member. */
  notApplicable?: boolean;
}

export interface ScoreChange {
  points: string;
  count: number | null;
  reason: string | null;
  /** Only on an optional criterion's change: marks (or unmarks) it not applicable. */
  notApplicable?: boolean;
}

/** A fact's current value for a member, by cellKey(member, fact id). */
export interface SavedFact {
  value: boolean;
  reason: string | null;
}

type Status = 'unsaved' | 'saving' | 'saved' | 'error';
/** A cell's score input or its reason. */
type FieldElement = HTMLInputElement | HTMLTextAreaElement;
interface Draft {
  text: string;
  reason: string;
  /** An optional criterion marked not applicable (as drafted). */
  na: boolean;
}

interface Props {
  caption: string;
  /** Every sheet row, headings included. */
  rows: SheetRow[];
  members: GridMember[];
  saved: Record<string, SavedScore>;
  readOnly: boolean;
  /** Saves one cell; resolves to the sentence to show beside it when refused, or null. */
  onSave: (member: GridMember, row: SheetRow, change: ScoreChange) => Promise<string | null>;
  memberActions?: (member: GridMember) => ReactNode;
  /** Who works on the grid: the head (default) or the award board (format 2, its own criteria and facts). */
  body?: 'HEAD' | 'BOARD';
  facts?: Record<string, SavedFact>;
  /** Sets one fact; resolves to the sentence to show when refused, or null. */
  onSaveFact?: (member: GridMember, row: SheetRow, value: boolean, reason: string) => Promise<string | null>;
}

const savedText = (row: SheetRow, s: SavedScore | undefined) =>
  !s ? '' : countsItems(row) ? String(s.count ?? '') : formatNumber(s.points);

/** A cell's draft before it is edited: what is saved. */
const savedDraft = (row: SheetRow, s: SavedScore | undefined): Draft => ({
  text: s?.notApplicable ? '' : savedText(row, s),
  reason: s?.reason ?? '',
  na: s?.notApplicable === true,
});

/** What the cells call back, stable for the grid's lifetime (see ScoreGrid). */
interface CellActions {
  register: (at: string, el: HTMLInputElement | null) => void;
  change: (row: SheetRow, col: number, patch: Partial<Draft>) => void;
  saveNow: (row: SheetRow, col: number, patch: Partial<Draft>) => void;
  commit: (row: SheetRow, col: number) => void;
  /** `reasonOf`: the row whose reason input has the key (an optional parent's has no place among the cells). */
  keyDown: (e: KeyboardEvent<FieldElement>, at: CellPosition, reasonOf?: SheetRow) => void;
  paste: (e: ClipboardEvent<HTMLInputElement>, at: CellPosition) => void;
  saveFact: (row: SheetRow, col: number, value: boolean, reason: string) => Promise<string | null>;
}

const NO_FACTS: Record<string, SavedFact> = {};

export function ScoreGrid({
  caption,
  rows,
  members,
  saved,
  readOnly,
  onSave,
  memberActions,
  body = 'HEAD',
  facts = NO_FACTS,
  onSaveFact,
}: Props) {
  const { t } = useTranslation();
  // Two grids may share a page (the board's workspace lists one per period).
  const captionId = useId();
  const cells = useMemo(() => rows.filter((r) => r.kind !== 'heading'), [rows]);
  /** A criterion the other body scores: shown, not scored here. */
  const othersRow = (row: SheetRow) =>
    row.kind === 'criterion' && (row.by === 'BOARD') !== (body === 'BOARD');
  const size = { rows: cells.length, cols: members.length };
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [status, setStatus] = useState<Record<string, Status>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pasteReport, setPasteReport] = useState<string | null>(null);
  const inputs = useRef(new Map<string, HTMLInputElement>());

  const draftOf = (member: GridMember, row: SheetRow): Draft =>
    drafts[cellKey(member.code, row.id)] ?? savedDraft(row, saved[cellKey(member.code, row.id)]);
  const mark = (key: string, next: Status | null, error?: string) => {
    setStatus((s) => {
      const copy = { ...s };
      if (next) copy[key] = next;
      else delete copy[key];
      return copy;
    });
    setErrors((e) => {
      const copy = { ...e };
      if (error) copy[key] = error;
      else delete copy[key];
      return copy;
    });
  };
  const edit = (member: GridMember, row: SheetRow, patch: Partial<Draft>) => {
    const key = cellKey(member.code, row.id);
    setDrafts((d) => ({ ...d, [key]: { ...draftOf(member, row), ...d[key], ...patch } }));
    mark(key, 'unsaved');
  };

  /** What a cell's text means as a score, or the sentence saying why it is not one. */
  const read = (row: SheetRow, text: string): { change?: Omit<ScoreChange, 'reason'>; error?: string } => {
    const value = parseViNumber(text);
    if (value === null) return { error: t('number.invalid') };
    if (countsItems(row)) {
      if (!/^\d+$/.test(value)) return { error: t('scoring.grid.wholeCount') };
      return { change: { points: perItemPoints(Number(value), row.each!, row.max), count: Number(value) } };
    }
    return { change: { points: value, count: null } };
  };

  /** Validates and saves one cell; true when saved (or nothing to save). */
  const save = async (member: GridMember, row: SheetRow, draft: Draft): Promise<boolean> => {
    const key = cellKey(member.code, row.id);
    if (!member.scorable || readOnly || othersRow(row)) {
      mark(key, 'error', t(othersRow(row) ? 'scoring.grid.boardScores' : 'scoring.grid.notScorable'));
      return false;
    }
    const before = saved[key];
    // Marking an optional criterion not applicable, or taking the mark back, is said with a reason.
    if (row.optional && (draft.na || before?.notApplicable === true)) {
      const reason = draft.reason.trim();
      if (draft.na && before?.notApplicable && before.reason === reason) {
        mark(key, status[key] ? 'saved' : null);
        return true;
      }
      if (!reason) {
        mark(key, 'unsaved', t('scoring.grid.naReasonRequired'));
        return false;
      }
      let points = '0';
      let count: number | null = null;
      if (!draft.na) {
        // Unmarked: the typed score counts, else the member's own.
        const typed = draft.text.trim() === '' ? null : read(row, draft.text);
        if (typed && !typed.change) {
          mark(key, 'error', typed.error);
          return false;
        }
        const self = member.selfScores[row.id];
        points = typed?.change?.points ?? self?.points ?? '0';
        count = typed?.change?.count ?? (typed ? null : (self?.count ?? null));
      }
      mark(key, 'saving');
      const refused = await onSave(member, row, { points, count, reason, notApplicable: draft.na });
      mark(key, refused ? 'error' : 'saved', refused ?? undefined);
      return !refused;
    }
    if (draft.text.trim() === '') {
      mark(key, null);
      return true;
    }
    const { change, error } = read(row, draft.text);
    if (!change) {
      mark(key, 'error', error);
      return false;
    }
    const reason = draft.reason.trim() || null;
    if (COMPUTED.has(row.method) && !reason) {
      mark(key, 'unsaved', t('scoring.grid.reasonRequired'));
      return false;
    }
    if (
      before &&
      before.points === change.points &&
      before.count === change.count &&
      before.reason === reason
    ) {
      mark(key, status[key] ? 'saved' : null);
      return true;
    }
    mark(key, 'saving');
    const refused = await onSave(member, row, {
      ...change,
      reason,
      ...(row.optional ? { notApplicable: false } : {}),
    });
    mark(key, refused ? 'error' : 'saved', refused ?? undefined);
    return !refused;
  };

  /** A switch's change is the whole edit: drafted and saved at once (a fixed deduction). */
  const saveNow = (member: GridMember, row: SheetRow, patch: Partial<Draft>) => {
    const key = cellKey(member.code, row.id);
    const draft = { ...draftOf(member, row), ...patch };
    setDrafts((d) => ({ ...d, [key]: draft }));
    void save(member, row, draft);
  };

  const commit = (member: GridMember, row: SheetRow) => {
    const key = cellKey(member.code, row.id);
    // Not only when marked unsaved: a reason typed while the score was being saved is saved now (save skips
    // what the server already holds).
    if (drafts[key] && status[key] !== 'saving') void save(member, row, drafts[key]);
  };

  const focus = (p: CellPosition) => {
    const input = inputs.current.get(`${p.row}:${p.col}`);
    input?.focus();
    input?.select();
  };

  const onKeyDown = (e: KeyboardEvent<FieldElement>, at: CellPosition, reasonOf?: SheetRow) => {
    const member = members[at.col];
    const row = reasonOf ?? cells[at.row];
    if (e.key === 'Escape') {
      const key = cellKey(member.code, row.id);
      setDrafts((d) => {
        const copy = { ...d };
        delete copy[key];
        return copy;
      });
      mark(key, null);
      return;
    }
    if (reasonOf) {
      // Enter saves the reason (a reason is one paragraph: no new line).
      if (e.key === 'Enter') {
        e.preventDefault();
        commit(member, row);
      }
      return;
    }
    const input = e.currentTarget;
    const target = nextCell(at, size, {
      key: e.key,
      shiftKey: e.shiftKey,
      atStart: input.selectionStart === 0 && input.selectionEnd === 0,
      atEnd: input.selectionStart === input.value.length,
    });
    if (e.key === 'Enter') {
      e.preventDefault();
      // Leaving the cell saves it (blur); on the last row there is nowhere to go, so save here.
      if (!target) commit(member, row);
    }
    if (target) {
      e.preventDefault();
      focus(target);
    }
  };

  const onPaste = (e: ClipboardEvent<HTMLInputElement>, at: CellPosition) => {
    const text = e.clipboardData.getData('text/plain');
    if (!isBlock(text)) return;
    e.preventDefault();
    const plan = planPaste(parseBlock(text), at, size);
    const next: Record<string, Draft> = {};
    const work = plan.cells.map((c) => {
      const member = members[c.col];
      const row = cells[c.row];
      const draft = { ...draftOf(member, row), text: c.value === null ? c.text : formatNumber(c.value) };
      next[cellKey(member.code, row.id)] = draft;
      return save(member, row, draft).then((ok) => ({ ok, label: `${member.code} ${row.id}` }));
    });
    setDrafts((d) => ({ ...d, ...next }));
    void Promise.all(work).then((results) => {
      const refused = results.filter((r) => !r.ok).map((r) => r.label);
      setPasteReport(
        t('scoring.grid.pasted', {
          count: results.length,
          saved: results.length - refused.length,
          refused: refused.length ? t('scoring.grid.pasteRefused', { cells: refused.join(', ') }) : '',
          outside: plan.outside ? t('scoring.grid.pasteOutside', { count: plan.outside }) : '',
        }),
      );
    });
  };

  // The cells' callbacks go through one object that never changes (so it does not defeat their memo) and
  // calls this render's handlers, which see the latest drafts, saved scores and props.
  const handlers = useRef({ edit, saveNow, commit, onKeyDown, onPaste, members, onSaveFact });
  useLayoutEffect(() => {
    handlers.current = { edit, saveNow, commit, onKeyDown, onPaste, members, onSaveFact };
  });
  const actions = useMemo<CellActions>(
    () => ({
      register: (at, el) => {
        if (el) inputs.current.set(at, el);
        else inputs.current.delete(at);
      },
      change: (row, col, patch) => handlers.current.edit(handlers.current.members[col], row, patch),
      saveNow: (row, col, patch) => handlers.current.saveNow(handlers.current.members[col], row, patch),
      commit: (row, col) => handlers.current.commit(handlers.current.members[col], row),
      keyDown: (e, at, reasonOf) => handlers.current.onKeyDown(e, at, reasonOf),
      paste: (e, at) => handlers.current.onPaste(e, at),
      saveFact: (row, col, value, reason) =>
        handlers.current.onSaveFact!(handlers.current.members[col], row, value, reason),
    }),
    [],
  );

  // A keystroke changes one row's slices: the other rows keep theirs and skip rendering.
  const draftSlices = useRowSlices(drafts, rows, members);
  const savedSlices = useRowSlices(saved, rows, members);
  const statusSlices = useRowSlices(status, rows, members);
  const errorSlices = useRowSlices(errors, rows, members);
  const factSlices = useRowSlices(facts, rows, members);

  let scorableIndex = -1;
  return (
    <>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {t('scoring.grid.help')}
      </Typography>
      <Box role="status" aria-live="polite" sx={{ minHeight: '1.5em', mb: 1 }}>
        {pasteReport && <Typography variant="body2">{pasteReport}</Typography>}
      </Box>
      <Typography id={captionId} component="h2" variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
        {caption}
      </Typography>
      {/* Focusable: a grid of locked cells (the board's view of the head's criteria) has nothing else to tab to. */}
      <TableContainer
        role="group"
        tabIndex={0}
        aria-labelledby={captionId}
        sx={{ maxHeight: '70vh', bgcolor: 'background.paper', borderRadius: 1, boxShadow: 1 }}
      >
        <Table size="small" stickyHeader aria-labelledby={captionId} sx={gridSx}>
          <GridHead members={members} memberActions={memberActions} />
          <TableBody>
            {rows.map((row, index) => {
              const previous = rows[index - 1];
              const section =
                (row.kind === 'bonus' || row.kind === 'deduction' || row.kind === 'fact') &&
                previous?.kind !== row.kind
                  ? row.kind
                  : null;
              if (row.kind !== 'heading') scorableIndex++;
              const r = scorableIndex;
              return (
                <Fragment key={`${row.kind}-${row.id}`}>
                  {section && (
                    <tr>
                      <th scope="row" colSpan={members.length + 1} className="sg-section">
                        {t(`scoring.grid.section.${section}`)}
                      </th>
                    </tr>
                  )}
                  <GridRow
                    row={row}
                    r={r}
                    members={members}
                    drafts={draftSlices.get(row.id)!}
                    saved={savedSlices.get(row.id)!}
                    status={statusSlices.get(row.id)!}
                    errors={errorSlices.get(row.id)!}
                    facts={factSlices.get(row.id)!}
                    readOnly={readOnly}
                    factsReadOnly={readOnly || !onSaveFact}
                    others={othersRow(row)}
                    body={body}
                    actions={actions}
                    t={t}
                  />
                </Fragment>
              );
            })}
          </TableBody>
        </Table>
      </TableContainer>
    </>
  );
}

/**
 * The body's look, given once here rather than per cell: plain cells and inputs styled as MUI's small table
 * cells and outlined inputs (a MUI TableCell or OutlinedInput per cell is most of the time it takes to draw
 * a 20 × 60 grid).
 */
const gridSx: SxProps<Theme> = {
  borderCollapse: 'separate',
  '& tbody > tr > td, & tbody > tr > th': {
    typography: 'body2',
    padding: '6px 16px',
    textAlign: 'left',
    borderBottom: 1,
    borderBottomColor: 'divider',
  },
  // A row is a layer of its own to the browser's painter: a keystroke repaints its row, not the whole table.
  '& tbody > tr': { position: 'relative' },
  '& td.sg-cell': { verticalAlign: 'top' },
  '& th.sg-section': { fontWeight: 600 },
  '& th.sg-row': {
    position: 'sticky',
    left: 0,
    zIndex: 1,
    bgcolor: 'background.paper',
    borderRight: 1,
    borderRightColor: 'divider',
    fontWeight: 400,
  },
  '& .sg-title': { typography: 'body2' },
  '& .sg-title.sg-heading': { fontWeight: 600 },
  '& .sg-caption': { typography: 'caption', color: 'text.secondary', display: 'block' },
  '& .sg-error': { typography: 'caption', color: 'error.main', maxWidth: 200 },
  '& .sg-input': {
    display: 'block',
    boxSizing: 'border-box',
    width: 96,
    font: 'inherit',
    fontSize: '1rem',
    lineHeight: '1.4375em',
    padding: '8.5px 14px',
    color: 'text.primary',
    bgcolor: 'transparent',
    border: 1,
    borderColor: 'rgba(0, 0, 0, 0.23)',
    borderRadius: 1,
    outline: 'none',
    '&:hover': { borderColor: 'text.primary' },
    '&:focus': {
      borderColor: 'primary.main',
      boxShadow: (theme) => `inset 0 0 0 1px ${theme.palette.primary.main}`,
    },
    '&[aria-invalid="true"]': { borderColor: 'error.main' },
    '&[aria-invalid="true"]:focus': {
      boxShadow: (theme) => `inset 0 0 0 1px ${theme.palette.error.main}`,
    },
    '&::placeholder': { color: 'text.secondary', opacity: 1 },
  },
  '& .sg-input.sg-locked': { bgcolor: 'action.hover' },
  // A cell's saving state as a mark beside its input, in a slot of its own: the words (for screen readers) take
  // no room, so typing does not make the row taller and redraw the rows below.
  '& .sg-line': { display: 'flex', alignItems: 'center', gap: 0.5 },
  '& .sg-status': { width: 16, flex: 'none', textAlign: 'center', typography: 'body2', fontWeight: 700 },
  '& .sg-status[data-status="unsaved"]': { color: 'warning.dark', '&::after': { content: '"•"' } },
  '& .sg-status[data-status="saving"]': { color: 'text.secondary', '&::after': { content: '"…"' } },
  '& .sg-status[data-status="saved"]': { color: 'success.main', '&::after': { content: '"✓"' } },
  '& .sg-sr': visuallyHidden,
  // A reason wraps in the cell's width rather than scroll out of sight.
  '& .sg-input.sg-reason': {
    mt: 0.5,
    width: '100%',
    minWidth: 138,
    fontSize: 13,
    lineHeight: 1.4,
    padding: '6px 8px',
    resize: 'none',
    // Grows with the reason where the browser can (Chromium); two lines and a scroll bar elsewhere.
    fieldSizing: 'content',
    minHeight: 50,
    maxHeight: '9em',
  },
};

/** One row's cells, by member code (see useRowSlices). */
type RowCells<V> = Readonly<Record<string, V>>;
const NO_CELLS: RowCells<never> = {};

/**
 * `byCell` (by cellKey) cut into one object per row, by member code. A row whose cells did not change keeps
 * the object it had last render, so its memoized GridRow is skipped. (Last render's slices are kept in state,
 * React's way of remembering a previous render.)
 */
function useRowSlices<V>(
  byCell: Record<string, V>,
  rows: SheetRow[],
  members: GridMember[],
): Map<string, RowCells<V>> {
  const [last, setLast] = useState(() => ({
    byCell,
    rows,
    members,
    slices: sliceRows(byCell, rows, members, new Map()),
  }));
  if (last.byCell === byCell && last.rows === rows && last.members === members) return last.slices;
  const slices = sliceRows(byCell, rows, members, last.slices);
  setLast({ byCell, rows, members, slices });
  return slices;
}

function sliceRows<V>(
  byCell: Record<string, V>,
  rows: SheetRow[],
  members: GridMember[],
  before: Map<string, RowCells<V>>,
): Map<string, RowCells<V>> {
  const next = new Map<string, RowCells<V>>();
  for (const row of rows) {
    const slice: Record<string, V> = {};
    let count = 0;
    for (const m of members) {
      const value = byCell[cellKey(m.code, row.id)];
      if (value === undefined) continue;
      slice[m.code] = value;
      count++;
    }
    const old = before.get(row.id);
    const same =
      old !== undefined &&
      Object.keys(old).length === count &&
      Object.entries(slice).every(([code, value]) => old[code] === value);
    next.set(row.id, same ? old : count === 0 ? NO_CELLS : slice);
  }
  return next;
}

interface GridRowProps {
  row: SheetRow;
  /** The row among the rows with an input (heading rows have none). */
  r: number;
  members: GridMember[];
  drafts: RowCells<Draft>;
  saved: RowCells<SavedScore>;
  status: RowCells<Status>;
  errors: RowCells<string>;
  facts: RowCells<SavedFact>;
  readOnly: boolean;
  factsReadOnly: boolean;
  others: boolean;
  body: 'HEAD' | 'BOARD';
  actions: CellActions;
  t: TFunction;
}

const GridRow = memo(function GridRow({
  row,
  r,
  members,
  readOnly,
  others,
  actions,
  t,
  ...cells
}: GridRowProps) {
  return (
    <tr>
      <RowHead row={row} body={cells.body} t={t} />
      {row.kind === 'heading' && !row.optional
        ? members.map((m) => <td key={m.code} className="sg-cell" />)
        : row.kind === 'fact'
          ? members.map((m, c) => (
              <FactCell
                key={m.code}
                row={row}
                col={c}
                at={`${r}:${c}`}
                code={m.code}
                saved={cells.facts[m.code]}
                readOnly={cells.factsReadOnly}
                actions={actions}
                t={t}
              />
            ))
          : members.map((m, c) => (
              <ScoreCell
                key={m.code}
                row={row}
                col={c}
                r={r}
                code={m.code}
                self={m.selfScores[row.id]}
                computed={COMPUTED.has(row.method) ? (m.computed[row.id] ?? null) : null}
                figure={m.figures[row.id] ?? null}
                draft={cells.drafts[m.code]}
                saved={cells.saved[m.code]}
                status={cells.status[m.code]}
                error={cells.errors[m.code]}
                readOnly={readOnly || !m.scorable}
                others={others}
                actions={actions}
                t={t}
              />
            ))}
    </tr>
  );
});

/** The members' columns: name, code and what the page adds (returning a report). */
const GridHead = memo(function GridHead({
  members,
  memberActions,
}: {
  members: GridMember[];
  memberActions?: (member: GridMember) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <TableHead>
      <TableRow>
        <TableCell sx={{ ...stickyFirst, zIndex: 3, minWidth: { xs: 150, sm: 260 } }}>
          {t('scoring.grid.criterion')}
        </TableCell>
        {members.map((m) => (
          <TableCell key={m.code} sx={{ minWidth: 170, verticalAlign: 'bottom' }}>
            <Typography variant="body2" sx={{ fontWeight: 600 }}>
              {m.name}
            </Typography>
            <Typography variant="caption" component="div">
              {m.code}
              {!m.scorable && ` — ${t('scoring.grid.noReport')}`}
            </Typography>
            {memberActions?.(m)}
          </TableCell>
        ))}
      </TableRow>
    </TableHead>
  );
});

/** A row's header: the criterion (or item), its maximum and its format 2 notes. */
const RowHead = memo(function RowHead({
  row,
  body,
  t,
}: {
  row: SheetRow;
  body: 'HEAD' | 'BOARD';
  t: TFunction;
}) {
  return (
    <th scope="row" className="sg-row" style={{ paddingLeft: 16 + row.depth * 16 }}>
      <div className={row.kind === 'heading' ? 'sg-title sg-heading' : 'sg-title'}>
        {row.id}. {row.title}
      </div>
      {row.max !== null && (
        <span className="sg-caption">
          {t(
            countsItems(row)
              ? 'scoring.grid.perItem'
              : row.kind === 'deduction' && row.method === 'fixed'
                ? 'scoring.grid.fixed'
                : 'scoring.grid.max',
            {
              points: formatNumber(row.max),
              max: formatNumber(row.max),
              each: row.each ? formatNumber(row.each) : '',
            },
          )}
          {COMPUTED.has(row.method) && ` — ${t('scoring.grid.computedRow')}`}
        </span>
      )}
      <RowNotes row={row} body={body} t={t} />
    </th>
  );
});

const stickyFirst = {
  position: 'sticky',
  left: 0,
  zIndex: 1,
  bgcolor: 'background.paper',
  borderRight: 1,
  borderRightColor: 'divider',
} as const;

/** What a row's header adds under format 2: who scores it, whether it may not apply, what a fact asks. */
function RowNotes({ row, body, t }: { row: SheetRow; body: 'HEAD' | 'BOARD'; t: TFunction }) {
  const notes = [
    row.kind === 'criterion' && row.by === 'BOARD' && body === 'HEAD' && t('scoring.grid.boardScores'),
    row.optional && t('scoring.grid.optionalRow'),
    row.kind === 'fact' && t('scoring.grid.factRow'),
  ].filter(Boolean);
  if (!notes.length) return null;
  return <div className="sg-caption">{notes.join(' — ')}</div>;
}

interface CellProps {
  row: SheetRow;
  /** The member's column, and the row among the rows with an input (heading rows have none). */
  col: number;
  r: number;
  code: string;
  self?: { points: string; count?: number | null };
  /** A computed criterion's points from the member's figures; the figure it reads. */
  computed: string | null;
  figure: string | null;
  /** The cell's draft when edited (undefined: what is saved). */
  draft?: Draft;
  saved?: SavedScore;
  status?: Status;
  error?: string;
  readOnly: boolean;
  /** The other body scores this criterion (format 2 scoredBy): its score is shown, not edited. */
  others: boolean;
  actions: CellActions;
  t: TFunction;
}

const ScoreCell = memo(function ScoreCell({
  row,
  col,
  r,
  code,
  self,
  computed,
  figure,
  saved,
  status,
  error,
  readOnly,
  others,
  actions,
  t,
  ...props
}: CellProps) {
  const draft = props.draft ?? savedDraft(row, saved);
  const wasNa = saved?.notApplicable === true;
  const label = `${code} ${row.id}`;
  const id = `cell-${code}-${row.id}`.replace(/[^\w-]/g, '_');
  const points = draft.text.trim() === '' ? null : parseViNumber(draft.text);
  const typedPoints =
    points !== null && countsItems(row) ? perItemPoints(Number(points), row.each!, row.max) : points;
  const heading = row.kind === 'heading';
  // An optional parent's cell has no score input: arrows skip it.
  const inputRef = useCallback(
    (el: HTMLInputElement | null) => {
      if (!heading) actions.register(`${r}:${col}`, el);
    },
    [actions, heading, r, col],
  );
  // A fixed deduction is applied or not (format 2): 0 or its points, nothing between.
  const fixed = row.kind === 'deduction' && row.method === 'fixed' && row.max !== null;
  // The regulation asks a reason for overriding a computed criterion; a score other than the member's own
  // asks for one too, so the member can see why (optional there: the API does not require it). Marking a
  // criterion not applicable, or unmarking it, asks one too (required); the board gives one with its score.
  const reasonShown =
    !others &&
    // A locked board cell without a reason has none to show (format 1 cells stay as they were).
    !(readOnly && draft.reason === '' && row.by === 'BOARD') &&
    (draft.reason !== '' ||
      draft.na !== wasNa ||
      (row.by === 'BOARD' && points !== null) ||
      (COMPUTED.has(row.method) && points !== null) ||
      (self !== undefined && typedPoints !== null && Number(typedPoints) !== Number(self.points)));
  const describedBy = [`${id}-info`, error && `${id}-error`].filter(Boolean).join(' ');
  const locked = readOnly || others || draft.na;
  const at = { row: r, col };
  return (
    <td className="sg-cell">
      {heading ? null : (
        <div className="sg-line">
          {fixed ? (
            <Switch
              checked={points !== null && Number(points) !== 0}
              disabled={readOnly || others}
              inputRef={inputRef}
              onChange={(e) =>
                actions.saveNow(row, col, { text: e.target.checked ? formatNumber(row.max!) : '0' })
              }
              onKeyDown={(e) => actions.keyDown(e as KeyboardEvent<FieldElement>, at)}
              slotProps={{ input: { 'aria-label': label, 'aria-describedby': describedBy } }}
            />
          ) : (
            <input
              className={locked ? 'sg-input sg-locked' : 'sg-input'}
              value={draft.na ? '' : draft.text}
              readOnly={locked}
              ref={inputRef}
              onChange={(e) => actions.change(row, col, { text: e.target.value })}
              // Going on to this cell's reason is not leaving the cell: score and reason are saved together.
              onBlur={(e) => {
                const next = e.relatedTarget?.getAttribute('data-reason-of');
                if (next !== id) actions.commit(row, col);
              }}
              onKeyDown={(e) => actions.keyDown(e, at)}
              onPaste={(e) => actions.paste(e, at)}
              aria-label={label}
              aria-describedby={describedBy}
              aria-invalid={status === 'error'}
              inputMode="decimal"
              autoComplete="off"
            />
          )}
          <span className="sg-status" data-status={status} aria-hidden="true" />
        </div>
      )}
      <span id={`${id}-info`} className="sg-caption">
        {others && (
          <>
            {t('scoring.grid.boardScores')}
            <br />
          </>
        )}
        {draft.na && (
          <>
            {t('scoring.grid.notApplicable')}
            <br />
          </>
        )}
        {self !== undefined &&
          (countsItems(row) && self.count != null
            ? t('scoring.grid.selfItems', { count: self.count, points: formatNumber(self.points) })
            : t('scoring.grid.self', { points: formatNumber(self.points) }))}
        {COMPUTED.has(row.method) && row.indicator && (
          <>
            {figure != null
              ? t(
                  row.indicator.field === 'percentOfPlan'
                    ? 'scoring.grid.figurePercent'
                    : 'scoring.grid.figure',
                  { value: formatNumber(figure) },
                )
              : t('scoring.grid.noFigure')}
            <br />
          </>
        )}
        {computed != null && t('scoring.grid.computed', { points: formatNumber(computed) })}
        {status && status !== 'error' && (
          <span className="sg-sr"> · {t(`scoring.grid.status.${status}`)}</span>
        )}
      </span>
      {row.optional && (
        <FormControlLabel
          sx={{ mr: 0, '& .MuiFormControlLabel-label': { fontSize: 13 } }}
          control={
            <Checkbox
              size="small"
              checked={draft.na}
              disabled={readOnly}
              // A new mark (or taking it back) gets a reason of its own.
              onChange={(e) => actions.change(row, col, { na: e.target.checked, reason: '' })}
              slotProps={{
                input: {
                  'aria-label': t('scoring.grid.notApplicableOf', { cell: label }),
                  // Leaving the box for the reason it asks is not leaving the cell.
                  ...({ 'data-reason-of': id } as object),
                },
              }}
            />
          }
          label={t('scoring.grid.notApplicableShort')}
        />
      )}
      {error && (
        <div id={`${id}-error`} className="sg-error">
          {error}
        </div>
      )}
      {reasonShown && (
        <textarea
          className="sg-input sg-reason"
          rows={2}
          placeholder={t('scoring.grid.reason')}
          value={draft.reason}
          readOnly={readOnly}
          onChange={(e) => actions.change(row, col, { reason: e.target.value })}
          onBlur={(e) => {
            if (e.relatedTarget?.getAttribute('data-reason-of') !== id) actions.commit(row, col);
          }}
          onKeyDown={(e) => actions.keyDown(e, at, row)}
          aria-label={t('scoring.grid.reason')}
          autoComplete="off"
          data-reason-of={id}
        />
      )}
    </td>
  );
});

/** A fact about a member (format 2): a switch, and the reason every change of it needs. */
const FactCell = memo(function FactCell({
  row,
  col,
  at,
  code,
  saved,
  readOnly,
  actions,
  t,
}: {
  row: SheetRow;
  col: number;
  /** Where arrows find the switch: `<row>:<col>`. */
  at: string;
  code: string;
  saved?: SavedFact;
  readOnly: boolean;
  actions: CellActions;
  t: TFunction;
}) {
  const label = `${code} ${row.id}`;
  const id = `fact-${code}-${row.id}`.replace(/[^\w-]/g, '_');
  const current = saved?.value ?? false;
  const [value, setValue] = useState<boolean | null>(null);
  const [reason, setReason] = useState('');
  const [status, setStatus] = useState<Status | null>(null);
  const [error, setError] = useState<string | null>(null);
  const shown = value ?? current;
  const changing = value !== null && value !== current;
  const inputRef = useCallback((el: HTMLInputElement | null) => actions.register(at, el), [actions, at]);

  const commit = async () => {
    if (!changing) return;
    if (!reason.trim()) {
      setStatus('unsaved');
      setError(t('scoring.grid.factReasonRequired'));
      return;
    }
    setStatus('saving');
    setError(null);
    const refused = await actions.saveFact(row, col, value, reason.trim());
    setStatus(refused ? 'error' : 'saved');
    setError(refused);
    if (!refused) {
      setValue(null);
      setReason('');
    }
  };
  const describedBy = [`${id}-info`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <td className="sg-cell">
      <Switch
        checked={shown}
        disabled={readOnly}
        inputRef={inputRef}
        onChange={(e) => {
          setValue(e.target.checked);
          setStatus(e.target.checked === current ? null : 'unsaved');
          setError(null);
        }}
        slotProps={{ input: { 'aria-label': label, 'aria-describedby': describedBy } }}
      />
      <span id={`${id}-info`} className="sg-caption">
        {t(shown ? 'scoring.grid.factYes' : 'scoring.grid.factNo')}
        {!changing && saved?.reason && ` — ${saved.reason}`}
        {status && status !== 'error' && <> · {t(`scoring.grid.status.${status}`)}</>}
      </span>
      {error && (
        <div id={`${id}-error`} className="sg-error">
          {error}
        </div>
      )}
      {changing && (
        <textarea
          className="sg-input sg-reason"
          rows={2}
          placeholder={t('scoring.grid.reason')}
          value={reason}
          required
          onChange={(e) => setReason(e.target.value)}
          onBlur={() => void commit()}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return;
            e.preventDefault();
            void commit();
          }}
          aria-label={t('scoring.grid.reason')}
          aria-required
          autoComplete="off"
        />
      )}
    </td>
  );
});
