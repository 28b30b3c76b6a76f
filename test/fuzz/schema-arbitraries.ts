// Hostile argument values for every operation of the schema, generated from its types (and, for strings, from
// what the argument's name says it holds), so a new operation or argument is fuzzed without editing this file.
import fc from 'fast-check';
import {
  getNamedType,
  GraphQLField,
  GraphQLInputType,
  GraphQLObjectType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';

/** Real values of the test's tenants, so that some calls get past lookups and reach the deeper code. */
export interface KnownValues {
  ids: string[];
  codes: string[];
  emails: string[];
  criterionIds: string[];
  indicatorKeys: string[];
  regulation: Record<string, unknown>;
  /** Base64 of a real report file, and the largest upload the app accepts. */
  reportMarkdownBase64: string;
  uploadMaxBytes: number;
}

export interface FuzzCall {
  field: string;
  query: string;
  variables: Record<string, unknown>;
}

const MB = 1024 * 1024;
const HOSTILE_STRINGS = [
  '',
  ' ',
  ' '.repeat(100_000),
  'x'.repeat(MB),
  'a\u0000b',
  '\u0000',
  'a\ud800',
  '\udfff b',
  'Thi đua 🏆',
  '\u202egnp.exe',
  '\ufeffBOM',
  '../../etc/passwd',
  "'; DROP TABLE organization; --",
  '<script>alert(1)</script>',
  '%s%n%x',
  '2023-02-30',
  '2023-13-01',
  '31/12/2023',
  '-1',
  '1e400',
  '\n\t\r',
  'ＡＢＣ',
];
const DATES = [
  '2023-02-28',
  '2024-02-29',
  '2023-02-30',
  '2023-13-45',
  '0000-00-00',
  '2023-1-1',
  'hôm nay',
  '9999-12-31',
];
const DECIMALS: unknown[] = [
  '0',
  '12.5',
  '-5',
  '-0.0001',
  '1000000',
  '9'.repeat(200_000),
  `1.${'1'.repeat(30)}`,
  '1e5',
  '1E-7',
  1e-7,
  1e21,
  0.1 + 0.2,
  'abc',
  '1,5',
  ' 2 ',
  '',
  '999999999999999999.9999999999',
];
const FILE_NAMES = [
  'bao-cao.md',
  'bao-cao.docx',
  'x.pdf',
  'anh.png',
  '',
  '../x.md',
  'a\u0000.md',
  `${'x'.repeat(300)}.md`,
  'khong-duoi',
];
const WRONG_TYPED: unknown[] = [5, 1.5, 2 ** 40, 'abc', true, {}, [], { nested: { deep: [1] } }];

const hostileString = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => `x${String.fromCharCode(c)}y`),
  },
);

/** A regulation document gone wrong in one of the ways people and attackers send. */
function invalidRegulations(valid: Record<string, unknown>): fc.Arbitrary<unknown> {
  let deep: unknown = { id: 'x', title: 't', max: 1 };
  for (let i = 0; i < 1000; i++) deep = { id: `c${i}`, title: 't', max: 1, children: [deep] };
  return fc.oneof(
    fc.constantFrom<unknown>(
      {},
      [],
      'quy chế',
      42,
      { ...valid, criteria: [deep] },
      { ...valid, criteria: 'none' },
      { ...valid, title: 'a\u0000' },
      { ...valid, title: 'x'.repeat(MB) },
      { ...valid, year: 1e21 },
      { ...valid, scoring: { final: 'HEAD', precision: 30 } },
      { ...valid, criteria: [{ id: '1', title: 'T', max: -5, method: { type: 'manual' } }] },
      {
        ...valid,
        criteria: [{ id: '1', title: 'T', max: 0.12345678901234568, method: { type: 'manual' } }],
      },
      { ...valid, periods: [{ kind: 'H1', deadline: '2023-02-30T25:00:00+07:00' }] },
      { ...valid, format: '1' },
    ),
    fc.jsonValue({ maxDepth: 3 }),
  );
}

