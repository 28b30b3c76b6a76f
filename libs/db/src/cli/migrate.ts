import { dbConfigFromEnv } from '../config';
import { migrate } from '../admin';

migrate(dbConfigFromEnv().ownerUrl)
  .then((applied) =>
    console.log(applied.length ? `applied: ${applied.join(', ')}` : 'the database is up to date'),
  )
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
