import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Client, createClient, FormattedExecutionResult } from 'graphql-ws';
import { AddressInfo } from 'node:net';
import WebSocket from 'ws';
import { createApi } from '../../apps/api/src/bootstrap';
import { createCluster, setScore, TestCluster } from '../support/tenants';
import { TestApp } from '../support/test-app';

// Live updates (issue 12.3): subscriptions over WebSocket with the same token, the tenant rules applied to
// every event, delivered by whichever API process the subscriber is connected to.
const RANKING = `subscription($g: String!) { rankingChanged(groupCode: $g, year: 2023, kind: H1) { version published } }`;
const NOTIFICATION = `subscription { notificationAdded { kind groupCode reason } }`;
const SUBMISSION = `subscription { mySubmissionChanged { id state } }`;

type Result = FormattedExecutionResult<Record<string, unknown>, unknown>;

/** A subscription's results as they come, and its end (an error or completion). */
class Follower {
  readonly results: Result[] = [];
  error: unknown = null;
  completed = false;
  readonly stop: () => void;

  constructor(client: Client, query: string, variables: Record<string, unknown> = {}) {
    this.stop = client.subscribe<Record<string, unknown>>(
      { query, variables },
      {
        next: (r) => this.results.push(r),
        error: (e) => (this.error = e),
        complete: () => (this.completed = true),
      },
    );
  }
}

describe('live updates over WebSocket', () => {
  let app: TestApp;
  let second: NestFastifyApplication;
  let cluster: TestCluster;
  const urls: string[] = [];
  const clients: Client[] = [];

  const connect = (token: string | null, url = urls[0]) => {
    const client = createClient({
      url,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      lazy: false,
      connectionParams: token ? { authorization: `Bearer ${token}` } : {},
      onNonLazyError: () => undefined,
    });
    clients.push(client);
    return client;
  };
  const quietly = (ms = 400) => new Promise((r) => setTimeout(r, ms));

  beforeAll(async () => {
    app = await TestApp.start({ worker: true });
    // A second API process on the same database: an event written through one reaches the other's subscribers.
    second = await createApi();
    for (const api of [app.api, second]) {
      await api.listen(0, '127.0.0.1');
      urls.push(`ws://127.0.0.1:${(api.getHttpServer().address() as AddressInfo).port}/graphql`);
    }
    cluster = await createCluster(app, { size: 3 });
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await second.close();
    await app.close();
  });

  it('tells the head of every new ranking, members only of its publication, on either API process', async () => {
    const [head, b] = cluster.members;
    const headFollows = new Follower(connect(head.token, urls[1]), RANKING, { g: cluster.code });
    const memberFollows = new Follower(connect(b.token), RANKING, { g: cluster.code });
    await quietly();
    await setScore(app, cluster, head.token, b.code, '3', '15');
    await app.waitFor(async () => headFollows.results.length > 0);
    expect(headFollows.results.at(-1)).toEqual({
      data: { rankingChanged: { version: expect.any(Number), published: false } },
    });
    await quietly();
    expect(memberFollows.results).toEqual([]);

    await app.waitFor(async () => {
      const r = await app.gql(
        `mutation($g: String!) { publishRanking(groupCode: $g, year: 2023, kind: H1) { id } }`,
        { g: cluster.code },
        head.token,
      );
      return !r.errors;
    });
    await app.waitFor(async () => memberFollows.results.length > 0);
    expect(memberFollows.results[0]).toEqual({
      data: { rankingChanged: { version: expect.any(Number), published: true } },
    });
    headFollows.stop();
    memberFollows.stop();
  });

  it('refuses a ranking to an organization outside the group, typed as over HTTP', async () => {
    const outsider = await createCluster(app, { size: 2 });
    const follower = new Follower(connect(outsider.members[1].token), RANKING, { g: cluster.code });
    await app.waitFor(async () => follower.completed);
    expect(follower.results).toEqual([
      { errors: [expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) })] },
    ]);
    expect(JSON.stringify(follower.results)).not.toMatch(/ at |Error:|stack/);
  });

  it('brings a member its own notifications and report changes, and nobody else’s', async () => {
    const [head, b, c] = cluster.members;
    const ofB = new Follower(connect(b.token, urls[1]), NOTIFICATION);
    const reportsOfB = new Follower(connect(b.token), SUBMISSION);
    const ofC = new Follower(connect(c.token), NOTIFICATION);
    await quietly();
    const { createSubmission } = await app.ok(
      `mutation($g: [String!]!) { createSubmission(input: { year: 2023, kind: FY, groupCodes: $g }) { id version } }`,
      { g: [cluster.code] },
      b.token,
    );
    await app.ok(
      `mutation($id: ID!) { submitSubmission(id: $id) { id } }`,
      { id: createSubmission.id },
      b.token,
    );
    await app.ok(
      `mutation($id: ID!, $g: String!) { returnSubmission(id: $id, groupCode: $g, reason: "Thiếu biểu số liệu") { id } }`,
      { id: createSubmission.id, g: cluster.code },
      head.token,
    );
    await app.waitFor(async () => ofB.results.length > 0 && reportsOfB.results.length > 1);
    expect(ofB.results).toEqual([
      {
        data: {
          notificationAdded: {
            kind: 'REPORT_RETURNED',
            groupCode: cluster.code,
            reason: 'Thiếu biểu số liệu',
          },
        },
      },
    ]);
    expect(reportsOfB.results.map((r) => r.data?.mySubmissionChanged)).toEqual([
      { id: createSubmission.id, state: 'SUBMITTED' },
      { id: createSubmission.id, state: 'RETURNED' },
    ]);
    await quietly();
    expect(ofC.results).toEqual([]);
  });

  it('ends a subscription whose session was signed out, at its next event', async () => {
    const [head, , c] = cluster.members;
    const token = await app.login(`${c.code}@test.thidua.vn`, 'ThiDua@Test1');
    const follower = new Follower(connect(token), NOTIFICATION);
    await quietly();
    await app.ok(`mutation { logout }`, {}, token);
    await app.ok(
      `mutation($g: String!, $d: DateTime!) { publishCovenant(groupCode: $g, year: 2023, commitments: [{ text: "Thử" }], registrationDeadline: $d) { id } }`,
      { g: cluster.code, d: new Date(Date.now() + 30 * 86_400_000).toISOString() },
      head.token,
    );
    await app.waitFor(async () => follower.completed);
    expect(follower.results).toEqual([
      {
        data: null,
        errors: [
          expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) }),
        ],
      },
    ]);
  });

  it('refuses a connection without a valid token, and anything but a subscription', async () => {
    const closed = await new Promise<number>((resolve) => {
      const client = createClient({
        url: urls[0],
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        lazy: false,
        connectionParams: { authorization: 'Bearer not-a-token' },
        onNonLazyError: (e) => resolve((e as { code: number }).code),
      });
      clients.push(client);
    });
    expect(closed).toBe(4403);
    const query = new Follower(connect(cluster.members[1].token), `{ me { id } }`);
    await app.waitFor(async () => query.error !== null);
    expect(query.error).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('chỉ dùng để theo dõi thay đổi'),
        extensions: expect.objectContaining({ code: 'BAD_REQUEST' }),
      }),
    ]);
  });
});
