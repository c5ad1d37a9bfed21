/**
 * Worker thread of the read pool: parses the manifest files it is sent and answers with their
 * readings. Bundled on its own (dist/read-worker.js) so that a thread loads only the parser and
 * the formats.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ParseLimits } from '../formats/document.js';
import { readManifestFile } from '../formats/registry.js';
import type { ReadBatch, ReadBatchResult } from './read-pool.js';

const limits = (workerData as { limits: ParseLimits }).limits;

parentPort?.on('message', (batch: ReadBatch) => {
  const result: ReadBatchResult = {
    readings: batch.requests.map((request) => [
      request.key,
      readManifestFile(request.text, request.path, limits),
    ]),
  };
  parentPort?.postMessage(result);
});
