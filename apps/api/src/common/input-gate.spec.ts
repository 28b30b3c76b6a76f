import { buildSchema, getOperationAST, parse } from 'graphql';
import { checkOperationInput, isCalendarDate } from './input-gate';
import { base64Length, inputLimits } from './input-limits';

const schema = buildSchema(`
  scalar JSON
  input SectionInput { path: String! title: String! body: String! }
  input PatchInput { sections: [SectionInput!] note: String }
  type Group { members(year: Int!): [String!]! }
  type Query { item(id: ID!): String  group(groupCode: String!): Group  list(keys: [String!]): String }
  type Mutation {
    update(id: ID!, patch: PatchInput!): String
    merge(successorCode: String!, from: String!): String
    publish(document: JSON!): String
    upload(contentBase64: String!, fileName: String!): String
    rename(fullName: String!, anything: String): String
  }
`);
const limits = inputLimits(1024 * 1024);
const UUID = '7c9e6679-7425-40de-944b-e07fc1f90ae7';

function problems(query: string, variables?: Record<string, unknown>) {
  const document = parse(query);
  return checkOperationInput(schema, document, getOperationAST(document)!, variables, limits);
}

describe('the input gate', () => {
  it('accepts values that fit', () => {
    expect(problems(`{ item(id: "${UUID}") }`)).toEqual([]);
    expect(problems(`mutation { merge(successorCode: "sct-kon-tum", from: "2024-02-29") }`)).toEqual([]);
  });

  it('refuses an ID that is not a UUID, naming the field', () => {
    expect(problems('{ item(id: "x") }')).toEqual([
      { path: 'item.id', message: 'Mã định danh không hợp lệ (phải là UUID).' },
    ]);
  });

  it('walks input objects and lists in variables, naming the item', () => {
    const sections = [
      { path: '1', title: 'Tổng quan', body: 'Nội dung' },
      { path: '2', title: 'x'.repeat(501), body: 'ok' },
    ];
    const found = problems('mutation($p: PatchInput!) { update(id: "' + UUID + '", patch: $p) }', {
      p: { sections },
    });
    expect(found).toEqual([
      { path: 'update.patch.sections.1.title', message: expect.stringMatching(/Tiêu đề dài quá 500/) },
    ]);
  });

  it('refuses NUL bytes and lone surrogates in any string, a paired surrogate (emoji) is fine', () => {
    expect(problems('mutation($n: String!) { rename(fullName: $n) }', { n: 'Nguyễn\0' })[0].message).toMatch(
      /NUL/,
    );
    expect(problems('mutation($n: String!) { rename(fullName: $n) }', { n: 'a\ud800b' })[0].message).toMatch(
      /Unicode/,
    );
    expect(problems('mutation($n: String!) { rename(fullName: $n) }', { n: 'a\udc00' })[0].message).toMatch(
      /Unicode/,
    );
    expect(problems('mutation($n: String!) { rename(fullName: $n) }', { n: 'Thi đua 🏆' })).toEqual([]);
  });

  it('finds each limit by name or by the last word of the name, with a default for any other string', () => {
    const long = (n: number) => 'a'.repeat(n);
    expect(problems(`mutation { rename(fullName: "${long(255)}") }`)).toEqual([]);
    expect(problems(`mutation { rename(fullName: "${long(256)}") }`)[0].message).toMatch(/^Tên dài quá 255/);
    expect(problems(`mutation { rename(fullName: "a", anything: "${long(1001)}") }`)[0].message).toMatch(
      /1000/,
    );
    expect(problems(`{ group(groupCode: "${long(65)}") { members(year: 2023) } }`)[0].path).toBe(
      'group.groupCode',
    );
  });

  it('sizes base64 content from the upload limit', () => {
    const max = base64Length(1024 * 1024);
    expect(max).toBeGreaterThanOrEqual(Math.ceil((1024 * 1024) / 3) * 4);
    const vars = (n: number) => ({ c: 'A'.repeat(n) });
    const op = 'mutation($c: String!) { upload(contentBase64: $c, fileName: "a.md") }';
    expect(problems(op, vars(max))).toEqual([]);
    expect(problems(op, vars(max + 1))[0]).toEqual({
      path: 'upload.contentBase64',
      message: 'Tệp quá lớn: tối đa 1 MB.',
    });
  });

  it('refuses impossible dates', () => {
    expect(problems('mutation { merge(successorCode: "a", from: "2023-02-30") }')[0]).toEqual({
      path: 'merge.from',
      message: 'Ngày "2023-02-30" không phải là ngày có thật dạng YYYY-MM-DD.',
    });
    expect(isCalendarDate('2023-02-28')).toBe(true);
    expect(isCalendarDate('2024-02-29')).toBe(true);
    for (const bad of [
      '2023-02-29',
      '2023-13-01',
      '2023-00-10',
      '2023-1-1',
      '20230101',
      'ngày 1',
      '0000-01-01',
    ])
      expect(isCalendarDate(bad)).toBe(false);
  });

  it('checks arguments of nested fields and of fragments, and integer ranges', () => {
    expect(problems('{ group(groupCode: "g") { members(year: 1) } }')).toEqual([
      { path: 'members.year', message: 'Năm phải từ 2000 đến 2100.' },
    ]);
    expect(problems('query { ...F } fragment F on Query { item(id: "nope") }')[0].path).toBe('item.id');
  });

  it('caps list lengths', () => {
    const keys = Array.from({ length: 501 }, (_, i) => `k${i}`);
    expect(problems('query($k: [String!]) { list(keys: $k) }', { k: keys })[0].message).toMatch(/tối đa 500/);
  });

  it('refuses a JSON document nested too deep without overflowing the stack', () => {
    let doc: unknown = { id: 'x' };
    for (let i = 0; i < 100_000; i++) doc = { criteria: [doc] };
    expect(problems('mutation($d: JSON!) { publish(document: $d) }', { d: doc })[0].message).toMatch(
      /lồng nhau quá 32/,
    );
  });

  it('refuses NUL and oversized strings inside a JSON document, and too many values', () => {
    const op = 'mutation($d: JSON!) { publish(document: $d) }';
    expect(problems(op, { d: { criteria: [{ title: 'a\0' }] } })[0].message).toMatch(/NUL/);
    expect(problems(op, { d: { ['k\ud800']: 1 } })[0].message).toMatch(/Unicode/);
    expect(problems(op, { d: { t: 'x'.repeat(10_001) } })[0].message).toMatch(/10\.000/);
    expect(problems(op, { d: Array.from({ length: 50_000 }, () => 1) })[0].message).toMatch(
      /50\.000 giá trị/,
    );
  });

  it('leaves variables of the wrong type to GraphQL', () => {
    expect(problems('query($id: ID!) { item(id: $id) }', { id: { nested: true } })).toEqual([]);
  });
});
