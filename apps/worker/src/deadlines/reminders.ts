import { EntityManager } from 'typeorm';
import { DEFAULT_REMIND_DAYS_BEFORE, dueReminder } from './reminder-schedule';

/** Deadlines the sweep looks at: up to the longest reminder a regulation may set, and a day after. */
const within = (deadline: string) =>
  `${deadline} > now() - interval '1 day' AND ${deadline} < now() + interval '61 days'`;

interface ReportDeadline {
  period_id: string;
  group_id: string;
  group_code: string;
  group_name: string;
  year: number;
  kind: 'H1' | 'FY';
  deadline: Date;
  remind: number[] | null;
}

/** A deadline of the year other than a report's: one row per thing that has it (a covenant, a window…). */
interface OtherDeadline {
  id: string;
  group_id: string;
  group_code: string;
  group_name: string;
  year: number;
  kind?: 'H1' | 'FY';
  deadline: Date;
}

/**
 * The year's other deadlines, each with who still has to act by it (members of the group's year, `m`):
 * registering the titles aimed for, explaining a score (members that have not explained yet; the head does
 * not explain its own scores), completing the award dossiers (the member without its achievement report, and
 * the head while a dossier waits to be submitted). `$6` is the row's id.
 */
const OTHER_DEADLINES: { kind: string; rows: string; unless: string }[] = [
  {
    kind: 'REGISTRATION_DUE',
    rows: `SELECT c.id, c.group_id, c.year, c.registration_deadline AS deadline FROM covenant c
            WHERE ${within('c.registration_deadline')}`,
    unless: `AND NOT EXISTS (SELECT 1 FROM title_registration t JOIN covenant c ON c.id = $6
                              WHERE t.group_id = c.group_id AND t.year = c.year AND t.member_id = m.organization_id)`,
  },
  {
    kind: 'EXPLANATION_DUE',
    rows: `SELECT w.id, w.group_id, w.year, w.kind, w.deadline FROM explanation_window w
            WHERE w.closed_at IS NULL AND ${within('w.deadline')}`,
    unless: `AND m.role <> 'HEAD'
             AND NOT EXISTS (SELECT 1 FROM explanation e WHERE e.window_id = $6 AND e.member_id = m.organization_id)`,
  },
  {
    kind: 'DOSSIER_DUE',
    rows: `SELECT d.period_id AS id, d.group_id, d.year, d.kind, min(d.deadline) AS deadline FROM dossier d
            WHERE d.state IN ('DRAFT', 'RETURNED') AND ${within('d.deadline')}
            GROUP BY d.period_id, d.group_id, d.year, d.kind`,
    unless: `AND EXISTS (SELECT 1 FROM dossier d WHERE d.period_id = $6 AND d.state IN ('DRAFT', 'RETURNED')
                           AND (m.role = 'HEAD' OR (d.member_id = m.organization_id
                                AND NOT EXISTS (SELECT 1 FROM achievement_report r WHERE r.dossier_id = d.id))))`,
  },
];

/**
 * The scheduler's reminders (issue 12.4): to each member that has not yet submitted its report for a period
 * (or done what another deadline of the year asks), before the deadline and at it, as notifications. Each reminder reaches a
 * member once: its key names the deadline and the reminder, so the sweep can run as often as it likes.
 */
export async function sendReminders(em: EntityManager, now: Date): Promise<number> {
  let sent = 0;
  const periods: ReportDeadline[] = await em.query(
    `SELECT p.id AS period_id, g.id AS group_id, g.code AS group_code, g.name AS group_name, p.year, p.kind, p.deadline,
            (SELECT rp->'remindDaysBefore' FROM jsonb_array_elements(r.document->'periods') rp WHERE rp->>'kind' = p.kind) AS remind
       FROM period p JOIN emulation_group g ON g.id = p.group_id JOIN regulation r ON r.id = p.regulation_id
      WHERE p.state IN ('OPEN', 'SCORING') AND ${within('p.deadline')}`,
  );
  for (const p of periods) {
    const due = dueReminder(p.deadline, now, p.remind ?? DEFAULT_REMIND_DAYS_BEFORE);
    if (!due) continue;
    const params = { ...groupParams(p), periodKind: p.kind, deadline: p.deadline.toISOString(), ...due };
    sent += await notify(
      em,
      'REPORT_DUE',
      p.group_id,
      p.year,
      `report-due:${p.period_id}:${due.offset}`,
      params,
      `AND NOT EXISTS (SELECT 1 FROM submission s JOIN submission_group sg ON sg.submission_id = s.id
                        WHERE s.organization_id = m.organization_id AND s.year = m.year AND s.kind = $6
                          AND sg.group_id = m.group_id AND s.state IN ('SUBMITTED', 'ACCEPTED'))`,
      [p.kind],
    );
  }
  for (const other of OTHER_DEADLINES) {
    const rows: OtherDeadline[] = await em.query(
      `SELECT x.*, g.code AS group_code, g.name AS group_name FROM (${other.rows}) x JOIN emulation_group g ON g.id = x.group_id`,
    );
    for (const row of rows) {
      const due = dueReminder(row.deadline, now);
      if (!due) continue;
      const params = {
        ...groupParams(row),
        periodKind: row.kind,
        deadline: row.deadline.toISOString(),
        ...due,
      };
      const key = `${other.kind.toLowerCase()}:${row.id}:${due.offset}`;
      sent += await notify(em, other.kind, row.group_id, row.year, key, params, other.unless, [row.id]);
    }
  }
  return sent;
}

function groupParams(d: { group_code: string; group_name: string; year: number }) {
  return { groupCode: d.group_code, groupName: d.group_name, year: d.year };
}

/** One notification per member of the group's year that `unless` leaves ($6… are `extra`), once per key. */
async function notify(
  em: EntityManager,
  kind: string,
  groupId: string,
  year: number,
  key: string,
  params: Record<string, unknown>,
  unless: string,
  extra: unknown[] = [],
): Promise<number> {
  const rows: unknown[] = await em.query(
    `INSERT INTO notification (organization_id, kind, group_id, params, dedupe_key)
     SELECT m.organization_id, $1, m.group_id, $4::jsonb, $5 FROM membership m
      WHERE m.group_id = $2 AND m.year = $3 ${unless}
     ON CONFLICT (organization_id, dedupe_key) DO NOTHING RETURNING id`,
    [kind, groupId, year, JSON.stringify(params), key, ...extra],
  );
  return rows.length;
}
