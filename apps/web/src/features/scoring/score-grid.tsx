// The members × criteria grid: one column per member, one row per criterion, bonus item and deduction the
// head sets. Moves and paste work as in a spreadsheet (grid-navigation.ts, paste.ts); each cell saves itself.
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import OutlinedInput from '@mui/material/OutlinedInput';
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
  type ReactNode,
  useId,
  useRef,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, parseViNumber, perItemPoints } from '../../shared/format/number';
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

export function ScoreGrid({
  caption,
  rows,
  members,
  saved,
  readOnly,
  onSave,
  memberActions,
  body = 'HEAD',
  facts = {},
  onSaveFact,
}: Props) {
  const { t } = useTranslation();
  // Two grids may share a page (the board's workspace lists one per period).
  const captionId = useId();
  const cells = rows.filter((r) => r.kind !== 'heading');
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
    drafts[cellKey(member.code, row.id)] ?? {
      text: saved[cellKey(member.code, row.id)]?.notApplicable
        ? ''
        : savedText(row, saved[cellKey(member.code, row.id)]),
      reason: saved[cellKey(member.code, row.id)]?.reason ?? '',
      na: saved[cellKey(member.code, row.id)]?.notApplicable === true,
    };
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

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>, at: CellPosition, reasonInput = false) => {
    const member = members[at.col];
    const row = cells[at.row];
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
    if (reasonInput) {
      if (e.key === 'Enter') commit(member, row);
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
        <Table size="small" stickyHeader aria-labelledby={captionId} sx={{ borderCollapse: 'separate' }}>
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
                    <TableRow>
                      <TableCell
                        component="th"
                        scope="row"
                        colSpan={members.length + 1}
                        sx={{ fontWeight: 600 }}
                      >
                        {t(`scoring.grid.section.${section}`)}
                      </TableCell>
                    </TableRow>
                  )}
                  <TableRow>
                    <TableCell component="th" scope="row" sx={{ ...stickyFirst, pl: 2 + row.depth * 2 }}>
                      <Typography variant="body2" sx={{ fontWeight: row.kind === 'heading' ? 600 : 400 }}>
                        {row.id}. {row.title}
                      </Typography>
                      {row.max !== null && (
                        <Typography variant="caption" color="text.secondary">
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
                        </Typography>
                      )}
                      <RowNotes row={row} body={body} />
                    </TableCell>
                    {row.kind === 'heading' && !row.optional
                      ? members.map((m) => <TableCell key={m.code} />)
                      : row.kind === 'fact'
                        ? members.map((m, c) => (
                            <FactCell
                              key={m.code}
                              row={row}
                              member={m}
                              saved={facts[cellKey(m.code, row.id)]}
                              readOnly={readOnly || !onSaveFact}
                              inputRef={(el) => {
                                if (el) inputs.current.set(`${r}:${c}`, el);
                                else inputs.current.delete(`${r}:${c}`);
                              }}
                              onSave={(value, reason) => onSaveFact!(m, row, value, reason)}
                            />
                          ))
                        : members.map((m, c) => (
                            <ScoreCell
                              key={m.code}
                              row={row}
                              member={m}
                              draft={draftOf(m, row)}
                              status={status[cellKey(m.code, row.id)]}
                              error={errors[cellKey(m.code, row.id)]}
                              readOnly={readOnly || !m.scorable}
                              others={othersRow(row)}
                              wasNa={saved[cellKey(m.code, row.id)]?.notApplicable === true}
                              inputRef={(el) => {
                                // An optional parent's cell has no score input: arrows skip it.
                                if (row.kind === 'heading') return;
                                if (el) inputs.current.set(`${r}:${c}`, el);
                                else inputs.current.delete(`${r}:${c}`);
                              }}
                              onChange={(patch) => edit(m, row, patch)}
                              onSaveNow={(patch) => saveNow(m, row, patch)}
                              onCommit={() => commit(m, row)}
                              onKeyDown={(e, reason) => onKeyDown(e, { row: r, col: c }, reason)}
                              onPaste={(e) => onPaste(e, { row: r, col: c })}
                            />
                          ))}
                  </TableRow>
                </Fragment>
              );
            })}
          </TableBody>
        </Table>
      </TableContainer>
    </>
  );
}

