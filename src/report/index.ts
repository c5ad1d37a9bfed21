import type { Renderer } from './common.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderSarif } from './sarif.js';
import { renderText } from './text.js';

export { LINKS_LINE_PREFIX, renderComment } from './markdown.js';
export type { RenderOptions, Renderer, ReportLinks } from './common.js';
export { formatStages, totalBake, formatBake } from './stages.js';

/** Every output format, in the order `--format` lists them. */
export const OUTPUT_FORMATS = ['text', 'json', 'markdown', 'sarif'] as const;

export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** The only list of renderers: each a pure function of the Report; the caller decides where text goes. */
export const renderers = {
  text: renderText,
  json: renderJson,
  markdown: renderMarkdown,
  sarif: renderSarif,
} satisfies Record<OutputFormat, Renderer>;

export function isOutputFormat(value: string): value is OutputFormat {
  return (OUTPUT_FORMATS as readonly string[]).includes(value);
}
