import type { Entry } from '../corpus/types.ts';
import type { QuestionResult } from './answer-types.ts';
import { chosenPassage, summaryPassages } from './entry-answers.ts';
import type { SearchIndex } from './search-index.ts';
import { escapeRegExp, squash } from './text.ts';

/*
 * Part of stage 4 of /ask, "compose": "what does BDT stand for" (which the clause reader makes "what is
 * the full name of BDT") asks the long form of a short name. The corpus spells it out where it names an
 * entry or a source as "Telecommunication Development Bureau (BDT)"; an entry's summary that never does
 * is no answer. See docs/answering.md.
 */

/** "What is the full name of X", "what is the long form of X": X, as asked. */
const FULL_NAME_ASKED =
  /^(?:what|which)(?:'s|\s+is|\s+was)\s+(?:the\s+)?(?:full|long)\s+(?:name|form)\s+of\s+(?:the\s+)?([\p{L}\p{N}][\p{L}\p{N}.]*(?:\s*-\s*[\p{L}\p{N}]+)*)[\s?.!]*$/iu;

/**
 * The answer to "what is the full name of X": the long form the corpus writes before "(X)", in a name of
 * an entry or a source's publisher, said as "X stands for …" with that entry's sources; or, when the
 * corpus spells X out nowhere, a decline, never an entry's summary that does not. Undefined when the
 * question asks no full name.
 */
export function fullNameAnswer(question: string, index: SearchIndex): QuestionResult | undefined {
  // "WG - PL", as the tokenizer spaces a hyphen, is "WG-PL".
  const short = FULL_NAME_ASKED.exec(question.trim())?.[1]?.replace(/\s*-\s*/g, '-');
  if (short === undefined) return undefined;
  const found = longFormOf(short, index);
  if (found === undefined) {
    // "The Working Group of the Plenary (WG-PL) was …": a sentence of the entry so named that spells it out.
    const spelled = spelledOutIn(short, index);
    return spelled
      ? {
          found: true,
          entry: spelled.entry,
          passages: [spelled],
          reason: 'asks the full name of a short name its entry spells out',
        }
      : {
          found: false,
          nearest: [],
          reason: `asks what ${short} stands for, which the corpus does not spell out`,
        };
  }
  const [summary] = summaryPassages(found.entry, index);
  const own = summary ?? firstPassage(found.entry, index);
  if (own === undefined) return undefined;
  const text = `${found.short} stands for ${found.long}.`;
  const passage = { ...own.passage, id: `${found.entry.id}#full-name`, text, context: '', isSummary: false };
  return {
    found: true,
    entry: found.entry,
    passages: [{ ...own, passage }],
    reason: 'asks the full name of a short name the corpus spells out',
  };
}

/** The long form of a short name, as the corpus writes it before the name in brackets, and its entry. */
function longFormOf(
  short: string,
  index: SearchIndex,
): { entry: Entry; short: string; long: string } | undefined {
  const pattern = new RegExp(`^(.*\\S)\\s*\\(\\s*(${escapeRegExp(short)})\\s*\\)$`, 'i');
  const wanted = squash(short);
  let found: { entry: Entry; short: string; long: string } | undefined;
  for (const entry of index.corpus.entries) {
    for (const name of [entry.title, ...entry.aliases, entry.publisher ?? '']) {
      const m = pattern.exec(name);
      if (!m || squash(m[2] ?? '') !== wanted) continue;
      // "New America, Open Technology Institute (OTI)": the name is the part the brackets follow.
      const long = (m[1] ?? '').split(/,\s*/).pop()?.trim() ?? '';
      if (long === '' || squash(long) === wanted) continue;
      const candidate = { entry, short: m[2] ?? short, long };
      // An entry about the thing itself before a source that names its publisher so.
      if (entry.kind !== 'source') return candidate;
      found ??= candidate;
    }
  }
  return found;
}

/** A sentence of an entry named by the short name that writes it in brackets after its long form. */
function spelledOutIn(short: string, index: SearchIndex) {
  const bracketed = new RegExp(`\\S\\s*\\(\\s*${escapeRegExp(short)}\\s*\\)`, 'i');
  for (const at of index.nameIndex.named(squash(short))) {
    const entry = index.corpus.entries[at];
    if (entry === undefined) continue;
    const passage = index.passagesOf(entry.id).find((p) => !p.uncertain && bracketed.test(p.text));
    if (passage) return chosenPassage(passage, entry);
  }
  return undefined;
}

function firstPassage(entry: Entry, index: SearchIndex) {
  const [passage] = index.passagesOf(entry.id);
  return passage === undefined ? undefined : chosenPassage(passage, entry);
}
