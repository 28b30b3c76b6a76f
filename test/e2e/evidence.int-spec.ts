import { createHash } from 'node:crypto';
import { createCluster, TestCluster } from '../support/tenants';
import { TestApp } from '../support/test-app';

const ATTACH = `mutation($i: EvidenceInput!) { attachEvidence(input: $i) { id criterionId fileName contentType size sha256 } }`;
const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from('Biên bản kiểm tra 2023')]);

describe('evidence files', () => {
  let app: TestApp;
  let cluster: TestCluster;
  let submissionId: string;
  beforeAll(async () => {
    app = await TestApp.start();
    cluster = await createCluster(app, { size: 3 });
    const { createSubmission } = await app.ok(
      `mutation($g: [String!]!) { createSubmission(input: { year: 2023, kind: H1, groupCodes: $g }) { id } }`,
      { g: [cluster.code] },
      cluster.members[1].token,
    );
    submissionId = createSubmission.id;
  });
  afterAll(() => app.close());

  const attach = (token: string, extra: object = {}) =>
    app.gql(
      ATTACH,
      {
        i: {
          submissionId,
          criterionId: '1.4',
          fileName: 'bien-ban.pdf',
          contentBase64: PDF.toString('base64'),
          ...extra,
        },
      },
      token,
    );

  it('attaches a PDF to a self-scored criterion with its sha256, stored apart from the row', async () => {
    const res = await attach(cluster.members[1].token);
    expect(res.errors).toBeUndefined();
    const evidence = (
      res.data as { attachEvidence: { id: string; sha256: string; size: number; contentType: string } }
    ).attachEvidence;
    expect(evidence).toMatchObject({
      contentType: 'application/pdf',
      size: PDF.length,
      sha256: createHash('sha256').update(PDF).digest('hex'),
    });
    const { evidenceFile } = await app.ok(
      `query($id: ID!) { evidenceFile(id: $id) { contentBase64 } }`,
      { id: evidence.id },
      cluster.members[1].token,
    );
    expect(Buffer.from(evidenceFile.contentBase64, 'base64').equals(PDF)).toBe(true);
    const stored = await app.owner((db) =>
      db.query(`SELECT octet_length(content) AS n FROM evidence_content WHERE evidence_id = $1`, [
        evidence.id,
      ]),
    );
    expect(stored.rows[0].n).toBe(PDF.length);
  });

  it('refuses a file whose bytes are not what its name says, an unknown type and an unknown criterion', async () => {
    const token = cluster.members[1].token;
    expect((await attach(token, { fileName: 'anh.png' })).errors?.[0].extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    expect((await attach(token, { fileName: 'macro.exe' })).errors?.[0].extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    expect((await attach(token, { criterionId: '9.9' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it("never shows or accepts another office's evidence for a draft", async () => {
    const other = cluster.members[2].token;
    const [row] = (
      await app.owner((db) => db.query(`SELECT id FROM evidence WHERE submission_id = $1`, [submissionId]))
    ).rows;
    const read = await app.gql(
      `query($id: ID!) { evidenceFile(id: $id) { contentBase64 } }`,
      { id: row.id },
      other,
    );
    expect(read.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const write = await attach(other);
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(write.errors?.[0].extensions?.code);
    const removed = await app.gql(`mutation($id: ID!) { removeEvidence(id: $id) }`, { id: row.id }, other);
    expect(removed.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
