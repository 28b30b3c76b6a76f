import { readFileSync } from 'node:fs';
import { sharedFixturePath } from '@thidua/report/testing/fixture-path';
import { createCluster, TestCluster } from '../support/tenants';
import { TestApp } from '../support/test-app';

const IMPORT = `mutation($i: ImportReportInput!) { importReport(input: $i) {
  id version state sections { path title } indicators { key value unit percentOfPlan changeVsSamePeriodPercent qualifier source confirmed } } }`;
const FIXTURE = 'so-cong-thuong-gia-lai-2023-h1';

const base64 = (file: string) => readFileSync(sharedFixturePath(file)).toString('base64');
type Indicator = {
  key: string;
  value: string | null;
  unit: string | null;
  percentOfPlan: string | null;
  changeVsSamePeriodPercent: string | null;
  qualifier: string | null;
  source: string;
  confirmed: boolean;
};

describe('importing a report the member already wrote', () => {
  let app: TestApp;
  let cluster: TestCluster;
  beforeAll(async () => {
    app = await TestApp.start();
    cluster = await createCluster(app, { size: 2 });
  });
  afterAll(() => app.close());

  const importAs = (token: string, fileName: string, contentBase64: string, extra: object = {}) =>
    app.gql(
      IMPORT,
      { i: { fileName, contentBase64, year: 2023, kind: 'H1', groupCodes: [cluster.code], ...extra } },
      token,
    );

  it.each([`${FIXTURE}.md`, `${FIXTURE}.docx`])(
    'fills a draft from %s with its sections and unconfirmed figures',
    async (file) => {
      const member = cluster.members[file.endsWith('.md') ? 0 : 1];
      const res = await importAs(member.token, file, base64(file));
      expect(res.errors).toBeUndefined();
      const s = (
        res.data as { importReport: { state: string; sections: { path: string }[]; indicators: Indicator[] } }
      ).importReport;
      expect(s.state).toBe('DRAFT');
      expect(s.sections.map((x) => x.path)).toEqual(
        expect.arrayContaining(['P1', 'P1.I', 'P1.II', 'P1.III', 'P1.IV', 'P1.V', 'P2']),
      );
      const byKey = Object.fromEntries(s.indicators.map((i) => [i.key, i]));
      expect(byKey.industrial_output_value).toMatchObject({
        value: '14103.4',
        unit: 'tỷ đồng',
        percentOfPlan: '44.6',
        changeVsSamePeriodPercent: '14.9',
        confirmed: false,
      });
      expect(byKey.retail_sales).toMatchObject({
        value: '46828',
        percentOfPlan: '43.36',
        changeVsSamePeriodPercent: '28.32',
      });
      expect(byKey.export_value).toMatchObject({
        value: '420',
        unit: 'triệu USD',
        percentOfPlan: '61.67',
        changeVsSamePeriodPercent: '0',
      });
      expect(byKey.import_value).toMatchObject({
        value: '59',
        percentOfPlan: '53.6',
        changeVsSamePeriodPercent: '-32',
      });
      expect(byKey.online_dossier_rate).toMatchObject({ value: '98', qualifier: 'hơn' });
      expect(byKey.industrial_output_value.source).toContain('14.103,4 tỷ đồng');

      // Not submittable until the member confirms what was read.
      const submit = await app.gql(
        `mutation($id: ID!) { submitSubmission(id: $id) { state } }`,
        { id: (res.data as { importReport: { id: string } }).importReport.id },
        member.token,
      );
      expect(submit.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    },
  );

  it('lets the member confirm the figures, then submit', async () => {
    const { mySubmissions } = await app.ok(
      `{ mySubmissions(year: 2023) { id version indicators { key } } }`,
      {},
      cluster.members[0].token,
    );
    const [s] = mySubmissions;
    const { confirmIndicators } = await app.ok(
      `mutation($id: ID!, $v: Int!, $k: [String!]!) { confirmIndicators(id: $id, version: $v, keys: $k) { version indicators { confirmed } } }`,
      { id: s.id, v: s.version, k: s.indicators.map((i: { key: string }) => i.key) },
      cluster.members[0].token,
    );
    expect(confirmIndicators.indicators.every((i: { confirmed: boolean }) => i.confirmed)).toBe(true);
    const { submitSubmission } = await app.ok(
      `mutation($id: ID!) { submitSubmission(id: $id) { state } }`,
      { id: s.id },
      cluster.members[0].token,
    );
    expect(submitSubmission.state).toBe('SUBMITTED');
  });

  it('refuses an unsupported type, a fake .docx and an oversized file, writing nothing', async () => {
    const [, member] = cluster.members;
    const before = await app.owner((db) => db.query(`SELECT count(*)::int AS n FROM submission`));
    const pdf = await importAs(member.token, 'bao-cao.pdf', Buffer.from('%PDF-1.7').toString('base64'));
    expect(pdf.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    const fake = await importAs(
      member.token,
      'bao-cao.docx',
      Buffer.from('not a zip at all').toString('base64'),
    );
    expect(fake.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const huge = await importAs(
      member.token,
      'bao-cao.md',
      Buffer.alloc(10.5 * 1024 * 1024, 0x61).toString('base64'),
    );
    expect(huge.errors?.[0].message).toMatch(/quá lớn/);
    const after = await app.owner((db) => db.query(`SELECT count(*)::int AS n FROM submission`));
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });
});
