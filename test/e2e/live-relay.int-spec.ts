import { createCluster, setScore } from '../support/tenants';
import { TestApp } from '../support/test-app';

const RANKING = `query($g: String!) { ranking(groupCode: $g, year: 2023, kind: H1) { version entries { organization { code } total } } }`;

/** Issue 12.1: a committed change reaches the worker by notification, not by the relay's next poll. */
describe('the notified outbox relay', () => {
  let app: TestApp;
  // Polling once a minute: a ranking updated within seconds was woken by the notification.
  beforeAll(async () => {
    app = await TestApp.start({ worker: true, outboxPollMs: 60_000 });
  });
  afterAll(() => app.close());

  it("recomputes the ranking within seconds of a head's score, with polling a minute apart", async () => {
    const c = await createCluster(app, { size: 2 });
    const [head, member] = c.members;
    await setScore(app, c, head.token, member.code, '3', '15');
    const total = await app.waitFor(async () => {
      const { ranking } = await app.ok(RANKING, { g: c.code }, head.token);
      const entry = ranking?.entries.find(
        (e: { organization: { code: string } }) => e.organization.code === member.code,
      );
      return entry?.total === '15' && entry.total;
    }, 10_000);
    expect(total).toBe('15');
  });
});
