/**
 * Publishing step: the reports as files (JSON, the job summary's markdown, SARIF) in a folder of
 * their own, the SARIF file the inputs name, the job summary, and the text report in the log.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import type { Report } from '../../core/model.js';
import { renderers } from '../../report/index.js';
import { inWorkspace } from '../environment.js';
import type { ActionEnvironment } from '../environment.js';
import type { ActionInputs } from '../inputs.js';

/** Markdown job summaries over 1 MiB are rejected by the runner. */
const SUMMARY_MAX_BYTES = 1_000_000;

export interface ReportFiles {
  dir: string;
  report: string;
  summary: string;
  sarif: string;
}

/** The folder the reports go to, made now: an upload-artifact step can take it and nothing else. */
export async function makeReportFolder(environment: ActionEnvironment): Promise<string> {
  const dir = path.join(environment.runnerTemp, 'rollout-guard');
  await mkdir(dir, { recursive: true });
  return dir;
}

export async function writeReportFiles(
  report: Report,
  dir: string,
  options: {
    inputs: ActionInputs;
    environment: ActionEnvironment;
    blobUrlBase: string;
    /** Appended to the summary: what the annotations left out. */
    annotationNote: string | undefined;
  },
): Promise<ReportFiles> {
  let summary = renderers.markdown(report, {
    blobUrlBase: options.blobUrlBase,
    maxBytes: SUMMARY_MAX_BYTES - 2000,
  });
  if (options.annotationNote !== undefined) summary += `\n${options.annotationNote}\n`;

  const files: ReportFiles = {
    dir,
    report: path.join(dir, 'rollout-guard-report.json'),
    summary: path.join(dir, 'rollout-guard-summary.md'),
    sarif: path.join(dir, 'rollout-guard.sarif'),
  };
  const sarif = renderers.sarif(report);
  await writeFile(files.report, renderers.json(report), 'utf8');
  await writeFile(files.summary, summary, 'utf8');
  await writeFile(files.sarif, sarif, 'utf8');
  if (options.inputs.sarif) {
    await writeFile(inWorkspace(options.environment, options.inputs.sarif), sarif, 'utf8');
  }
  if (options.environment.hasStepSummary) await core.summary.addRaw(summary).write();
  core.info(renderers.text(report));
  return files;
}
