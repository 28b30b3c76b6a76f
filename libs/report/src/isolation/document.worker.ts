// Entry of a document worker thread: runs the tasks the pool posts, one at a time, and answers each.
import { parentPort, workerData } from 'node:worker_threads';
import type { DocumentLimits } from './document-limits';
import { runDocumentTask, type DocumentTaskKind } from './document-tasks';

interface TaskMessage {
  id: number;
  kind: DocumentTaskKind;
  input: never;
}

const port = parentPort!;
const { limits } = workerData as { limits: DocumentLimits };

port.on('message', ({ id, kind, input }: TaskMessage) => {
  // Started inside a promise: a task that throws before its first await is refused, not the thread's end.
  Promise.resolve()
    .then(() => runDocumentTask(kind, input, limits))
    .then(
      (result) => port.postMessage({ id, result }),
      (error: unknown) => {
        const { name, message, code } = error as { name?: string; message?: string; code?: string };
        port.postMessage({ id, error: { name, message: message ?? String(error), code } });
      },
    );
});
port.postMessage({ ready: true });
