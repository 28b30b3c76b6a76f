import type { ApolloServerPlugin } from '@apollo/server';
import { assignLogFields, GraphqlMetrics } from '@thidua/ops';
import { Kind, OperationDefinitionNode } from 'graphql';
import type { RequestActor } from '../auth/actor';

/**
 * The operation's name for metrics and logs: its root fields as the schema names them (a client's own
 * operation name is free text, which would make one series per spelling).
 */
export function operationLabel(operation: OperationDefinitionNode | undefined | null): string {
  if (!operation) return 'invalid';
  const fields = operation.selectionSet.selections.flatMap((s) =>
    s.kind === Kind.FIELD ? [s.name.value] : [],
  );
  const unique = [...new Set(fields)].sort();
  return unique.length > 3 ? `${unique.slice(0, 3).join(',')},…` : unique.join(',') || 'fragment';
}

/** Times each GraphQL operation, counts its errors by code, and names it (and its organization) in the log. */
export function operationsPlugin(
  metrics: GraphqlMetrics,
): ApolloServerPlugin<{ req?: { actor?: RequestActor } }> {
  return {
    async requestDidStart() {
      const stop = metrics.duration.startTimer();
      let operation = 'invalid';
      let type = 'unknown';
      return {
        async didResolveOperation(ctx) {
          operation = operationLabel(ctx.operation);
          type = ctx.operation?.operation ?? type;
          assignLogFields({ operation });
        },
        async willSendResponse({ response, contextValue }) {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          for (const e of errors ?? []) metrics.errors.inc({ code: String(e.extensions?.code ?? 'UNKNOWN') });
          assignLogFields({ organization: contextValue.req?.actor?.organizationId });
          stop({ operation, type });
        },
      };
    },
  };
}
