import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestApp } from '../support/test-app';

const COMMITTED = join(__dirname, '../../apps/api/schema.gql');

/** Clients build against the committed schema.gql: it must be exactly what the code serves. */
describe('the committed GraphQL schema', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(() => app.close());

  it('matches the schema the code generates (npm run schema:update rewrites it)', () => {
    const generated = printSchema(lexicographicSortSchema(app.api.get(GraphQLSchemaHost).schema)) + '\n';
    if (process.env.SCHEMA_UPDATE === '1') writeFileSync(COMMITTED, generated);
    expect(readFileSync(COMMITTED, 'utf8')).toBe(generated);
  });
});
