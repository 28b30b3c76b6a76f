import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { badInput, ErrorCode } from './domain-error';
import { checkOperationInput } from './input-gate';
import { InputLimits } from './input-limits';

/**
 * The API's edge in Apollo: refuses an operation whose arguments break the input limits before any resolver
 * runs (HTTP 400, one BAD_USER_INPUT naming the first field, every problem under `problems`), and answers
 * HTTP 503 when a dependency is down.
 */
export function edgePlugin(limits: InputLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const problems = checkOperationInput(schema, document, operation, request.variables, limits);
          if (problems.length === 0) return;
          const first = problems[0];
          throw new GraphQLError(first.message, {
            originalError: badInput(`${first.path}: ${first.message}`, { field: first.path, problems }),
            extensions: { http: { status: 400 } },
          });
        },
        async willSendResponse({ response }) {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          if (errors?.some((e) => e.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE)) {
            response.http.status = 503;
            response.http.headers.set('retry-after', '5');
          }
        },
      };
    },
  };
}
