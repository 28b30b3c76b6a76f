// The other tenant of `npm run bench:uploads`, in its own thread: between 'start' and 'stop' from the uploader
// it asks its query again and again, then answers with the latencies. In the uploader's thread, its answers
// would wait behind the writing of the 13 MB upload body.
import { performance } from 'node:perf_hooks';
import { type MessagePort, workerData } from 'node:worker_threads';
import { post } from './uploads.http';

export interface ProbeData {
  url: string;
  token: string;
  port: MessagePort;
}

const QUERY = JSON.stringify({ query: `{ mySubmissions(year: 2023) { id state } }` });
const { url, token, port } = workerData as ProbeData;
let running: Promise<number[]> | null = null;
let stopping = false;

async function probe(): Promise<number[]> {
  const latencies: number[] = [];
  while (!stopping) {
    const asked = performance.now();
    const answer = await post(url, QUERY, token);
    if (answer.errors) throw new Error(`the other tenant's query failed: ${answer.errors[0].message}`);
    latencies.push(performance.now() - asked);
  }
  return latencies;
}

port.on('message', (message: 'start' | 'stop') => {
  if (message === 'start') {
    stopping = false;
    running = probe();
  } else {
    stopping = true;
    void running!.then((latencies) => port.postMessage(latencies));
  }
});
