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

interface RegistrationDeadline {
  covenant_id: string;
  group_id: string;
  group_code: string;
  group_name: string;
  year: number;
  deadline: Date;
}

/**
 * The scheduler's reminders (issue 12.4): to each member that has not yet submitted its report for a period
 * (or registered its titles), before the deadline and at it, as notifications. Each reminder reaches a
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
  const covenants: RegistrationDeadline[] = await em.query(
    `SELECT c.id AS covenant_id, g.id AS group_id, g.code AS group_code, g.name AS group_name, c.year,
            c.registration_deadline AS deadline
       FROM covenant c JOIN emulation_group g ON g.id = c.group_id
      WHERE ${within('c.registration_deadline')}`,
  );
  for (const c of covenants) {
    const due = dueReminder(c.deadline, now);
    if (!due) continue;
    sent += await notify(
      em,
      'REGISTRATION_DUE',
      c.group_id,
      c.year,
      `registration-due:${c.covenant_id}:${due.offset}`,
      { ...groupParams(c), deadline: c.deadline.toISOString(), ...due },
      `AND NOT EXISTS (SELECT 1 FROM title_registration t
                        WHERE t.group_id = m.group_id AND t.year = m.year AND t.member_id = m.organization_id)`,
    );
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
