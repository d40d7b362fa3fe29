/** Worker thread body for the ingest pool: prepare each posted item and post the result back. */
import { parentPort } from 'node:worker_threads';
import { prepare, type WorkItem } from './prepare.js';

parentPort?.on('message', (message: { id: number; item: WorkItem }) => {
  parentPort!.postMessage({ id: message.id, result: prepare(message.item) });
});
