import { Logger } from '@nestjs/common';
import { loadConfig } from '@thidua/config';
import { createApi } from './bootstrap';

async function main() {
  const config = loadConfig();
  const app = await createApi();
  // Nest's shutdown hook closes the server (in-flight requests finish) and the pools; this bounds it.
  process.once('SIGTERM', () => {
    setTimeout(() => {
      new Logger('api').error(`shutdown took longer than ${config.shutdownTimeoutMs} ms: exiting`);
      process.exit(1);
    }, config.shutdownTimeoutMs).unref();
  });
  await app.listen(config.port, config.host);
  new Logger('api').log(`GraphQL at http://${config.host}:${config.port}/graphql`);
}

main().catch((e) => {
  new Logger('api').error(e instanceof Error ? e.message : e);
  process.exit(1);
});
