// Integration tests talk to real PostgreSQL and Redis and wait for the worker: allow them time.
jest.setTimeout(30_000);
