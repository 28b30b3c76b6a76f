// Property-based fuzzing of every operation of the built schema, as the actors of a real cluster: whatever the
// arguments, the API answers no 5xx, no INTERNAL_SERVER_ERROR, no internal text, and a refused call writes nothing.
import { GraphQLSchemaHost } from '@nestjs/graphql';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { Client } from 'pg';
import { sharedFixturePath } from '@thidua/report/testing/fixture-path';
import { createCluster, testRegulation, TestCluster } from '../support/tenants';
import { ADMIN, TestApp } from '../support/test-app';
import { FuzzCall, KnownValues, operationCalls } from './schema-arbitraries';

/** Calls per operation: a few hundred in all, well under a minute. FUZZ_RUNS=100 for a longer hunt. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 10);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const UPLOAD_MAX_BYTES = 64 * 1024;
// What would betray the implementation: a stack frame, a library's error class, PostgreSQL's own wording.
const INTERNAL_TEXT =
  /\n\s+at |\.[jt]s:\d+|node_modules|QueryFailedError|TypeError|RangeError|ReferenceError|SyntaxError|invalid input syntax|violates .* constraint|duplicate key|relation "|column "|stack depth|pg_|ECONN/;

function criterionIds(nodes: unknown): string[] {
  if (!Array.isArray(nodes)) return [];
  return nodes.flatMap((n: { id?: string; children?: unknown }) => [n.id ?? '', ...criterionIds(n.children)]);
}

/** The failing call cut to a readable size (a 1,000-item list or a 1 MB string would fill the screen). */
function shortReport<T>(out: fc.RunDetails<T>) {
  if (!out.failed) return;
  const example = JSON.stringify(out.counterexample, (_, v) =>
    typeof v === 'string' && v.length > 80
      ? `${v.slice(0, 80)}… (${v.length} chars)`
      : Array.isArray(v) && v.length > 5
        ? [...v.slice(0, 5), `… (${v.length} items)`]
        : v,
  );
  const cause = out.errorInstance instanceof Error ? out.errorInstance.message : String(out.errorInstance);
  throw new Error(
    `Replay with FUZZ_SEED=${out.seed} (path ${out.counterexamplePath})\n${example.slice(0, 3000)}\n${cause.slice(0, 3000)}`,
  );
}

describe('fuzzing every operation of the schema', () => {
  let app: TestApp;
  let cluster: TestCluster;
  let owner: Client;
  let countRows: string;
  const uploadLimit = process.env.UPLOAD_MAX_BYTES;

  beforeAll(async () => {
    process.env.UPLOAD_MAX_BYTES = String(UPLOAD_MAX_BYTES);
    app = await TestApp.start();
    cluster = await createCluster(app, { size: 3 });
    owner = new Client({ connectionString: app.ownerUrl });
    await owner.connect();
    const { rows } = await owner.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
    );
    countRows = `SELECT ${rows.map((r) => `(SELECT count(*) FROM "${r.name}")::int AS "${r.name}"`).join(', ')}`;
  });
  afterAll(async () => {
    await owner?.end();
    await app?.close();
    if (uploadLimit === undefined) delete process.env.UPLOAD_MAX_BYTES;
    else process.env.UPLOAD_MAX_BYTES = uploadLimit;
  });

  it('answers every hostile call with a client error or a result, and a refused call writes nothing', async () => {
    const [head, member] = cluster.members;
    const draft = await app.ok(
      `mutation($i: SubmissionInput!) { createSubmission(input: $i) { id } }`,
      { i: { year: cluster.year, kind: 'H1', groupCodes: [cluster.code] } },
      member.token,
    );
    const regulation = testRegulation(cluster.code, cluster.year);
    const markdown = readFileSync(sharedFixturePath('so-cong-thuong-gia-lai-2023-h1.md'));
    const known: KnownValues = {
      ids: [draft.createSubmission.id],
      codes: [cluster.code, ...cluster.members.map((m) => m.code), cluster.board.code],
      emails: [ADMIN.email, `${member.code}@test.thidua.vn`],
      criterionIds: criterionIds(regulation.criteria),
      indicatorKeys: ['industrial_output_value', 'retail_sales', 'online_dossier_rate'],
      regulation,
      reportMarkdownBase64: markdown.toString('base64'),
      uploadMaxBytes: UPLOAD_MAX_BYTES,
    };
    const tokens = [cluster.admin, head.token, member.token, cluster.board.token, undefined];
    const schema = app.api.get(GraphQLSchemaHost).schema;
    const operations = operationCalls(schema, known);
    expect(operations.map((o) => o.field)).toEqual(
      expect.arrayContaining([
        'Query.submission',
        'Query.exportSubmissionDocx',
        'Mutation.mergeOrganization',
      ]),
    );

    const counts = async () => (await owner.query(countRows)).rows[0] as Record<string, number>;
    const callsPerField = new Map<string, number>();
    const outcomes = new Map<string, number>();
    const started = Date.now();
    for (const { field, calls } of operations) {
      await fc.assert(
        fc.asyncProperty(calls, fc.constantFrom(...tokens), async (call: FuzzCall, token) => {
          const before = await counts();
          const res = await app.api.inject({
            method: 'POST',
            url: '/graphql',
            headers: {
              'content-type': 'application/json',
              ...(token ? { authorization: `Bearer ${token}` } : {}),
            },
            payload: { query: call.query, variables: call.variables },
          });
          callsPerField.set(field, (callsPerField.get(field) ?? 0) + 1);
          const what = `${field} → HTTP ${res.statusCode} ${res.body.slice(0, 1500)}`;
          expect({ what, status: res.statusCode < 500 }).toEqual({ what, status: true });
          const body = res.json() as {
            data?: Record<string, unknown> | null;
            errors?: { message: string; extensions?: { code?: string } }[];
          };
          const outcome = body.errors?.[0]?.extensions?.code ?? 'OK';
          outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
          const bad = (body.errors ?? []).filter(
            (e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR' || INTERNAL_TEXT.test(e.message),
          );
          expect({ field, bad }).toEqual({ field, bad: [] });
          if (body.errors?.length && !body.data?.[call.field]) {
            expect({ what, counts: await counts() }).toEqual({ what, counts: before });
          }
        }),
        { numRuns: RUNS, seed: SEED, endOnFailure: true, reporter: shortReport },
      );
    }
    const seconds = (Date.now() - started) / 1000;
    const total = [...callsPerField.values()].reduce((a, b) => a + b, 0);
    process.stdout.write(
      `fuzz: ${total} calls over ${callsPerField.size} operations in ${seconds.toFixed(1)} s: ${[...outcomes].map(([k, n]) => `${k} ${n}`).join(', ')}\n`,
    );
    expect(callsPerField.size).toBe(operations.length);
  }, 240_000);
});
