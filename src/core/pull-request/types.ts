/**
 * The public shapes of the pull request reader: what a policy asks for (SectionOptions), what the
 * reader finds (ParsedBody, Section, Link) and the allow-list entries links are judged against.
 */
import type { HtmlState, Opened } from './html.js';

export interface SectionOptions {
  /**
   * Heading texts that name the section, e.g. `['Rollback plan', 'Rollback']`. Compared with the
   * body's headings and labels case-insensitively, ignoring markup and any punctuation or emoji
   * before and after the words (`### 🔙 Rollback plan:` matches "rollback plan").
   */
  headings: string[];
  /**
   * Minimum length of what the section says: characters of its distinct words once hidden text,
   * template text, negations, deferrals and padding are set aside (substance.ts). Default: 20.
   */
  minLength?: number;
  /**
   * Headings of the other sections the policy requires (the evidence headings when looking for the
   * rollback plan, and the other way round). A sub-section named by these, or by `headings`, is cut
   * out of the section around it: a section is its own text, so one text never answers two
   * questions. Default: none.
   */
  otherHeadings?: string[];
  /**
   * A link or image that shows counts as an answer on its own, whatever the words around it: for
   * the evidence section, where the link is the answer (a screenshot needs no caption). Links in
   * unticked options, sub-headings and table headers do not. Default: false.
   */
  linksAreContent?: boolean;
}

export type LinkKind = 'link' | 'image' | 'autolink';

export interface Link {
  /** The destination as written (entities and escapes decoded), not yet validated. */
  url: string;
  /** 1-based line in the body. */
  line: number;
  /** `autolink` covers `<https://…>` and bare URLs (GFM literal autolinks). */
  kind: LinkKind;
}

export interface Section {
  /** The heading or label as written, without markup, e.g. "🔙 Rollback plan:". */
  heading: string;
  /** 1-based line of the heading or label. */
  line: number;
  /**
   * The visible content as plain text: without hidden content (HTML comments, hidden elements,
   * struck-through text), template text, unticked boxes, sub-headings or table headers; a link
   * reads as its label, an image as nothing.
   */
  text: string;
  /** Links and images a reviewer can follow in the section, in document order. */
  links: Link[];
}

export type SectionResult =
  | { status: 'present'; section: Section }
  | { status: 'missing' }
  /** The section is there but does not count; `reason` says why, for the person who wrote it. */
  | { status: 'empty'; heading: string; line: number; reason: string; section: Section };

export interface OutlineEntry {
  /** `label` is a paragraph or list item that opens with bold text: `**Rollback plan:** revert`. */
  kind: 'heading' | 'label';
  /** 1-6 for headings; 7 for labels, which rank below every heading. */
  level: number;
  /** As written, without markup. */
  heading: string;
  /** 1-based line. */
  line: number;
  /** The heading normalised for matching. */
  key: string;
  /** Where the section's content starts: 0-based line index and character column. */
  start: { index: number; column: number };
  /** For a label at the start of a list item: the item's content column; the section is that item. */
  itemColumn?: number;
  /**
   * What hides the heading or label itself from a reviewer, if something does: it is inside an
   * HTML comment or an element that hides its content, opened on an earlier line.
   */
  hidden?: Opened;
  /** HTML left open where the section's content starts (`## Plan <template>`): its reading starts there. */
  html?: HtmlState;
}

export interface ParsedBody {
  /** Headings and labels in document order. */
  outline: OutlineEntry[];
  lines: string[];
  /** Top-level reference definition lines, so that `[run][ci]` resolves inside any section. */
  definitions: string[];
}

export interface RejectedLink {
  link: Link;
  reason: string;
}

/** An allow-list entry: `ci.example.com` (that host only) or `*.example.com` (subdomains, not the apex). */
export interface AllowedHost {
  host: string;
  subdomains: boolean;
}

/** What a section holds, read unit by unit (contents.ts), for judge.ts to weigh. */
export interface Contents {
  /** Units of real content, each already cleaned. */
  text: string[];
  /** Units of template text, as samples for the reason. */
  templates: string[];
  comments: number;
  /** What hid content other than comments, as `<div hidden> on line 3`. */
  hidden: string[];
  /** The visible text of each ticked box: an answer if it says something. */
  ticked: string[];
  unticked: number;
  links: Link[];
  /** How many of `links` are in sub-headings, table headers or unticked options: not answers. */
  asideLinks: number;
}
