import { Scalar, CustomScalar } from '@nestjs/graphql';
import Decimal from 'decimal.js';
import { GraphQLError, Kind, ValueNode, valueFromASTUntyped } from 'graphql';

const DECIMAL = /^-?(\d+)(?:\.(\d+))?$/;
/** A decimal already written as Decimal#toFixed writes it (no leading or trailing zeros, no "-0"). */
const CANONICAL = /^(?!-0$)-?(?:0|[1-9]\d*)(?:\.\d*[1-9])?$/;
/** Figures in VND reach 10^16; no point or figure needs more than 10 decimals (a float's noise has 17). */
export const DECIMAL_LIMITS = { integerDigits: 18, fractionDigits: 10 };

const refuse = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

/** Exact decimal carried as a string ("14103.4"), so points never pass through a float. */
@Scalar('Decimal')
export class DecimalScalar implements CustomScalar<string, string> {
  description = 'Exact decimal as a string, e.g. "14103.4"';

  parseValue(value: unknown): string {
    const text = (typeof value === 'number' ? String(value) : typeof value === 'string' ? value : '').trim();
    const { integerDigits, fractionDigits } = DECIMAL_LIMITS;
    // Length first: a 200,000-digit figure is refused without being read.
    const m = text.length <= integerDigits + fractionDigits + 2 ? DECIMAL.exec(text) : null;
    if (!m) {
      const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
      throw refuse(
        `Giá trị "${shown}" không phải là số thập phân hợp lệ (ví dụ "14103.4"; không dùng dạng mũ như 1e5, ` +
          `tối đa ${integerDigits} chữ số phần nguyên và ${fractionDigits} chữ số thập phân).`,
      );
    }
    if (m[1].replace(/^0+(?=\d)/, '').length > integerDigits || (m[2]?.length ?? 0) > fractionDigits) {
      throw refuse(
        `Số "${text}" vượt giới hạn: tối đa ${integerDigits} chữ số phần nguyên và ${fractionDigits} chữ số thập phân.`,
      );
    }
    return new Decimal(text).toFixed();
  }

  serialize(value: unknown): string {
    // Most values are stored canonical already: a ranking of 150 serialises 150 totals per read.
    if (typeof value === 'string' && CANONICAL.test(value)) return value;
    return new Decimal(value as Decimal.Value).toFixed();
  }

  parseLiteral(ast: ValueNode): string {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT || ast.kind === Kind.FLOAT)
      return this.parseValue(ast.value);
    throw refuse('Số thập phân phải được gửi dưới dạng chuỗi.');
  }
}

@Scalar('JSON')
export class JsonScalar implements CustomScalar<unknown, unknown> {
  description = 'Any JSON value';
  parseValue = (value: unknown) => value;
  serialize = (value: unknown) => value;
  parseLiteral = (ast: ValueNode) => valueFromASTUntyped(ast);
}
