import type { GraphQLWsSubscriptionsConfig } from '@nestjs/graphql';
import { GraphQLError, OperationTypeNode, parse } from 'graphql';
import type { ServerOptions } from 'graphql-ws';
import { AuthService } from '../auth/auth.service';
import { formatError } from '../common/format-error';

type Options = GraphQLWsSubscriptionsConfig & Pick<ServerOptions, 'context' | 'onError'>;

const ONLY_SUBSCRIPTIONS =
  'Kết nối này chỉ dùng để theo dõi thay đổi (subscription); hãy gửi truy vấn qua HTTP.';

/** Browsers cannot set headers on a WebSocket: the token travels in the connection's first message. */
const authorizationOf = (params: Readonly<Record<string, unknown>> | undefined) =>
  typeof params?.authorization === 'string' ? params.authorization : '';

/**
 * GraphQL over WebSocket (graphql-ws) on /graphql, for subscriptions only: queries and mutations keep to HTTP,
 * where the input gate, the cost limits and the rate limits apply. A connection without a valid session is
 * refused before anything runs (close 4403); errors read as they do over HTTP.
 */
export function websocketOptions(auth: AuthService): Options {
  const format = (errors: readonly GraphQLError[]) => errors.map((e) => formatError(e.toJSON(), e));
  return {
    path: '/graphql',
    onConnect: async (ctx) => {
      const token = authorizationOf(ctx.connectionParams).replace(/^Bearer /, '');
      return auth.verify(token).then(
        () => true,
        () => false,
      );
    },
    context: (ctx) => ({ req: { headers: { authorization: authorizationOf(ctx.connectionParams) } } }),
    onSubscribe: (_ctx, _id, payload) => {
      let operations;
      try {
        operations = parse(payload.query, { maxTokens: 1000 }).definitions;
      } catch (e) {
        return [e instanceof GraphQLError ? e : new GraphQLError(String(e))];
      }
      const other = operations.some(
        (d) => d.kind === 'OperationDefinition' && d.operation !== OperationTypeNode.SUBSCRIPTION,
      );
      return other
        ? [new GraphQLError(ONLY_SUBSCRIPTIONS, { extensions: { code: 'BAD_REQUEST' } })]
        : undefined;
    },
    onError: (_ctx, _id, _payload, errors) => format(errors),
    onNext: (_ctx, _id, _payload, _args, result) =>
      result.errors ? { ...result, errors: format(result.errors) } : undefined,
  };
}
