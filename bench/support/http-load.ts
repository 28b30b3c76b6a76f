// A small HTTP load generator run as a child process (so its memory and event loop are not the API's):
// `connections` keep-alive connections, each sending the same request again as soon as its answer is in,
// for `durationMs` or `count` requests; connection i speaks to `urls[i % urls.length]` (several API processes
// share the load). Replies to its parent with the latencies and the rate.
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';

export interface LoadRequest {
  urls: string[];
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
  connections: number;
  durationMs?: number;
  count?: number;
}

export interface LoadResult {
  requests: number;
  seconds: number;
  latencies: number[];
  failures: number;
}

function once(agent: Agent, url: string, req: LoadRequest): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const r = request(url, { method: req.method, headers: req.headers, agent }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode === 200));
    });
    r.on('error', reject);
    r.end(req.body);
  });
}

async function run(req: LoadRequest): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: req.connections });
  const latencies: number[] = [];
  let failures = 0;
  const start = performance.now();
  const until = start + (req.durationMs ?? Infinity);
  let left = req.count ?? Infinity;
  const loop = async (_: unknown, connection: number) => {
    const url = req.urls[connection % req.urls.length];
    while (performance.now() < until && left-- > 0) {
      const sent = performance.now();
      if (!(await once(agent, url, req))) failures++;
      latencies.push(performance.now() - sent);
    }
  };
  await Promise.all(Array.from({ length: req.connections }, loop));
  agent.destroy();
  return { requests: latencies.length, seconds: (performance.now() - start) / 1000, latencies, failures };
}

if (process.send) {
  process.on('message', (req: LoadRequest) => {
    void run(req).then((result) => process.send!(result));
  });
}