const stickyFirst = {
  position: 'sticky',
  left: 0,
  zIndex: 1,
  bgcolor: 'background.paper',
  borderRight: 1,
  borderRightColor: 'divider',
} as const;

/** What a row's header adds under format 2: who scores it, whether it may not apply, what a fact asks. */
function RowNotes({ row, body }: { row: SheetRow; body: 'HEAD' | 'BOARD' }) {
  const { t } = useTranslation();
  const notes = [
    row.kind === 'criterion' && row.by === 'BOARD' && body === 'HEAD' && t('scoring.grid.boardScores'),
    row.optional && t('scoring.grid.optionalRow'),
    row.kind === 'fact' && t('scoring.grid.factRow'),
  ].filter(Boolean);
  if (!notes.length) return null;
  return (
    <Typography variant="caption" color="text.secondary" component="div">
      {notes.join(' — ')}
    </Typography>
  );
}

interface CellProps {
  row: SheetRow;
  member: GridMember;
  draft: Draft;
  status?: Status;
  error?: string;
  readOnly: boolean;
  /** The other body scores this criterion (format 2 scoredBy): its score is shown, not edited. */
  others: boolean;
  /** The saved score marks the criterion not applicable. */
  wasNa: boolean;
  inputRef: (el: HTMLInputElement | null) => void;
  onChange: (patch: Partial<Draft>) => void;
  onSaveNow: (patch: Partial<Draft>) => void;
  onCommit: () => void;
  onKeyDown: (e: KeyboardEvent<HTMLInputElement>, reasonInput?: boolean) => void;
  onPaste: (e: ClipboardEvent<HTMLInputElement>) => void;
}

function ScoreCell({ row, member, draft, status, error, readOnly, others, wasNa, ...on }: CellProps) {
  const { t } = useTranslation();
  const label = `${member.code} ${row.id}`;
  const id = `cell-${member.code}-${row.id}`.replace(/[^\w-]/g, '_');
  const self = member.selfScores[row.id];
  const computed = COMPUTED.has(row.method) ? member.computed[row.id] : null;
  const points = draft.text.trim() === '' ? null : parseViNumber(draft.text);
  const typedPoints =
    points !== null && countsItems(row) ? perItemPoints(Number(points), row.each!, row.max) : points;
  const heading = row.kind === 'heading';
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
  return (
    <TableCell sx={{ verticalAlign: 'top' }}>
      {heading ? null : fixed ? (
        <Switch
          checked={points !== null && Number(points) !== 0}
          disabled={readOnly || others}
          inputRef={on.inputRef}
          onChange={(e) => on.onSaveNow({ text: e.target.checked ? formatNumber(row.max!) : '0' })}
          onKeyDown={(e) => on.onKeyDown(e as KeyboardEvent<HTMLInputElement>)}
          slotProps={{ input: { 'aria-label': label, 'aria-describedby': describedBy } }}
        />
      ) : (
        <OutlinedInput
          size="small"
          value={draft.na ? '' : draft.text}
          readOnly={locked}
          inputRef={on.inputRef}
          error={status === 'error'}
          onChange={(e) => on.onChange({ text: e.target.value })}
          // Going on to this cell's reason is not leaving the cell: score and reason are saved together.
          onBlur={(e) => {
            const next = e.relatedTarget?.getAttribute('data-reason-of');
            if (next !== id) on.onCommit();
          }}
          onKeyDown={(e) => on.onKeyDown(e as KeyboardEvent<HTMLInputElement>)}
          onPaste={(e) => on.onPaste(e as ClipboardEvent<HTMLInputElement>)}
          inputProps={{
            'aria-label': label,
            'aria-describedby': describedBy,
            'aria-invalid': status === 'error',
            inputMode: 'decimal',
            autoComplete: 'off',
          }}
          sx={{ width: 96, bgcolor: locked ? 'action.hover' : undefined }}
        />
      )}
      <Typography id={`${id}-info`} variant="caption" component="div" color="text.secondary">
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
            {member.figures[row.id] != null
              ? t(
                  row.indicator.field === 'percentOfPlan'
                    ? 'scoring.grid.figurePercent'
                    : 'scoring.grid.figure',
                  {
                    value: formatNumber(member.figures[row.id]!),
                  },
                )
              : t('scoring.grid.noFigure')}
            <br />
          </>
        )}
        {computed != null && t('scoring.grid.computed', { points: formatNumber(computed) })}
        {status && status !== 'error' && <> · {t(`scoring.grid.status.${status}`)}</>}
      </Typography>
      {row.optional && (
        <FormControlLabel
          sx={{ mr: 0, '& .MuiFormControlLabel-label': { fontSize: 13 } }}
          control={
            <Checkbox
              size="small"
              checked={draft.na}
              disabled={readOnly}
              // A new mark (or taking it back) gets a reason of its own.
              onChange={(e) => on.onChange({ na: e.target.checked, reason: '' })}
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
        <Typography id={`${id}-error`} variant="caption" component="div" color="error" sx={{ maxWidth: 200 }}>
          {error}
        </Typography>
      )}
      {reasonShown && (
        <OutlinedInput
          size="small"
          placeholder={t('scoring.grid.reason')}
          value={draft.reason}
          readOnly={readOnly}
          onChange={(e) => on.onChange({ reason: e.target.value })}
          onBlur={(e) => {
            if (e.relatedTarget?.getAttribute('data-reason-of') !== id) on.onCommit();
          }}
          onKeyDown={(e) => on.onKeyDown(e as KeyboardEvent<HTMLInputElement>, true)}
          inputProps={{ 'aria-label': t('scoring.grid.reason'), autoComplete: 'off', 'data-reason-of': id }}
          sx={{ mt: 0.5, width: 160, fontSize: 13 }}
        />
      )}
    </TableCell>
  );
}

