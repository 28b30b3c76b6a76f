// A PostgreSQL cluster of the test's own (initdb in a temporary directory, on a free loopback port), which a
// fault test may stop and start without touching the server every other test and agent shares.
import { execFileSync } from 'node:child_process';
import { chownSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePort } from './processes';

/** The server binaries of the newest PostgreSQL installed (Debian's layout), or those on PATH. */
function bin(name: string): string {
  const root = '/usr/lib/postgresql';
  const versions = (() => {
    try {
      return readdirSync(root).sort((a, b) => Number(b) - Number(a));
    } catch {
      return [];
    }
  })();
  return versions.length ? join(root, versions[0], 'bin', name) : name;
}

export class PostgresCluster {
  private constructor(
    private readonly dir: string,
    readonly port: number,
  ) {}

  /** initdb refuses root: as root (CI containers), the server runs as the postgres user. */
  private static run(args: string[]) {
    const [cmd, ...rest] = args;
    if (process.getuid?.() === 0)
      execFileSync('runuser', ['-u', 'postgres', '--', cmd, ...rest], { stdio: 'pipe' });
    else execFileSync(cmd, rest, { stdio: 'pipe' });
  }

  static async create(): Promise<PostgresCluster> {
    const dir = mkdtempSync(join(tmpdir(), 'thidua-pg-'));
    if (process.getuid?.() === 0) {
      const [uid, gid] = ['-u', '-g'].map((f) =>
        Number(execFileSync('id', [f, 'postgres']).toString().trim()),
      );
      chownSync(dir, uid, gid);
    }
    PostgresCluster.run([
      bin('initdb'),
      '-D',
      join(dir, 'data'),
      '-U',
      'postgres',
      '-A',
      'trust',
      '--no-sync',
    ]);
    const cluster = new PostgresCluster(dir, await freePort());
    cluster.start();
    return cluster;
  }

  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }

  start() {
    PostgresCluster.run([
      bin('pg_ctl'),
      '-D',
      join(this.dir, 'data'),
      '-l',
      join(this.dir, 'server.log'),
      '-w',
      '-o',
      `-p ${this.port} -c listen_addresses=127.0.0.1 -k ${this.dir} -c fsync=off`,
      'start',
    ]);
  }

  /** Fast shutdown: sessions are ended and the port closes, as when the server goes away. */
  stop() {
    PostgresCluster.run([bin('pg_ctl'), '-D', join(this.dir, 'data'), '-m', 'fast', '-w', 'stop']);
  }

  /** The portal's roles, as an administrator creates them once per cluster (docker/postgres/roles.sql). */
  async createRoles() {
    const roles = readFileSync(join(__dirname, '../../docker/postgres/roles.sql'), 'utf8');
    const client = new Client({ connectionString: this.url });
    await client.connect();
    try {
      await client.query(roles);
    } finally {
      await client.end();
    }
  }

  destroy() {
    try {
      this.stop();
    } catch {
      // already stopped
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}
