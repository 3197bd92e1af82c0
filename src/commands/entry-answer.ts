import { type Answer, makeAnswer } from '../answer.ts';
import type { Entry } from '../corpus/types.ts';
import { citationsFor, relatedFor } from './entry-links.ts';
import { labelledStatement } from './status-labels.ts';
import type { CommandContext } from './types.ts';

/** How an entry's body is turned into answer paragraphs. */
export interface EntryAnswerOptions {
  command: string;
  title: string;
  /** Fields shown before the entry's own fields. */
  leadFields?: {
    label: string;
    value: string;
    citations?: string[];
    uncertain?: boolean;
    singleSource?: boolean;
  }[];
  /** Labels shown apart from the title, e.g. that the official title is not verified. */
  labels?: string[];
}

/**
 * The full answer for one entry: summary, fields, each section under its heading, the sources cited
 * anywhere in it, and its related entries. Shared by every command that shows a single entry.
 */
export function entryAnswer(entry: Entry, ctx: CommandContext, options: EntryAnswerOptions): Answer {
  const cited: string[] = [];
  const sentences = (list: Entry['summary']) => {
    for (const s of list) cited.push(...s.citations);
    return list.map((s) => labelledStatement(s, ctx.corpus)).join(' ');
  };
  const body: string[] = [];
  if (entry.summary.length > 0) body.push(sentences(entry.summary));
  for (const section of entry.sections) {
    const paragraphs = section.paragraphs.map((p) => sentences(p.sentences)).filter((p) => p !== '');
    if (paragraphs.length === 0) continue;
    if (section.heading) body.push(`**${section.heading}**`);
    body.push(...paragraphs);
  }
  const fields = [...(options.leadFields ?? []), ...entry.fields];
  for (const f of fields) cited.push(...(f.citations ?? []));
  const shown = fields.map((f) => ({
    label: f.label,
    value: labelledStatement(
      { text: f.value, uncertain: f.uncertain, singleSource: f.singleSource, citations: f.citations ?? [] },
      ctx.corpus,
    ),
  }));
  // The header shows the status as the long form words it, labels (unverified, disputed) included.
  const isStatus = (f: { label: string }) => /^status$/i.test(f.label.trim());
  const status = shown.find(isStatus)?.value ?? statusWord(entry.status);
  return makeAnswer({
    ok: true,
    command: options.command,
    kind: entry.kind,
    title: options.title,
    body,
    fields: shown,
    ...(options.labels && options.labels.length > 0 ? { labels: options.labels } : {}),
    citations: citationsFor(ctx.corpus, entry.kind === 'source' ? [entry.id] : cited),
    related: relatedFor(ctx.corpus, entry.related, entry.id),
    // The card's header carries the status, so its fields need not repeat it.
    short: {
      ...(status ? { status } : {}),
      ...(entry.summary.length > 0 && body[0] ? { lead: body[0] } : {}),
      fields: shown.filter((f) => !isStatus(f)),
    },
  });
}

/** A status as the few words of a card's header: `revised`, `not agreed`; `unknown` says so. */
function statusWord(status: string | undefined): string | undefined {
  if (!status) return undefined;
  if (status === 'unknown') return 'status not verified';
  return status.replace(/-/g, ' ');
}
