/** The pool's worker: checks each file it is sent and posts back the FileReport (plain data). */
import { parentPort, workerData } from 'node:worker_threads';
import { checkFile } from '../pipeline/check-file.js';
import type { CheckOptions } from '../pipeline/options.js';
import type { FileReport } from '../report/types.js';
import type { WorkerReply, WorkerRequest } from './pool.js';
import type { ScanTask } from './scan.js';

const port = parentPort;
if (!port) throw new Error('src/scan/worker runs only as a worker thread');
const options = workerData as CheckOptions;

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

port.on('message', (msg: WorkerRequest<ScanTask>) => {
  void (async () => {
    let reply: WorkerReply<FileReport>;
    try {
      const outcome = await checkFile(msg.task.path, msg.task.display, options);
      reply = { id: msg.id, ok: true, result: outcome.report };
    } catch (e) {
      reply = { id: msg.id, ok: false, error: message(e) };
    }
    try {
      port.postMessage(reply);
    } catch (e) {
      port.postMessage({ id: msg.id, ok: false, error: message(e) } satisfies WorkerReply<FileReport>);
    }
  })();
});

port.postMessage({ ready: true } satisfies WorkerReply<FileReport>);
