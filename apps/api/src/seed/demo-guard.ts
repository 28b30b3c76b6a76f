/** The demo accounts share a published password: never in production unless someone asks for them by name. */
export function demoSeedAllowed(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NODE_ENV !== 'production' || env.SEED_DEMO === 'yes';
}

export class DemoSeedRefused extends Error {
  constructor() {
    super(
      'Refusing to load the demo data with NODE_ENV=production: it creates accounts whose password is published ' +
        'in the README. Create the first platform admin with `npm run admin:create` instead, or set SEED_DEMO=yes ' +
        'if this really is a demonstration server.',
    );
  }
}
