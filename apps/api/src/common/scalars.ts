import { Scalar, CustomScalar } from '@nestjs/graphql';
import Decimal from 'decimal.js';
import { GraphQLError, Kind, ValueNode, valueFromASTUntyped } from 'graphql';

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** Exact decimal carried as a string ("14103.4"), so points never pass through a float. */
@Scalar('Decimal')
export class DecimalScalar implements CustomScalar<string, string> {
  description = 'Exact decimal as a string, e.g. "14103.4"';

  parseValue(value: unknown): string {
    const text = typeof value === 'number' ? String(value) : value;
    if (typeof text !== 'string' || !DECIMAL.test(text.trim())) {
      throw new GraphQLError(
        `Giá trị "${String(value)}" không phải là số thập phân hợp lệ (ví dụ "14103.4").`,
        {
          extensions: { code: 'BAD_USER_INPUT' },
        },
      );
    }
    return new Decimal(text.trim()).toFixed();
  }

  serialize(value: unknown): string {
    return new Decimal(value as Decimal.Value).toFixed();
  }

  parseLiteral(ast: ValueNode): string {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT || ast.kind === Kind.FLOAT)
      return this.parseValue(ast.value);
    throw new GraphQLError('Số thập phân phải được gửi dưới dạng chuỗi.', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
}

@Scalar('JSON')
export class JsonScalar implements CustomScalar<unknown, unknown> {
  description = 'Any JSON value';
  parseValue = (value: unknown) => value;
  serialize = (value: unknown) => value;
  parseLiteral = (ast: ValueNode) => valueFromASTUntyped(ast);
}
