#!/usr/bin/env node
import { runCli } from './cli/run.js';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin,
  cwd: process.cwd(),
  now: () => new Date(),
  env: process.env,
  readWorker: new URL('./read-worker.js', import.meta.url),
});
process.exitCode = code;
