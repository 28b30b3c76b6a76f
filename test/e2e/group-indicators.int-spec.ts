// A group's own indicators (issue 10, point 4; REGULATION.md format 2 `indicators`): members enter them like any
// other figure, the importer fills them from the sentence that names them, and a key no group declared is refused.
// Needs the engine's format 2 schema (libs/scoring) to publish a regulation with `indicators`.
import { createCluster, TestCluster, testRegulation } from '../support/tenants';
import { TestApp } from '../support/test-app';

const DECLARED = [
  { key: 'cases_resolved', label: 'Tỷ lệ việc giải quyết so với chỉ tiêu', unit: '%' },
  { key: 'on_time_rate', label: 'Tỷ lệ văn bản thẩm định đúng tiến độ', unit: '%' },
];
const withIndicators = (code: string, year: number) => ({
  ...testRegulation(code, year),
  format: 2,
  indicators: DECLARED,
});

const SENTENCE = 'Tỷ lệ văn bản thẩm định đúng tiến độ đạt 96,5%, tăng 2,1% so với cùng kỳ.';
const REPORT = [
  '**BÁO CÁO**',
  '**Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023**',
  '**I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ**',
  `Giá trị sản xuất công nghiệp ước đạt 14.103,4 tỷ đồng. ${SENTENCE}`,
].join('\n\n');

const FIELDS = 'key label value unit changeVsSamePeriodPercent source confirmed';
const IMPORT = `mutation($i: ImportReportInput!) { importReport(input: $i) { id version indicators { ${FIELDS} } } }`;
const UPDATE = `mutation($id: ID!, $p: SubmissionPatch!) { updateSubmission(id: $id, patch: $p) { id version state indicators { ${FIELDS} } } }`;
const CREATE = `mutation($i: SubmissionInput!) { createSubmission(input: $i) { id version } }`;

interface Figure {
  key: string;
  label: string;
  value: string | null;
  unit: string | null;
  changeVsSamePeriodPercent: string | null;
  source: string | null;
  confirmed: boolean;
}

