import { Injectable } from '@nestjs/common';
import { TenantDb } from '@thidua/db';

/**
 * Appends to the hash-chained audit log inside the caller's transaction; the audit_event_chain trigger
 * computes the chain. No RETURNING: an actor may append events it could not read back.
 */
@Injectable()
export class AuditService {
  constructor(private readonly db: TenantDb) {}

  async record(action: string, entity: string, entityId: string | null, before: unknown, after: unknown) {
    const { actor, em } = this.db.current;
    await em.query(
      `INSERT INTO audit_event (user_id, organization_id, action, entity, entity_id, before, after)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [actor.userId, actor.organizationId, action, entity, entityId, json(before), json(after)],
    );
  }
}

const json = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v));
