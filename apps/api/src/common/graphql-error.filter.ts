import { Catch } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';

/**
 * Hands every resolver error to GraphQL untouched, so formatError (the one mapping place) decides what
 * the client sees and logs only the unexpected ones; Nest's default handler would log refusals as errors.
 */
@Catch()
export class GraphqlErrorFilter implements GqlExceptionFilter {
  catch(exception: unknown) {
    return exception;
  }
}