describe("a group's own indicators", () => {
  let app: TestApp;
  let declaring: TestCluster;
  let plain: TestCluster;
  beforeAll(async () => {
    app = await TestApp.start();
    declaring = await createCluster(app, { size: 2, regulation: withIndicators });
    plain = await createCluster(app, { size: 2 });
  });
  afterAll(() => app.close());

  it('fills a declared indicator from the sentence naming it; the member confirms, corrects, saves and submits', async () => {
    const member = declaring.members[1];
    const { importReport } = await app.ok<{
      importReport: { id: string; version: number; indicators: Figure[] };
    }>(
      IMPORT,
      {
        i: {
          fileName: 'bao-cao.md',
          contentBase64: Buffer.from(REPORT).toString('base64'),
          year: 2023,
          kind: 'H1',
          groupCodes: [declaring.code],
        },
      },
      member.token,
    );
    const byKey = Object.fromEntries(importReport.indicators.map((i) => [i.key, i]));
    expect(byKey.on_time_rate).toEqual({
      key: 'on_time_rate',
      label: 'Tỷ lệ văn bản thẩm định đúng tiến độ',
      value: '96.5',
      unit: '%',
      changeVsSamePeriodPercent: '2.1',
      source: expect.stringContaining(SENTENCE),
      confirmed: false,
    });
    expect(byKey.industrial_output_value).toMatchObject({ value: '14103.4', confirmed: false });

    // As the report form saves: every figure, the declared one corrected (a changed figure counts as confirmed).
    const { updateSubmission } = await app.ok<{
      updateSubmission: { version: number; indicators: Figure[] };
    }>(
      UPDATE,
      {
        id: importReport.id,
        p: {
          version: importReport.version,
          indicators: importReport.indicators.map(({ confirmed, ...i }) =>
            i.key === 'on_time_rate' ? { ...i, value: '97.25', confirmed: true } : { ...i, confirmed },
          ),
        },
      },
      member.token,
    );
    expect(updateSubmission.indicators.find((i) => i.key === 'on_time_rate')).toMatchObject({
      value: '97.25',
      unit: '%',
      confirmed: true,
    });
    const { confirmIndicators } = await app.ok(
      `mutation($id: ID!, $v: Int!, $k: [String!]!) { confirmIndicators(id: $id, version: $v, keys: $k) { version } }`,
      { id: importReport.id, v: updateSubmission.version, k: ['industrial_output_value'] },
      member.token,
    );
    expect(confirmIndicators.version).toBe(updateSubmission.version + 1);
    const { submitSubmission } = await app.ok(
      `mutation($id: ID!) { submitSubmission(id: $id) { state indicators { key value confirmed } } }`,
      { id: importReport.id },
      member.token,
    );
    expect(submitSubmission.state).toBe('SUBMITTED');
    expect(submitSubmission.indicators).toContainEqual({
      key: 'on_time_rate',
      value: '97.25',
      confirmed: true,
    });
  });

  it('refuses, naming it, a key no regulation of the report’s groups declares', async () => {
    const member = declaring.members[0];
    const { createSubmission } = await app.ok(
      CREATE,
      { i: { year: 2023, kind: 'FY', groupCodes: [declaring.code] } },
      member.token,
    );
    const typed = (key: string) => ({ key, label: 'Doanh thu du lịch', value: '950', unit: 'tỷ đồng' });
    const refused = await app.gql(
      UPDATE,
      {
        id: createSubmission.id,
        p: { version: createSubmission.version, indicators: [typed('tourism_revenue')] },
      },
      member.token,
    );
    expect(refused.errors?.[0]).toMatchObject({
      message: expect.stringContaining('"tourism_revenue"'),
      extensions: {
        code: 'BAD_USER_INPUT',
        problems: [{ path: 'indicators[0].key', message: expect.stringContaining('"tourism_revenue"') }],
      },
    });
    // Typed by hand, a declared one and a common one are accepted.
    const { updateSubmission } = await app.ok(
      UPDATE,
      {
        id: createSubmission.id,
        p: {
          version: createSubmission.version,
          indicators: [
            { key: 'cases_resolved', label: DECLARED[0].label, unit: '%', percentOfPlan: '112.5' },
            { key: 'retail_sales', label: 'Tổng mức bán lẻ', value: '46828', unit: 'tỷ đồng' },
          ],
        },
      },
      member.token,
    );
    expect(updateSubmission.indicators.map((i: Figure) => i.key)).toEqual(['cases_resolved', 'retail_sales']);
  });

  it('accepts a declared key only in a report addressed to a group whose regulation declares it', async () => {
    // The plain cluster's member also belongs to the declaring cluster this year.
    const member = plain.members[1];
    await app.ok(
      `mutation($g: String!, $o: String!) { setMembership(groupCode: $g, year: 2023, organizationCode: $o, role: MEMBER) { role } }`,
      { g: declaring.code, o: member.code },
      declaring.admin,
    );
    const figure = { key: 'on_time_rate', label: DECLARED[1].label, value: '90', unit: '%' };
    const onlyPlain = await app.ok(
      CREATE,
      { i: { year: 2023, kind: 'H1', groupCodes: [plain.code] } },
      member.token,
    );
    const refused = await app.gql(
      UPDATE,
      { id: onlyPlain.createSubmission.id, p: { version: 1, indicators: [figure] } },
      member.token,
    );
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].message).toContain('"on_time_rate"');

    const both = await app.ok(
      CREATE,
      { i: { year: 2023, kind: 'FY', groupCodes: [plain.code, declaring.code] } },
      member.token,
    );
    const { updateSubmission } = await app.ok(
      UPDATE,
      { id: both.createSubmission.id, p: { version: 1, indicators: [figure] } },
      member.token,
    );
    expect(updateSubmission.indicators).toEqual([
      expect.objectContaining({ key: 'on_time_rate', value: '90' }),
    ]);
  });
});
