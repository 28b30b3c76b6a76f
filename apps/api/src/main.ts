import { Logger } from '@nestjs/common';
import { loadConfig } from '@thidua/config';
import { createApi } from './bootstrap';

async function main() {
  const config = loadConfig();
  const app = await createApi();
  await app.listen(config.port, config.host);
  new Logger('api').log(`GraphQL at http://${config.host}:${config.port}/graphql`);
}

main().catch((e) => {
  new Logger('api').error(e instanceof Error ? e.message : e);
  process.exit(1);
});