/** A fact about a member (format 2): a switch, and the reason every change of it needs. */
function FactCell({
  row,
  member,
  saved,
  readOnly,
  inputRef,
  onSave,
}: {
  row: SheetRow;
  member: GridMember;
  saved?: SavedFact;
  readOnly: boolean;
  inputRef: (el: HTMLInputElement | null) => void;
  onSave: (value: boolean, reason: string) => Promise<string | null>;
}) {
  const { t } = useTranslation();
  const label = `${member.code} ${row.id}`;
  const id = `fact-${member.code}-${row.id}`.replace(/[^\w-]/g, '_');
  const current = saved?.value ?? false;
  const [value, setValue] = useState<boolean | null>(null);
  const [reason, setReason] = useState('');
  const [status, setStatus] = useState<Status | null>(null);
  const [error, setError] = useState<string | null>(null);
  const shown = value ?? current;
  const changing = value !== null && value !== current;

  const commit = async () => {
    if (!changing) return;
    if (!reason.trim()) {
      setStatus('unsaved');
      setError(t('scoring.grid.factReasonRequired'));
      return;
    }
    setStatus('saving');
    setError(null);
    const refused = await onSave(value, reason.trim());
    setStatus(refused ? 'error' : 'saved');
    setError(refused);
    if (!refused) {
      setValue(null);
      setReason('');
    }
  };
  const describedBy = [`${id}-info`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <TableCell sx={{ verticalAlign: 'top' }}>
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
      <Typography id={`${id}-info`} variant="caption" component="div" color="text.secondary">
        {t(shown ? 'scoring.grid.factYes' : 'scoring.grid.factNo')}
        {!changing && saved?.reason && ` — ${saved.reason}`}
        {status && status !== 'error' && <> · {t(`scoring.grid.status.${status}`)}</>}
      </Typography>
      {error && (
        <Typography id={`${id}-error`} variant="caption" component="div" color="error" sx={{ maxWidth: 200 }}>
          {error}
        </Typography>
      )}
      {changing && (
        <OutlinedInput
          size="small"
          placeholder={t('scoring.grid.reason')}
          value={reason}
          required
          onChange={(e) => setReason(e.target.value)}
          onBlur={() => void commit()}
          onKeyDown={(e) => {
            if (e.key === 'Enter') void commit();
          }}
          inputProps={{ 'aria-label': t('scoring.grid.reason'), 'aria-required': true, autoComplete: 'off' }}
          sx={{ mt: 0.5, width: 160, fontSize: 13 }}
        />
      )}
    </TableCell>
  );
}
