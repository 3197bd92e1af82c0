import { type Answer, makeAnswer, statement } from '../answer.ts';
import type { Corpus, Entry } from '../corpus/types.ts';
import { findTextRefs } from '../search/identifiers.ts';
import { escapeRegExp } from '../search/text.ts';
import { citationsFor, commandFor, labelFor } from './entry-links.ts';

/** Most references answered for one message: more is a list someone pasted, not a question. */
export const MAX_PASSIVE_REFS = 3;
/** The same reference is not answered again in the same channel within this time. */
export const PASSIVE_REPEAT_MS = 10 * 60 * 1000;
/** Aliases shorter than this are not looked for in ordinary chat (too many false hits). */
const MIN_ALIAS_CHARS = 4;

/**
 * The entries an ordinary message names: "Resolution 174", "Res. 174", "Decision 5", or an outcome's
 * alias as whole words. At most {@link MAX_PASSIVE_REFS}, in the order they appear.
 */
export function findReferences(text: string, corpus: Corpus): Entry[] {
  const found: { at: number; entry: Entry }[] = [];
  for (const ref of findTextRefs(text)) {
    const entry = corpus.entries.find((e) => e.kind === ref.kind && e.number === ref.number);
    if (entry) found.push({ at: text.search(new RegExp(`\\b${ref.number}\\b`)), entry });
  }
  const lower = text.toLowerCase();
  for (const entry of corpus.entries) {
    if (entry.kind !== 'outcome') continue;
    for (const alias of entry.aliases) {
      if (alias.length < MIN_ALIAS_CHARS) continue;
      const m = new RegExp(
        `(?:^|[^\\p{L}\\p{N}])${escapeRegExp(alias.toLowerCase())}(?:$|[^\\p{L}\\p{N}])`,
        'u',
      ).exec(lower);
      if (m) {
        found.push({ at: m.index, entry });
        break;
      }
    }
  }
  const unique = [...new Map(found.sort((a, b) => a.at - b.at).map((f) => [f.entry.id, f.entry])).values()];
  return unique.slice(0, MAX_PASSIVE_REFS);
}

/** One compact card for the entries a message named: each with its summary's first sentence and command. */
export function passiveCard(entries: readonly Entry[], corpus: Corpus): Answer {
  return makeAnswer({
    ok: true,
    command: 'lookup',
    title: entries.length === 1 ? `${labelFor(entries[0] as Entry)}` : 'Mentioned here',
    items: entries.map((e) => {
      const first = e.summary[0];
      return {
        label: `${labelFor(e)}${labelFor(e) === e.title ? '' : `: ${e.title}`}`,
        detail: first ? statement(first.text, first.uncertain) : e.title,
        command: commandFor(e),
      };
    }),
    citations: citationsFor(
      corpus,
      entries.flatMap((e) => e.summary[0]?.citations ?? []),
    ),
  });
}
