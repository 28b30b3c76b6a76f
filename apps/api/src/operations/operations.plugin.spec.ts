import { Kind, OperationDefinitionNode, parse } from 'graphql';
import { operationLabel } from './operations.plugin';

const operation = (query: string) =>
  parse(query).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);

describe('the operation label of metrics and logs', () => {
  it('names the root fields as the schema does, whatever the client calls the operation or its aliases', () => {
    expect(operationLabel(operation('query MyVeryOwnName { me { id } }'))).toBe('me');
    expect(
      operationLabel(
        operation('mutation { a: setScore(input: {}) { points } b: setScore(input: {}) { points } }'),
      ),
    ).toBe('setScore');
    expect(operationLabel(operation('{ ranking { version } me { id } }'))).toBe('me,ranking');
    expect(operationLabel(operation('{ a { x } b { x } c { x } d { x } }'))).toBe('a,b,c,…');
  });

  it('labels a request that never resolved to an operation as invalid', () => {
    expect(operationLabel(undefined)).toBe('invalid');
  });
});
