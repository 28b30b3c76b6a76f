import { Injectable } from '@nestjs/common';
import { TenantDb } from '@thidua/db';
import { auditDiff } from '../audit/audit-diff';

/** The ranking an event is about: its trail (auditTrail) lists the event. */
export interface AuditScope {
  groupId: string;
  year: number;
  kind: string;
}

export interface AuditOptions {
  scope?: AuditScope;
  /** Fields stored even when unchanged, because they say what changed (a score's member and criterion). */
  keep?: readonly string[];
}

/**
 * Appends to the hash-chained audit log inside the caller's transaction; the audit_event_chain trigger gives
 * the sequence and computes the chain. An update stores what changed (bounded), not both documents. No
 * RETURNING: an actor may append events it could not read back.
 */
@Injectable()
export class AuditService {
  constructor(private readonly db: TenantDb) {}

  async record(
    action: string,
    entity: string,
    entityId: string | null,
    before: unknown,
    after: unknown,
    options: AuditOptions = {},
  ) {
    const { actor, em } = this.db.current;
    const diff = auditDiff(before, after, options.keep);
    const { scope } = options;
    await em.query(
      `INSERT INTO audit_event (user_id, organization_id, action, entity, entity_id, before, after, group_id, year, period_kind)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        actor.userId,
        actor.organizationId,
        action,
        entity,
        entityId,
        json(diff.before),
        json(diff.after),
        scope?.groupId ?? null,
        scope?.year ?? null,
        scope?.kind ?? null,
      ],
    );
  }
}

const json = (v: unknown) => (v === null ? null : JSON.stringify(v));