/** Argument values of one GraphQL input type, with the argument's name as a hint of what its strings mean. */
function valueOf(type: GraphQLInputType, name: string, known: KnownValues, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return typed(type.ofType, name, known, depth);
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 6, arbitrary: typed(type, name, known, depth) },
  );
}

function typed(
  type: GraphQLInputType,
  name: string,
  known: KnownValues,
  depth: number,
): fc.Arbitrary<unknown> {
  const value = exact(type, name, known, depth);
  return fc.oneof(
    { weight: 14, arbitrary: value },
    { weight: 1, arbitrary: fc.constantFrom(...WRONG_TYPED) },
  );
}

function exact(
  type: GraphQLInputType,
  name: string,
  known: KnownValues,
  depth: number,
): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return exact(type.ofType, name, known, depth);
  if (isListType(type)) {
    const item = valueOf(type.ofType, name, known, depth + 1);
    return fc.oneof(
      { weight: 8, arbitrary: fc.array(item, { maxLength: depth > 1 ? 1 : 4 }) },
      // A thousand items of a small value: a thousand 1 MB strings would be a 1 GB request the client cannot build.
      {
        weight: 1,
        arbitrary: item
          .filter((v) => (JSON.stringify(v) ?? '').length <= 1000)
          .map((v) => Array.from({ length: 1000 }, () => v)),
      },
    );
  }
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    return fc.record(
      Object.fromEntries(
        fields.map((f) => [
          f.name,
          isNonNullType(f.type)
            ? valueOf(f.type, f.name, known, depth + 1)
            : fc.option(valueOf(f.type, f.name, known, depth + 1), { nil: undefined }),
        ]),
      ),
    );
  }
  if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((v) => v.value as unknown), 'NOPE');
  if (!isScalarType(type)) throw new Error(`No generator for ${String(type)}`);
  switch (type.name) {
    case 'ID':
      return fc.oneof(
        fc.constantFrom(
          ...known.ids,
          'x',
          '',
          '1',
          '00000000-0000-0000-0000-000000000000',
          'a\u0000',
          `{${known.ids[0]}}`,
        ),
        fc.uuid(),
        fc.constant(known.ids[0].toUpperCase()),
      );
    case 'Int':
      return intFor(name);
    case 'Boolean':
      return fc.boolean();
    case 'Decimal':
      return fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom('0', '1', '5', '10', '12.5', '0.25') },
        { weight: 3, arbitrary: fc.constantFrom(...DECIMALS) },
        { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
        { weight: 1, arbitrary: fc.integer({ min: -1000, max: 1000 }).map(String) },
      );
    case 'JSON':
      return fc.oneof(
        { weight: 1, arbitrary: fc.constant<unknown>(known.regulation) },
        { weight: 3, arbitrary: invalidRegulations(known.regulation) },
      );
    case 'String':
      return stringFor(name, known);
    case 'DateTime':
      return fc.oneof(
        { weight: 3, arbitrary: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()) },
        {
          weight: 1,
          arbitrary: fc.constantFrom(
            '',
            'hôm qua',
            '2023-02-30T00:00:00Z',
            '31/03/2023',
            '9999999-01-01',
            '0',
          ),
        },
        { weight: 1, arbitrary: fc.integer() },
      );
  }
  throw new Error(`No generator for scalar ${type.name}`);
}

const HOSTILE_INTS = fc.oneof(
  fc.constantFrom(0, -1, 1, 1999, 2101, 1_000_001, 2_147_483_647, -2_147_483_648),
  fc.integer({ min: -2_147_483_648, max: 2_147_483_647 }),
);

