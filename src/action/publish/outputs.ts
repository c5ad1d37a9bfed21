/** Publishing step: the action's outputs, named as in action.yml. */
import * as core from '@actions/core';
import type { Report } from '../../core/model.js';
import type { ReportFiles } from './files.js';

export function setReportOutputs(report: Report, files: ReportFiles): void {
  setVerdictOutputs([report]);
  core.setOutput('report-dir', files.dir);
  core.setOutput('report-path', files.report);
  core.setOutput('summary-path', files.summary);
  core.setOutput('sarif-path', files.sarif);
}

/** verdict, errors and warnings over one or more reports (a re-judge judges several pull requests). */
export function setVerdictOutputs(reports: readonly Report[]): void {
  const errors = reports.reduce((sum, report) => sum + report.summary.errors, 0);
  const warnings = reports.reduce((sum, report) => sum + report.summary.warnings, 0);
  const verdict = reports.some((report) => report.verdict === 'fail') ? 'fail' : 'pass';
  core.setOutput('verdict', verdict);
  core.setOutput('errors', String(errors));
  core.setOutput('warnings', String(warnings));
}

/** A re-judge that found no pull request to judge. */
export function setNoVerdictOutput(): void {
  core.setOutput('verdict', 'none');
}
