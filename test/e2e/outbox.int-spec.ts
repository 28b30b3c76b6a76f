import { Queue } from 'bullmq';
import { randomBytes, randomUUID } from 'node:crypto';
import { createDataSource, TenantDb } from '@thidua/db';
import { enqueueInOutbox, OutboxListener, OutboxRelay, relayMark } from '@thidua/jobs';
import { DataSource } from 'typeorm';
import { createTestDatabase } from '../support/databases';

/** Jobs reach BullMQ only from committed outbox rows, and rows for one group × period collapse. */
describe('the outbox relay', () => {
  let drop: () => Promise<void>;
  let ownerUrl: string;
  let owner: DataSource;
  let queue: Queue;
  let relay: OutboxRelay;

  beforeAll(async () => {
    const db = await createTestDatabase();
    drop = db.drop;
    ownerUrl = db.ownerUrl;
    owner = await createDataSource(db.ownerUrl, 2).initialize();
    queue = new Queue('ranking', {
      connection: { host: '127.0.0.1', port: 6379 },
      prefix: `outbox-test-${randomBytes(4).toString('hex')}`,
    });
    relay = new OutboxRelay(owner, { ranking: queue });
  });
  afterAll(async () => {
    await queue.obliterate({ force: true });
    await (await queue.getBackend().client).del(relayMark(queue));
    await queue.close();
    await owner.destroy();
    await drop();
  });

  it('enqueues nothing when the transaction that wrote the row rolls back', async () => {
    const tx = new TenantDb(owner);
    await expect(
      tx.run({ userId: null, organizationId: null }, async (em) => {
        await enqueueInOutbox(em, 'ranking', { groupId: randomUUID(), periodId: randomUUID() });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await relay.relayOnce()).toBe(0);
    expect(await queue.count()).toBe(0);
  });

  it('turns several committed rows for one group and period into one job, and marks them published', async () => {
    const pair = { groupId: randomUUID(), periodId: randomUUID() };
    const other = { groupId: randomUUID(), periodId: randomUUID() };
    await owner.transaction(async (em) => {
      await enqueueInOutbox(em, 'ranking', pair);
      await enqueueInOutbox(em, 'ranking', pair);
      await enqueueInOutbox(em, 'ranking', other);
    });
    expect(await relay.relayOnce()).toBe(3);
    const jobs = await queue.getJobs(['waiting']);
    // Both carry the pass's request number, drawn after its rows were read.
    const request = jobs[0].data.request;
    expect(request).toMatch(/^\d+$/);
    // And when the oldest change they cover was written, where the commit → snapshot latency starts.
    const [{ written }] = await owner.query(
      `SELECT min(created_at) AS written FROM outbox_event WHERE payload->>'groupId' = $1`,
      [pair.groupId],
    );
    const changedAt = (written as Date).getTime();
    expect(jobs.map((j) => j.data).sort((a, b) => a.groupId.localeCompare(b.groupId))).toEqual(
      [pair, other]
        .map((p) => ({ ...p, request, changedAt }))
        .sort((a, b) => a.groupId.localeCompare(b.groupId)),
    );
    const pending = await owner.query(
      `SELECT count(*)::int AS n FROM outbox_event WHERE published_at IS NULL`,
    );
    expect(pending[0].n).toBe(0);
    expect(await relay.relayOnce()).toBe(0);
  });

  it('keeps the rows when Redis cannot be reached, and relays them on a later pass', async () => {
    const pair = { groupId: randomUUID(), periodId: randomUUID() };
    await owner.transaction((em) => enqueueInOutbox(em, 'ranking', pair));
    // A real BullMQ queue whose connection to Redis is gone.
    const down = new Queue('ranking', {
      connection: { host: '127.0.0.1', port: 6379 },
      prefix: 'outbox-test-down',
    });
    await down.close();
    await expect(new OutboxRelay(owner, { ranking: down }).relayOnce()).rejects.toThrow();
    const pending = await owner.query(
      `SELECT count(*)::int AS n FROM outbox_event WHERE published_at IS NULL`,
    );
    expect(pending[0].n).toBe(1);
    expect(await relay.relayOnce()).toBe(1);
  });

  it("relays the last hour's rows again when Redis lost its data, once", async () => {
    await owner.query(`UPDATE outbox_event SET published_at = now() - interval '2 hours'`);
    const pair = { groupId: randomUUID(), periodId: randomUUID() };
    await owner.transaction((em) => enqueueInOutbox(em, 'ranking', pair));
    expect(await relay.relayOnce()).toBe(1);
    // Wiped: the job and the relay's mark are gone; the row published 2 hours ago is not replayed.
    await queue.obliterate({ force: true });
    await (await queue.getBackend().client).del(relayMark(queue));
    expect(await relay.relayOnce()).toBe(1);
    expect((await queue.getJobs(['waiting'])).map((j) => j.data.periodId)).toEqual([pair.periodId]);
    expect(await relay.relayOnce()).toBe(0);
  });

  it('wakes the relay when rows commit, once per transaction, and not for a rollback', async () => {
    let wakes = 0;
    let woken: () => void = () => undefined;
    const listener = new OutboxListener(
      ownerUrl,
      () => {
        wakes++;
        woken();
      },
      (error) => {
        throw error;
      },
    );
    const nextWake = () => new Promise<void>((resolve) => (woken = resolve));
    const started = nextWake();
    await listener.start();
    await started; // the wake at start, for rows committed while nobody listened
    try {
      const pair = { groupId: randomUUID(), periodId: randomUUID() };
      const committed = nextWake();
      await owner.transaction(async (em) => {
        await enqueueInOutbox(em, 'ranking', pair);
        await enqueueInOutbox(em, 'ranking', pair);
        // Not before the commit: a notification is delivered when its transaction commits.
        await new Promise((r) => setTimeout(r, 100));
        expect(wakes).toBe(1);
      });
      await committed;
      expect(wakes).toBe(2);

      await owner
        .transaction(async (em) => {
          await enqueueInOutbox(em, 'ranking', pair);
          throw new Error('rolled back');
        })
        .catch(() => undefined);
      await new Promise((r) => setTimeout(r, 200));
      expect(wakes).toBe(2);
    } finally {
      await listener.stop();
    }
    await relay.relayOnce();
  });
});
