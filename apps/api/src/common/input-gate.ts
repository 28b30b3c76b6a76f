// The argument gate: every argument of a GraphQL operation, walked against its type (through input objects and
// lists), checked against the one table of limits before any resolver runs, so nothing malformed reaches
// PostgreSQL or a library. Pure: no Nest, no database.
import {
  DocumentNode,
  FieldNode,
  getNamedType,
  GraphQLArgument,
  GraphQLInputField,
  GraphQLInputType,
  GraphQLSchema,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  Kind,
  OperationDefinitionNode,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { getArgumentValues, getVariableValues } from 'graphql/execution/values';
import { InputLimits, StringRule } from './input-limits';

export interface InputProblem {
  /** Where the value is: "updateSubmission.patch.sections.3.body". */
  path: string;
  message: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// With the u flag a paired surrogate is one code point: only lone halves (invalid Unicode) match.
const LONE_SURROGATE = /\p{Cs}/u;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MAX_PROBLEMS = 20;

/** Vietnamese grouping ("1.000.000"), but not for years. */
const vi = (n: number) => (Math.abs(n) < 10_000 ? String(n) : n.toLocaleString('vi-VN'));

/** The problems of the operation's arguments, at most MAX_PROBLEMS; empty when every value fits. */
export function checkOperationInput(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Record<string, unknown> | undefined,
  limits: InputLimits,
): InputProblem[] {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {});
  // Variables that do not fit their types are GraphQL's to refuse (BAD_USER_INPUT, HTTP 400).
  if (coerced.errors) return [];
  const problems: InputProblem[] = [];
  const gate = new Gate(limits, problems);
  const typeInfo = new TypeInfo(schema);
  const fragments = document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
  for (const root of [operation, ...fragments]) {
    visit(
      root,
      visitWithTypeInfo(typeInfo, {
        Field(node: FieldNode) {
          const field = typeInfo.getFieldDef();
          if (!field || !node.arguments?.length || problems.length >= MAX_PROBLEMS) return;
          let values: Record<string, unknown>;
          try {
            values = getArgumentValues(field, node, coerced.coerced);
          } catch {
            return; // an argument GraphQL itself refuses when it executes
          }
          for (const arg of field.args)
            gate.check(values[arg.name], arg.type, arg, `${node.name.value}.${arg.name}`);
        },
      }),
    );
  }
  return problems.slice(0, MAX_PROBLEMS);
}

class Gate {
  constructor(
    private readonly limits: InputLimits,
    private readonly problems: InputProblem[],
  ) {}

  check(
    value: unknown,
    type: GraphQLInputType,
    field: GraphQLArgument | GraphQLInputField,
    path: string,
  ): void {
    if (value === null || value === undefined || this.problems.length >= MAX_PROBLEMS) return;
    if (isNonNullType(type)) return this.check(value, type.ofType, field, path);
    if (isListType(type)) {
      const items = value as unknown[];
      const max = this.limits.lists[field.name] ?? this.limits.defaultListItems;
      if (items.length > max) return this.refuse(path, `Danh sách có tối đa ${vi(max)} phần tử.`);
      items.forEach((item, i) => this.check(item, type.ofType, field, `${path}.${i}`));
      return;
    }
    if (isInputObjectType(type)) {
      const record = value as Record<string, unknown>;
      for (const inner of Object.values(type.getFields())) {
        this.check(record[inner.name], inner.type, inner, `${path}.${inner.name}`);
      }
      return;
    }
    if (!isScalarType(getNamedType(type))) return; // enums are closed sets GraphQL already checked
    switch (getNamedType(type).name) {
      case 'ID':
        if (typeof value !== 'string' || !UUID.test(value))
          this.refuse(path, 'Mã định danh không hợp lệ (phải là UUID).');
        return;
      case 'String':
        return this.string(value as string, this.stringRule(field.name), path);
      case 'Int':
        return this.int(value as number, field.name, path);
      case 'JSON':
        return this.json(value, path);
    }
  }

  private stringRule(name: string): StringRule {
    const { strings } = this.limits;
    const lastWord = name.replace(/^.*(?=[A-Z])/, '').toLowerCase();
    return strings[name] ?? strings[lastWord] ?? this.limits.defaultString;
  }

  private string(value: string, rule: StringRule, path: string) {
    if (value.length > rule.max)
      return this.refuse(
        path,
        rule.tooLong ?? `${rule.label} dài quá ${vi(rule.max)} ký tự (${vi(value.length)} ký tự).`,
      );
    const bad = badText(value);
    if (bad) return this.refuse(path, `${rule.label} ${bad}.`);
    if (rule.date && !isCalendarDate(value))
      this.refuse(path, `${rule.label} "${value}" không phải là ngày có thật dạng YYYY-MM-DD.`);
  }

  private int(value: number, name: string, path: string) {
    const rule = this.limits.ints[name];
    if (rule && (value < rule.min || value > rule.max))
      this.refuse(path, `${rule.label} phải từ ${vi(rule.min)} đến ${vi(rule.max)}.`);
  }

  /** Walks the value without recursion (a document nested 10,000 deep must not overflow the stack). */
  private json(value: unknown, path: string) {
    const { maxDepth, maxNodes, maxString } = this.limits.json;
    const stack: [unknown, number][] = [[value, 1]];
    let nodes = 0;
    while (stack.length) {
      const [node, depth] = stack.pop()!;
      if (++nodes > maxNodes) return this.refuse(path, `Tài liệu có quá ${vi(maxNodes)} giá trị.`);
      if (depth > maxDepth) return this.refuse(path, `Tài liệu lồng nhau quá ${maxDepth} cấp.`);
      const texts =
        typeof node === 'string'
          ? [node]
          : node && typeof node === 'object' && !Array.isArray(node)
            ? Object.keys(node)
            : [];
      for (const text of texts) {
        if (text.length > maxString)
          return this.refuse(path, `Tài liệu có chuỗi dài quá ${vi(maxString)} ký tự.`);
        const bad = badText(text);
        if (bad) return this.refuse(path, `Tài liệu có chuỗi ${bad}.`);
      }
      if (node && typeof node === 'object')
        for (const child of Object.values(node)) stack.push([child, depth + 1]);
    }
  }

  private refuse(path: string, message: string) {
    this.problems.push({ path, message });
  }
}

/** Why a text cannot be stored as it is (PostgreSQL refuses NUL, and lone surrogates are not Unicode). */
function badText(value: string): string | undefined {
  if (value.includes('\0')) return 'chứa ký tự NUL';
  if (LONE_SURROGATE.test(value)) return 'chứa ký tự Unicode không hợp lệ';
  return undefined;
}

/** "2023-02-28" yes, "2023-02-30" no: the date must exist on the calendar. */
export function isCalendarDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    year >= 1 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  );
}
