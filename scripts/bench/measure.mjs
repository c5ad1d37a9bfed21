// Timing and process helpers for the benchmark.
import { Buffer } from 'node:buffer';
import { performance } from 'node:perf_hooks';
import { spawn } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const now = () => performance.now();

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Median and samples of a series, in milliseconds rounded to 0.1. */
export function series(samples) {
  const round = (value) => Math.round(value * 10) / 10;
  return { median: round(median(samples)), samples: samples.map(round) };
}

/** CPU time (user + system) this process has used, in milliseconds; child processes not included. */
export const cpuNow = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/**
 * A module preloaded with `--import` into measured processes: at exit it writes the process's peak
 * resident set size (KiB) and CPU time (µs) to the file named by BENCH_RSS_FILE. The peak is
 * VmHWM from /proc on Linux: getrusage's maxRSS survives fork and exec, so a child would report
 * the parent's size when the parent is the larger.
 */
export function writeRssHook(dir) {
  const file = path.join(dir, 'rss-hook.mjs');
  writeFileSync(
    file,
    `import { readFileSync, writeFileSync } from 'node:fs';
function peakKiB() {
  try {
    const match = /^VmHWM:\\s+(\\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (match) return Number(match[1]);
  } catch {}
  return process.resourceUsage().maxRSS;
}
process.on('exit', () => {
  if (!process.env.BENCH_RSS_FILE) return;
  const usage = process.resourceUsage();
  writeFileSync(process.env.BENCH_RSS_FILE, JSON.stringify({ peakKiB: peakKiB(), cpuMicros: usage.userCPUTime + usage.systemCPUTime }));
});
`,
  );
  return pathToFileURL(file).href;
}

/**
 * Runs `node <args>` and resolves with its wall time, exit code and output; with `rssHook`, also
 * its peak RSS in MiB and the CPU time of the node process (not of the git processes it runs).
 */
export function runNode(args, { env = process.env, cwd, rssHook, nodeOptions = [] } = {}) {
  const rssFile = rssHook
    ? path.join(cwd ?? process.cwd(), `.rss-${process.pid}-${Math.random()}`)
    : undefined;
  const nodeArgs = [...(rssHook ? ['--import', rssHook] : []), ...nodeOptions, ...args];
  return new Promise((resolve, reject) => {
    const start = now();
    const child = spawn(process.execPath, nodeArgs, {
      env: rssFile ? { ...env, BENCH_RSS_FILE: rssFile } : env,
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = now() - start;
      let rssMb;
      let cpuMs;
      if (rssFile) {
        try {
          const usage = JSON.parse(readFileSync(rssFile, 'utf8'));
          rssMb = Math.round(usage.peakKiB / 1024);
          cpuMs = usage.cpuMicros / 1000;
        } catch {
          // The process died before its exit handler ran.
        }
        rmSync(rssFile, { force: true });
      }
      resolve({ ms, code, stdout, stderr, rssMb, cpuMs });
    });
  });
}

/** Runs git and resolves with its stdout as a Buffer; rejects on a non-zero exit. */
export function git(dir, args, input) {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['-C', dir, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks = [];
    let stderr = '';
    child.stdout.on('data', (chunk) => chunks.push(chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(Buffer.concat(chunks)) : reject(new Error(`git ${args[0]}: ${stderr.trim()}`)),
    );
    child.stdin.end(input);
  });
}

export function formatMs(ms) {
  if (ms === undefined) return '—';
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`;
}

/** A plain-text table with right-aligned numbers. */
export function table(headers, rows) {
  const widths = headers.map((header, i) =>
    Math.max(header.length, ...rows.map((row) => String(row[i]).length)),
  );
  const line = (cells) =>
    cells
      .map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i])))
      .join('  ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
