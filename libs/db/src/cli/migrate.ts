import { dbConfigFromEnv } from '../config';
import { migrate } from '../admin';
import { out } from './output';

migrate(dbConfigFromEnv().ownerUrl)
  .then((applied) => out(applied.length ? `applied: ${applied.join(', ')}` : 'the database is up to date'))
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
