import type { Entry, Passage } from '../corpus/types.ts';
import type { Found } from './answer-question.ts';
import { chosenPassage } from './entry-answers.ts';
import { findTextRefs, formatTextRef, isKindWord, type TextRef, withoutTextRefs } from './identifiers.ts';
import type { SearchIndex } from './search-index.ts';
import { STOP_WORDS } from './stop-words.ts';
import { terms, tokenize } from './text.ts';
import type { Understanding } from './understand.ts';

/*
 * Part of stage 4 of /ask, "compose": a fact-check of which text is which ("Res 188 is the flight
 * tracking one, right?", "the flight tracking text is Resolution 189, correct?"). The number is the
 * claim; the rest of the line names the thing by its topic. When the topic names one text or outcome
 * plainly, and that one's own text gives another number of the same kind, the answer is "No" and that
 * sentence. See docs/answering.md.
 */

/** Share of the topic's words an entry's own names must hold to be the thing the line means. */
export const MIN_TOPIC_SHARE = 2 / 3;

/** The correction of a fact-check that gives a text the wrong topic, if the corpus makes it plain. */
export function identityCorrection(u: Understanding, asked: string, index: SearchIndex): Found | undefined {
  if (!u.yesNo) return undefined;
  const refs = findTextRefs(asked);
  const [ref] = refs;
  if (ref === undefined || refs.length > 1) return undefined;
  const topic = topicWords(u.question).filter((w) => !index.impliedNames.has(w));
  if (topic.length === 0) return undefined;
  const meant = onlyEntryNamed(topic, index);
  if (meant === undefined) return otherTopic(ref, topic, index);
  const numbered = (isText(meant) ? [{ kind: meant.kind, number: meant.number }] : namedRefs(meant)).filter(
    (r): r is TextRef => r.kind === ref.kind && r.number !== undefined,
  );
  const numbers = new Set(numbered.map((r) => r.number));
  if (numbers.size !== 1 || numbers.has(ref.number)) return undefined;
  const [other] = numbered as [TextRef];
  // "Resolution 191 is the Ebola one?": a number the corpus gives the topic only as unverified ("probably
  // Resolution 202") is no ground for a "No"; what the claimed text is about may still be.
  const passage = index.passagesOf(meant.id).find((p) => saysRef(p, other) && !p.uncertain);
  if (passage === undefined) return otherTopic(ref, topic, index);
  // "Res 185 is the IPv6 one?": what Resolution 185 is follows, when the corpus has it.
  const claimed = index.corpus.entries.find((e) => e.kind === ref.kind && e.number === ref.number);
  const itself = claimed ? index.passagesOf(claimed.id).find((p) => p.isSummary) : undefined;
  return {
    found: true,
    entry: meant,
    passages: [chosenPassage(passage, meant), ...(claimed && itself ? [chosenPassage(itself, claimed)] : [])],
    reason: `gives the topic to ${formatTextRef(other)}, not ${formatTextRef(ref)}`,
    lead: 'no',
  };
}

/**
 * "Res 185 was the cybersecurity one?": when no one text is plainly meant, but the topic names an entry
 * of its own ("Cybersecurity at PP-14") and nothing the corpus says of the claimed text holds a word of
 * the topic, the claimed text is another thing: "No", and what it is. A topic the corpus names nowhere
 * ("the plane one") corrects nothing: it may be the text's own topic, worded otherwise.
 */
function otherTopic(ref: TextRef, topic: readonly string[], index: SearchIndex): Found | undefined {
  const claimed = index.corpus.entries.find((e) => e.kind === ref.kind && e.number === ref.number);
  const itself = claimed ? index.passagesOf(claimed.id).find((p) => p.isSummary) : undefined;
  if (claimed === undefined || itself === undefined) return undefined;
  const named = index.corpus.entries.some((e) => {
    if (e === claimed) return false;
    const own = new Set(tokenize([e.title, ...e.aliases].join(' ')));
    return topic.filter((w) => own.has(w)).length / topic.length >= MIN_TOPIC_SHARE;
  });
  if (!named) return undefined;
  const stems = new Set(topic.flatMap((w) => terms(w)));
  const says = [claimed.title, ...claimed.aliases, ...index.passagesOf(claimed.id).map((p) => p.text)];
  if (says.some((t) => terms(t).some((w) => stems.has(w)))) return undefined;
  return {
    found: true,
    entry: claimed,
    passages: [chosenPassage(itself, claimed)],
    reason: `gives ${formatTextRef(ref)} another topic than the line's`,
    lead: 'no',
  };
}

/** The line's words that name its topic: not the reference, not a kind of text, not filler. */
function topicWords(asked: string): string[] {
  return tokenize(withoutTextRefs(asked)).filter(
    (w) => !STOP_WORDS.has(w) && !isKindWord(w) && !/^\d/.test(w) && !TEXT_STATUS.test(w),
  );
}

/** How a text stands ("the new cybersecurity resolution"), which says nothing of its topic. General English. */
const TEXT_STATUS = /^(?:new|old|latest|main|big|famous)$/;

/**
 * The one entry (a numbered text or an outcome) whose own names hold most of the topic's words, at
 * least {@link MIN_TOPIC_SHARE} of them; none when two entries hold as many.
 */
function onlyEntryNamed(topic: readonly string[], index: SearchIndex): Entry | undefined {
  const scored = index.corpus.entries
    .filter((e) => e.kind === 'resolution' || e.kind === 'decision' || e.kind === 'outcome')
    .map((e) => {
      const own = new Set(tokenize([e.title, ...e.aliases].join(' ')));
      return { e, held: topic.filter((w) => own.has(w)).length };
    })
    .filter((x) => x.held / topic.length >= MIN_TOPIC_SHARE)
    .sort((a, b) => b.held - a.held);
  const [best, next] = scored;
  if (best === undefined || (next !== undefined && next.held === best.held && !sameText(best.e, next.e)))
    return undefined;
  return best.e;
}

/** True when an outcome and a text are one thing told twice (the outcome names the text as its result). */
function sameText(a: Entry, b: Entry): boolean {
  const refsOf = (e: Entry): TextRef[] =>
    isText(e) && e.number !== undefined ? [{ kind: e.kind, number: e.number }] : namedRefs(e);
  return refsOf(a).some((r) => refsOf(b).some((s) => s.kind === r.kind && s.number === r.number));
}

function isText(e: Entry): e is Entry & { kind: TextRef['kind'] } {
  return e.kind === 'resolution' || e.kind === 'decision';
}

/** The numbered texts an entry names in its summary and fields. */
function namedRefs(e: Entry): TextRef[] {
  return findTextRefs([e.summary, ...e.fields.map((f) => f.value)].join(' '));
}

function saysRef(p: Passage, ref: TextRef): boolean {
  return findTextRefs(p.text).some((r) => r.kind === ref.kind && r.number === ref.number);
}
