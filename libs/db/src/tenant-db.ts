import { AsyncLocalStorage } from 'node:async_hooks';
import { DataSource, EntityManager } from 'typeorm';

/** Who is acting: row-level-security policies read these two settings. */
export interface Actor {
  userId: string | null;
  organizationId: string | null;
}

export interface TxStore {
  actor: Actor;
  em: EntityManager;
}

/**
 * Runs work in one transaction that first sets app.org_id / app.user_id (SET LOCAL semantics), so every
 * query inside is filtered by row-level security. Nested calls join the open transaction.
 */
export class TenantDb {
  private readonly store = new AsyncLocalStorage<TxStore>();

  constructor(readonly dataSource: DataSource) {}

  async run<T>(actor: Actor, work: (em: EntityManager) => Promise<T>): Promise<T> {
    const open = this.store.getStore();
    if (open) {
      if (open.actor.organizationId !== actor.organizationId || open.actor.userId !== actor.userId) {
        throw new Error('A transaction for one actor cannot be joined by another');
      }
      return work(open.em);
    }
    return this.dataSource.transaction(async (em) => {
      await em.query(`SELECT set_config('app.org_id', $1, true), set_config('app.user_id', $2, true)`, [
        actor.organizationId ?? '',
        actor.userId ?? '',
      ]);
      return this.store.run({ actor, em }, () => work(em));
    });
  }

  /** The open transaction; repositories use it so they can never run outside a tenant. */
  get current(): TxStore {
    const open = this.store.getStore();
    if (!open) throw new Error('No tenant transaction is open: wrap the call in TenantDb.run');
    return open;
  }

  get em(): EntityManager {
    return this.current.em;
  }
}
