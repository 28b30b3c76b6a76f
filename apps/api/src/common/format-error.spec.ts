import { GraphQLError } from 'graphql';
import { Client } from 'pg';
import { createServer } from 'node:net';
import { QueryFailedError } from 'typeorm';
import { badInput } from './domain-error';
import { formatError, isOutage } from './format-error';

/** What formatError makes of an error thrown in a resolver. */
const format = (original: Error) =>
  formatError(
    { message: original.message, path: ['field'] },
    new GraphQLError(original.message, { originalError: original }),
  );

/** PostgreSQL's error as TypeORM wraps it: the driver error carries the SQLSTATE. */
const pgError = (code: string, message: string) =>
  new QueryFailedError('SELECT 1', [], Object.assign(new Error(message), { code }));

async function refusedConnection(): Promise<Error> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  const client = new Client({ host: '127.0.0.1', port, user: 'x', connectionTimeoutMillis: 2000 });
  return client.connect().then(
    () => new Error('connected'),
    (e: Error) => e,
  );
}

describe('formatError', () => {
  it.each([
    ['22P02', 'invalid input syntax for type uuid: "x"'],
    ['22021', 'invalid byte sequence for encoding "UTF8": 0x00'],
    ['22001', 'value too long for type character varying(64)'],
    ['22007', 'invalid input syntax for type date: "2023-02-30"'],
    ['22008', 'date/time field value out of range: "2023-02-30"'],
    ['54001', 'stack depth limit exceeded'],
    ['2201B', 'invalid regular expression'],
  ])('answers PostgreSQL data error %s with BAD_USER_INPUT and none of its text', (code, message) => {
    const out = format(pgError(code, message));
    expect(out.extensions?.code).toBe('BAD_USER_INPUT');
    expect(out.message).not.toContain(message);
  });

  it('answers a refused database connection with SERVICE_UNAVAILABLE and a Vietnamese message to try again', async () => {
    const refused = await refusedConnection();
    expect(isOutage(refused)).toBe(true);
    const out = format(refused);
    expect(out.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(out.message).toMatch(/Vui lòng thử lại/);
    expect(out.message).not.toMatch(/ECONNREFUSED/);
  });

  it.each(['53300', '57P01', '08006'])('counts SQLSTATE %s as an outage', (code) => {
    expect(format(pgError(code, 'terminating connection')).extensions?.code).toBe('SERVICE_UNAVAILABLE');
  });

  it('keeps a domain error as it is, and hides anything unexpected behind an error id', () => {
    expect(format(badInput('Sai.', { field: 'x' }))).toMatchObject({
      message: 'Sai.',
      extensions: { code: 'BAD_USER_INPUT', field: 'x' },
    });
    const unexpected = format(new TypeError('Cannot read properties of undefined'));
    expect(unexpected.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(unexpected.message).not.toMatch(/Cannot read/);
  });

  it("cuts a huge value GraphQL's own message quotes", () => {
    const message = `Variable "$i" got invalid value "${'9'.repeat(10_000)}" at "i.points"`;
    const out = formatError({ message, extensions: { code: 'BAD_USER_INPUT' } }, new GraphQLError(message));
    expect(out.message.length).toBeLessThan(200);
    expect(out.message).toMatch(/at "i.points"$/);
  });
});