/** Integers by name too: the test's year and small counts and versions get past the edge, to the rules behind. */
function intFor(name: string): fc.Arbitrary<unknown> {
  const plausible = name === 'year' ? fc.constantFrom(2023, 2024) : fc.integer({ min: 0, max: 5 });
  return fc.oneof({ weight: 3, arbitrary: plausible }, { weight: 1, arbitrary: HOSTILE_INTS });
}

/** Strings by what the name says they hold: real values to get past lookups, and hostile ones. */
function stringFor(name: string, known: KnownValues): fc.Arbitrary<unknown> {
  const hinted = (values: readonly unknown[]) =>
    fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...values) }, { weight: 1, arbitrary: hostileString });
  if (/base64/i.test(name)) {
    const overLimit = 'A'.repeat(Math.ceil((known.uploadMaxBytes + 3) / 3) * 4);
    return fc.oneof(
      fc.constantFrom(known.reportMarkdownBase64, overLimit, 'not base64!!', '====', '', 'UEsDBBQ='),
      fc.uint8Array({ maxLength: 2000 }).map((bytes) => Buffer.from(bytes).toString('base64')),
      hostileString,
    );
  }
  if (/fileName/i.test(name)) return hinted(FILE_NAMES);
  if (/codes?$/i.test(name)) return hinted(known.codes);
  if (/^(from|date)$/.test(name)) return hinted(DATES);
  if (/email/i.test(name)) return hinted(known.emails);
  if (/password/i.test(name)) return hinted(['ThiDua@Test1', 'x', ' '.repeat(100_000), 'p'.repeat(257)]);
  if (/criterionId/.test(name)) return hinted(known.criterionIds);
  if (/^keys?$/.test(name)) return hinted(known.indicatorKeys);
  if (name === 'kind') return hinted(['DEPARTMENT', 'AWARD_BOARD', 'PLATFORM']);
  return hinted(['Nội dung báo cáo', 'Sở Công Thương', '45/BC-SCT', 'Gia Lai']);
}

/** Fields of the returned object that take arguments themselves (EmulationGroup.members(year)…), one level down. */
function nestedFieldsWithArgs(field: GraphQLField<unknown, unknown>): GraphQLField<unknown, unknown>[] {
  const type = getNamedType(field.type);
  return isObjectType(type) ? Object.values(type.getFields()).filter((f) => f.args.length > 0) : [];
}

/** Every root field of Query and Mutation, each as a generator of calls with all its arguments as variables. */
export function operationCalls(
  schema: GraphQLSchema,
  known: KnownValues,
): { field: string; calls: fc.Arbitrary<FuzzCall> }[] {
  const roots: [string, GraphQLObjectType | null | undefined][] = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ];
  return roots.flatMap(([keyword, root]) =>
    Object.values(root?.getFields() ?? {}).map((field) => {
      const variables: [string, string, fc.Arbitrary<unknown>][] = [];
      const call = (f: GraphQLField<unknown, unknown>, prefix: string) =>
        f.args.length === 0
          ? f.name
          : `${f.name}(${f.args
              .map((a) => {
                const variable = `${prefix}_${a.name}`;
                variables.push([variable, String(a.type), valueOf(a.type, a.name, known)]);
                return `${a.name}: $${variable}`;
              })
              .join(', ')})`;
      const top = call(field, 'a');
      const nested = nestedFieldsWithArgs(field).map((f) => `${call(f, `n_${f.name}`)} { __typename }`);
      const selection = isObjectType(getNamedType(field.type)) ? ` { __typename ${nested.join(' ')} }` : '';
      const definitions = variables.map(([v, t]) => `$${v}: ${t}`).join(', ');
      const query = `${keyword} Fuzz${definitions ? `(${definitions})` : ''} { ${top}${selection} }`;
      const values = fc.record(Object.fromEntries(variables.map(([v, , arb]) => [v, arb])));
      return {
        field: `${keyword === 'query' ? 'Query' : 'Mutation'}.${field.name}`,
        calls: values.map((vars) => ({ field: field.name, query, variables: vars })),
      };
    }),
  );
}
