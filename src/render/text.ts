import type { Answer, Citation } from '../answer.ts';
import { labelsLine } from './labels.ts';

/** Options for {@link renderText}. */
export interface TextRenderOptions {
  /** Use ANSI bold for emphasis and headings (only for a terminal that shows it). */
  color?: boolean;
}

const BOLD = '\u001b[1m';
const RESET = '\u001b[0m';

/**
 * Renders an answer as plain text for a terminal or a log: title, note, fields, body, items, citations
 * ("Source: ..."), related entries and suggestions, in that order. Pure.
 */
export function renderText(answer: Answer, { color = false }: TextRenderOptions = {}): string {
  const em = (s: string) => s.replace(/\*\*(.+?)\*\*/g, color ? `${BOLD}$1${RESET}` : '$1');
  const bold = (s: string) => (color ? `${BOLD}${s}${RESET}` : s);
  const out: string[] = [bold(answer.title)];
  const labels = labelsLine(answer.labels);
  if (labels) out.push(labels);
  if (answer.note) out.push(em(answer.note));
  if (answer.fields.length > 0) out.push(answer.fields.map((f) => `${f.label}: ${em(f.value)}`).join('\n'));
  for (const p of answer.body) out.push(em(p));
  if (answer.items.length > 0) {
    const lines: string[] = [];
    let group: string | undefined;
    for (const item of answer.items) {
      if (item.group !== undefined && item.group !== group) {
        group = item.group;
        lines.push(bold(`${group}:`));
      }
      const detail = item.detail ? ` - ${em(item.detail)}` : '';
      const open = item.command && item.command !== item.label ? `  (${item.command})` : '';
      lines.push(`  • ${em(item.label)}${detail}${open}`);
    }
    out.push(lines.join('\n'));
  }
  if (answer.page && answer.page.pages > 1) {
    out.push(
      `Page ${answer.page.page} of ${answer.page.pages}${answer.page.next ? `. Next: ${answer.page.next}` : ''}`,
    );
  }
  if (answer.citations.length > 0) {
    const label = answer.citations.length === 1 ? 'Source' : 'Sources';
    out.push(`${label}:\n${answer.citations.map((c) => `  - ${formatCitation(c)}`).join('\n')}`);
  }
  if (answer.related.length > 0) out.push(`Related: ${answer.related.map((r) => r.command).join(', ')}`);
  const suggestions = answer.suggestions.filter((s) => s !== answer.page?.next);
  if (suggestions.length > 0) out.push(`${answer.ok ? 'See also' : 'Try'}: ${suggestions.join(', ')}`);
  return out.join('\n\n');
}

/** One citation on one line: publisher, "title", date, URL. */
export function formatCitation(c: Citation): string {
  return [c.publisher, `"${c.title}"`, c.date, c.url].filter((x) => x !== undefined && x !== '').join(', ');
}
