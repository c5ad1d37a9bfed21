#!/usr/bin/env node
import type { Writable } from 'node:stream';
import { runCli } from './cli/run.js';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Writes to a stream until its reader goes away: a closed pipe (`rollout-guard rules | head -1`)
 * is no error, so the rest of the output is dropped quietly and the command still ends with its
 * own exit code. Any other write error still surfaces.
 */
function pipeTo(stream: Writable): (text: string) => void {
  let closed = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    closed = true;
  });
  return (text) => {
    if (!closed) stream.write(text);
  };
}

const code = await runCli(process.argv.slice(2), {
  stdout: pipeTo(process.stdout),
  stderr: pipeTo(process.stderr),
  readStdin,
  cwd: process.cwd(),
  now: () => new Date(),
  env: process.env,
  readWorker: new URL('./read-worker.js', import.meta.url),
});
process.exitCode = code;
