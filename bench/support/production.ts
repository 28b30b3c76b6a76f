// Imported first by the benchmarks of issue 12: they measure the code as deployed (NODE_ENV=production: no
// pretty-printed GraphQL answers, graphql-js without its development checks). Production requires a JWT secret;
// a benchmark makes a throwaway one. Set either variable to override.
import { randomBytes } from 'node:crypto';

process.env.NODE_ENV ??= 'production';
process.env.JWT_SECRET ??= randomBytes(48).toString('base64');
