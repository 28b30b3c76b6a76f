// Hostile uploads against the API over HTTP (its own migrated database, the compiled document threads): each
// import of about 10 MB must finish or be refused within 2 s while another tenant's query, asked in a loop
// meanwhile, keeps answering in under 50 ms (p50 / p95 / max of its latency). Run: npm run bench:uploads
// [part of a file name, e.g. zip]. The API runs here; the uploader (uploads.client.ts) and the other tenant
// (uploads.probe.ts) each in a worker thread.
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { MessageChannel, Worker } from 'node:worker_threads';
import globalSetup from '../test/support/global-setup';
import { createCluster } from '../test/support/tenants';
import { TestApp } from '../test/support/test-app';
import type { UploadClientData } from './uploads.client';
import type { ProbeData } from './uploads.probe';
import { runBench } from './support/run';

async function main(): Promise<void> {
  await globalSetup();
  const app = await TestApp.start();
  await app.api.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${(app.api.getHttpServer().address() as AddressInfo).port}/graphql`;
  try {
    const cluster = await createCluster(app, { size: 2 });
    const [member, other] = cluster.members;
    // Every file is imported into the same draft, as the report page does, so each one is read in full.
    const draft = await app.gql<{ createSubmission: { id: string } }>(
      `mutation($i: SubmissionInput!) { createSubmission(input: $i) { id } }`,
      { i: { year: 2023, kind: 'H1', groupCodes: [cluster.code] } },
      member.token,
    );
    // The uploader and the other tenant each in a thread of their own, talking over a channel.
    const { port1, port2 } = new MessageChannel();
    const probeData: ProbeData = { url, token: other.token, port: port2 };
    const probe = new Worker(join(__dirname, 'uploads.probe.js'), {
      workerData: probeData,
      transferList: [port2],
    });
    const data: UploadClientData = {
      url,
      memberToken: member.token,
      probe: port1,
      submissionId: draft.data!.createSubmission.id,
      only: process.argv[2],
    };
    await new Promise<void>((resolve, reject) => {
      const client = new Worker(join(__dirname, 'uploads.client.js'), {
        workerData: data,
        transferList: [port1],
      });
      // The client asks how long this thread's event loop was blocked while each file was read.
      const delay = monitorEventLoopDelay({ resolution: 5 });
      delay.enable();
      client.on('message', (message: 'start' | 'stop') => {
        if (message === 'start') delay.reset();
        else client.postMessage(delay.max / 1e6);
      });
      client.on('error', reject);
      client.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`client exited with ${code}`))));
      probe.on('error', reject);
    });
    await probe.terminate();
  } finally {
    await app.close();
  }
}

runBench(main);
