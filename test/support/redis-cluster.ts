// A real Redis Cluster of 3 masters and 3 replicas on loopback ports, started by a test and gone after it:
// redis-server --cluster-enabled yes in temp directories, joined by redis-cli --cluster create.
import { ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import IORedis from 'ioredis';

const run = promisify(execFile);
/** How long a master may be silent before its replica takes over: small, so a test sees a failover in seconds. */
const NODE_TIMEOUT_MS = 1000;

async function portFree(port: number): Promise<boolean> {
  const server = createServer();
  return new Promise((resolve) => {
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** A port whose cluster bus port (port + 10000) is free too. */
async function freePort(taken: Set<number>): Promise<number> {
  for (;;) {
    const port = 20000 + Math.floor(Math.random() * 20000);
    if (taken.has(port)) continue;
    if ((await portFree(port)) && (await portFree(port + 10000))) {
      taken.add(port);
      return port;
    }
  }
}

async function until<T>(what: string, probe: () => Promise<T | null | false>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => null);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Redis Cluster: timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

interface ClusterNode {
  port: number;
  process: ChildProcess;
  admin: IORedis;
}

/** One line of CLUSTER NODES: who serves which slots, and whom it replicates. */
interface NodeLine {
  port: number;
  flags: string[];
  slots: [number, number][];
}

function parseNodes(text: string): NodeLine[] {
  return text
    .trim()
    .split('\n')
    .map((line) => {
      const [, address, flags, , , , , , ...slots] = line.split(' ');
      return {
        port: Number(address.split('@')[0].split(':')[1]),
        flags: flags.split(','),
        slots: slots
          .filter((s) => !s.startsWith('['))
          .map((s) => s.split('-').map(Number))
          .map(([from, to]) => [from, to ?? from] as [number, number]),
      };
    });
}

export class RedisCluster {
  private constructor(
    private readonly dir: string,
    private readonly nodes: ClusterNode[],
  ) {}

  /** Six nodes, three of them masters each with one replica; resolves once every node says cluster_state:ok. */
  static async start(): Promise<RedisCluster> {
    const dir = await mkdtemp(join(tmpdir(), 'thidua-redis-cluster-'));
    const nodes: ClusterNode[] = [];
    const cluster = new RedisCluster(dir, nodes);
    // Should the test process die without its teardown, the servers go with it.
    process.once('exit', () => nodes.forEach((n) => n.process.kill('SIGKILL')));
    try {
      const taken = new Set<number>();
      for (let i = 0; i < 6; i++) {
        const port = await freePort(taken);
        const child = spawn(
          'redis-server',
          [
            '--port', String(port), '--bind', '127.0.0.1', '--dir', dir,
            '--cluster-enabled', 'yes', '--cluster-config-file', `nodes-${port}.conf`,
            '--cluster-node-timeout', String(NODE_TIMEOUT_MS),
            '--save', '', '--appendonly', 'no', '--maxmemory-policy', 'noeviction',
          ], // prettier-ignore
          { stdio: 'ignore' },
        );
        const admin = new IORedis(port, '127.0.0.1', { maxRetriesPerRequest: 0, retryStrategy: () => 100 });
        admin.on('error', () => undefined);
        nodes.push({ port, process: child, admin });
      }
      for (const node of nodes) {
        await until('a node to answer', () => node.admin.ping(), 10_000);
      }
      await run('redis-cli', [
        '--cluster', 'create', ...nodes.map((n) => `127.0.0.1:${n.port}`),
        '--cluster-replicas', '1', '--cluster-yes',
      ]); // prettier-ignore
      await cluster.settled();
      return cluster;
    } catch (error) {
      await cluster.stop();
      throw error;
    }
  }

  /** host:port of every node, for REDIS_CLUSTER_NODES. */
  get seeds(): string {
    return this.nodes.map((n) => `127.0.0.1:${n.port}`).join(',');
  }

  private alive() {
    return this.nodes.filter((n) => n.process.exitCode === null && n.process.signalCode === null);
  }

  private async map(): Promise<NodeLine[]> {
    return parseNodes((await this.alive()[0].admin.cluster('NODES')) as string);
  }

  /** Every live node sees the cluster whole, and each of the 16384 slots has a live master. */
  private async settled(timeoutMs = 20_000) {
    await until(
      'cluster_state:ok',
      async () => {
        for (const node of this.alive()) {
          if (!((await node.admin.cluster('INFO')) as string).includes('cluster_state:ok')) return false;
        }
        const masters = (await this.map()).filter(
          (n) => n.flags.includes('master') && !n.flags.includes('fail'),
        );
        return masters.reduce((n, m) => n + m.slots.reduce((s, [a, b]) => s + b - a + 1, 0), 0) === 16384;
      },
      timeoutMs,
    );
  }

  /** The port of the master serving a key (a hash tag such as `{thidua}` names the slot of all its keys). */
  async masterOf(key: string): Promise<number> {
    const slot = (await this.alive()[0].admin.cluster('KEYSLOT', key)) as number;
    const owner = (await this.map()).find(
      (n) => n.flags.includes('master') && n.slots.some(([a, b]) => a <= slot && slot <= b),
    );
    if (!owner) throw new Error(`Redis Cluster: no master serves slot ${slot}`);
    return owner.port;
  }

  /**
   * SIGKILLs the master serving a key, then waits until its replica has taken the slots over and the
   * cluster is whole again. Returns the port of the new master and how long the failover took.
   */
  async killMasterOf(key: string): Promise<{ killed: number; promoted: number; failoverMs: number }> {
    const killed = await this.masterOf(key);
    const node = this.nodes.find((n) => n.port === killed)!;
    const started = Date.now();
    node.admin.disconnect();
    node.process.kill('SIGKILL');
    await until('the dead master to exit', async () => node.process.signalCode !== null, 5000);
    await until(
      'a replica to take over',
      async () => (await this.map()).some((n) => n.port === killed && n.flags.includes('fail')),
      20_000,
    );
    await this.settled();
    const promoted = await this.masterOf(key);
    return { killed, promoted, failoverMs: Date.now() - started };
  }

  /** FLUSHALL on every master: Redis loses every job, mark and lock at once. */
  async wipe() {
    const masters = new Set(
      (await this.map())
        .filter((n) => n.flags.includes('master') && !n.flags.includes('fail'))
        .map((n) => n.port),
    );
    for (const node of this.alive()) if (masters.has(node.port)) await node.admin.flushall();
  }

  async stop() {
    for (const node of this.nodes) {
      node.admin.disconnect();
      if (node.process.exitCode === null && node.process.signalCode === null) {
        const exited = new Promise((resolve) => node.process.once('exit', resolve));
        node.process.kill('SIGKILL');
        await exited;
      }
    }
    await rm(this.dir, { recursive: true, force: true });
  }
}
