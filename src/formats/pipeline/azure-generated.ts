import { asArray, asString, field } from '../access.js';
import type { PlainObject } from '../access.js';
import type { AdapterContext } from '../context.js';
import { clip } from '../field-text.js';
import type { PathSegment } from '../types.js';
import { isTemplateItem, readDependsOn } from './azure-pipeline.js';
import { namesADeploy } from './classify.js';

/**
 * Azure pipelines whose deployments are generated: template expressions (`${{ each }}`) that
 * generate stages, and job templates, that deploy by their names. Their deployments are not in
 * the file, so the pipeline is reported as unsupported rather than judged as deploying nothing.
 */

interface GeneratedPart {
  at: PathSegment[];
  description: string;
}

/** Template expressions and templates that, by their names, generate the pipeline's deployments. */
export function generatedDeployParts(value: unknown): GeneratedPart[] {
  const parts: GeneratedPart[] = [];
  const stages = asArray(field(value, 'stages'));
  const jobsAt: [unknown[], PathSegment[]][] = [];
  if (stages) {
    stages.forEach((stage, i) => {
      if (isTemplateItem(stage)) {
        for (const [key, inner] of Object.entries(stage as PlainObject)) {
          for (const [j, generated] of (asArray(inner) ?? []).entries()) {
            const name = asString(field(generated, 'stage')) ?? '';
            const templates = (asArray(field(generated, 'jobs')) ?? []).map(
              (job) => asString(field(job, 'template')) ?? '',
            );
            if (namesADeploy(name) || templates.some((t) => namesADeploy(t))) {
              parts.push({
                at: ['stages', i, key, j],
                description: describeGenerated(key, name, templates, generated),
              });
            }
          }
        }
      } else {
        const jobs = asArray(field(stage, 'jobs'));
        if (jobs) jobsAt.push([jobs, ['stages', i, 'jobs']]);
      }
    });
  } else {
    const jobs = asArray(field(value, 'jobs'));
    if (jobs) jobsAt.push([jobs, ['jobs']]);
  }
  for (const [jobs, at] of jobsAt) {
    jobs.forEach((job, i) => {
      const template = asString(field(job, 'template'));
      if (template !== undefined && namesADeploy(template)) {
        parts.push({ at: [...at, i], description: `job template ${clip(template)} is not in this file` });
      }
    });
  }
  return parts;
}

function describeGenerated(key: string, name: string, templates: string[], generated: unknown): string {
  const expression = clip(key.replace(/:$/, ''), 70);
  const jobs = templates.filter((t) => t !== '');
  let text = `\`${expression}\` generates stage ${clip(name)}${jobs.length > 0 ? ` from template ${jobs.map((t) => clip(t)).join(', ')}, which is not in this file` : ''}`;
  const dependsOn = field(generated, 'dependsOn');
  if (dependsOn !== undefined) {
    const deps = readDependsOn(dependsOn, undefined);
    if (!deps.some((dep) => dep.includes('${{'))) {
      text += `; every generated stage depends only on ${deps.map((d) => clip(d)).join(', ') || 'nothing'}, so the generated stages are not sequenced and can run at the same time`;
    }
  }
  return text;
}

export function reportHiddenDeployments(ctx: AdapterContext): void {
  const parts = generatedDeployParts(ctx.doc.value);
  const first = parts[0];
  if (first === undefined) return;
  ctx.report(
    first.at,
    `the deployments of this pipeline are generated: ${parts.map((p) => p.description).join('; ')}. Template expressions generate stages; judge the expanded pipeline`,
    'MANIFEST_UNSUPPORTED',
  );
}
