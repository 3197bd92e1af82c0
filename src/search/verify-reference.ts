import { findTextRefs, isKindWord } from './identifiers.ts';
import { perObject } from './per-object.ts';
import { isQuality } from './question-words.ts';
import { escapeRegExp, squash, terms } from './text.ts';
import type { Understanding } from './understand.ts';
import type { VerifyInput } from './verify.ts';
import { ranksOtherThing } from './verify-rank.ts';

/*
 * Part of stage 3 of /ask, "verify": which of several like things a passage is about, against the one
 * the question asks about: the body told to act or the one acting, what came before or after a name,
 * (dates, other years and what could have been are verify-time.ts's; siblings named alike are
 * verify-sibling.ts's). See
 * docs/answering.md.
 */

/**
 * "What did WRC-15 decide on X?" asks what WRC-15 did. A passage that names WRC-15 only as the one told
 * to act ("Resolution 185 asks WRC-15 to take up X") says what was asked of it, not what it did: the
 * background, not the result. Returns the agent's name when that is all the passage says of it.
 * `cites` tells whether a name is one of the passage's sources.
 */
export function directedOnly(
  text: string,
  q: VerifyInput,
  cites: (name: string) => boolean = () => false,
): string | undefined {
  const asked = agentUsesOf(q.u);
  // The conference itself ("did PP-14 agree", "did ITU take up") is what every passage is about, and a
  // source the passage cites is the one saying it.
  if (asked === undefined || asked.agent.some((t) => q.implied?.has(squash(t)) || cites(t))) return undefined;
  const uses = [...text.matchAll(asked.uses)];
  // A passage that never names the agent (a field of another text's entry) says nothing it did either.
  return uses.every((m) => m[1] !== undefined || m[2] !== undefined) ? asked.agent.join(' ') : undefined;
}

/**
 * The question's agent and the pattern of its mentions, once per question: the pattern was made again
 * for every candidate (about 1 µs each).
 */
const agentUsesOf = perObject((u: Understanding): { agent: string[]; uses: RegExp } | undefined => {
  const agent = questionAgent(u);
  if (agent === undefined) return undefined;
  const pattern = agent.map((t) => escapeRegExp(t)).join('\\s*');
  // Told to act ("asks WRC-15 to", "WRC-15 was to"), or sent something ("report to WRC-15"): not acting.
  // Read with matchAll only, which leaves this pattern's lastIndex as it is.
  const uses = new RegExp(
    `(\\b(?:to|before)\\s+)?(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])(\\s+(?:(?:was|were|is|are)\\s+)?to\\s)?`,
    'giu',
  );
  return { agent, uses };
});

/**
 * The named agent of a question in the form "what/how did <Name> <verb>" or "did <Name> <verb>": the
 * tokens between the auxiliary and the verb, when they are names.
 */
function questionAgent(u: Understanding): string[] | undefined {
  const words = u.tokens;
  const aux = words.findIndex((t) => t.pos === 'AUX' && /^(?:did|does|do|will|would)$/i.test(t.text));
  if (aux < 0) return undefined;
  let end = aux + 1;
  while (words[end]?.pos === 'PROPN') end++;
  // "What did WTDC-17 in Buenos Aires decide": where the agent met is said between it and its verb.
  let verbFrom = end;
  if (words[verbFrom]?.pos === 'ADP' && words[verbFrom + 1]?.pos === 'PROPN') {
    verbFrom += 1;
    while (words[verbFrom]?.pos === 'PROPN') verbFrom++;
  }
  // "Which bodies did Res 101 ask ITU to work with": a numbered text acting is named in many spellings
  // ("Resolution 101"), and what it asks is what it does, which no other body is told.
  const named = words.slice(aux + 1, end + 1).map((t) => t.text);
  if (words[end]?.pos === 'NUM' && findTextRefs(named.join(' ')).length > 0) return undefined;
  // A verb must follow the name for it to be the one acting ("did WRC-15 adopt", "what did India propose").
  const acts = words.slice(verbFrom, verbFrom + 3).some((t) => t.pos === 'VERB');
  return end > aux + 1 && acts ? words.slice(aux + 1, end).map((t) => t.text) : undefined;
}

/**
 * "Where was the plenipot that followed Busan?" asks about what came after Busan; a passage about Busan
 * itself, or about what came after something else ("the next conference after PP-14" for "after
 * Dubai"), does not answer it. A passage must say "after", "following" or "next" before the name the
 * question gives (or, for the conference itself, any of its own names). Returns the name when it does not.
 */
export function notAfter(text: string, q: VerifyInput): string | undefined {
  const m = questionMatch(AFTER, q.u);
  // "The plenipot after Busan" asks about another conference; "the BR director after PP-14" about who
  // holds a post once the conference is over: only a conference word before "after" asks the former.
  if (m === null || q.implied?.has(squash(m[1] ?? '')) !== true) return undefined;
  const asked = m[2];
  // Only a name: "after the opening ceremony" is a time, not a thing of the series.
  const isName = (w: string) =>
    CAPITAL_FIRST_OR_DIGIT.test(w) || q.implied?.has(squash(w)) === true || q.u.names.includes(squash(w));
  if (asked === undefined || !isName(asked)) return undefined;
  const own = (name: string) =>
    squash(name) === squash(asked) || (q.implied?.has(squash(asked)) === true && q.implied.has(squash(name)));
  for (const m of text.matchAll(AFTER_IN_TEXT)) {
    // "after the Busan ICT Ministerial Meeting": a longer name that starts with the one asked is another.
    const longer = CAPITAL_NEXT.test(text.slice((m.index ?? 0) + m[0].length));
    if (own(m[1] ?? '') && !longer) return undefined;
  }
  // After the conference itself, "the next Plenipotentiary Conference" is the one after it.
  if (q.implied?.has(squash(asked)) === true && /\bnext\b/i.test(text)) return undefined;
  return asked;
}

/**
 * "What did Zhao do after his time as SG ended?", "what did Touré do after leaving the ITU?" ask about what
 * followed an end: a passage that says no
 * end ("Zhao's mandate began on 1 January 2015") tells of the start instead. Returns the end asked.
 */
export function endNotSaid(text: string, q: VerifyInput): string | undefined {
  const asked = AFTER_END.exec(q.u.question)?.[0];
  return asked !== undefined && !END_SAID.test(text) ? asked : undefined;
}

/** "After his time as SG ended", "after her term finished": what followed the end of something. */
const AFTER_END =
  /\bafter\s+(?:(?:his|her|their|its|the)\s+[^?]{0,40}?\b(?:ended|finished|was\s+over|expired|ran\s+out|concluded)\b|(?:leaving|quitting|retiring|stepping\s+down)\b|(?:he|she|they)\s+(?:left|quit|retired|stepped\s+down)\b)/i;

/** Words that tell an end. General English. */
const END_SAID =
  /\b(?:end(?:ed|s)?|finish(?:ed|es)?|left|leaves|stepped\s+down|until|expir\w*|conclud\w*|retir\w*|succeeded|successor)\b/i;

// Module constants, not literals in the functions: tsx (esbuild) turns a literal with a \p{…} escape outside
// brackets into a `new RegExp(…)` evaluated on every call.
const CAPITAL_FIRST_OR_DIGIT = /^\p{Lu}|\d/u;
const CAPITAL_NEXT = /^\s+\p{Lu}/u;

/**
 * "Who was Secretary-General before Touré?" asks what came before a person, and "who took over after
 * Chaesub Lee" what came after: a passage that never places anything before (or after) that person
 * ("Zhao appears to have succeeded Touré", "Lee had chaired Study Group 13 since 2009") does not answer
 * it, though it names them. Returns the order and the name when it does not.
 */
export function orderUnsaid(text: string, q: VerifyInput): string | undefined {
  for (const [asks, says, order] of ORDERS) {
    const m = questionMatch(asks, q.u);
    const asked = m?.[1];
    const name = asked === undefined ? '' : squash(asked);
    // Only a person: "before the Res 99 amendments" or "before CWG-Internet meetings" dates an event.
    if (m === null || asked === undefined || !q.u.names.includes(name)) continue;
    if (!q.namesPerson(q.u.question.slice(m.index + m[0].length - asked.length))) continue;
    if (![...text.matchAll(says)].some((w) => squash(w[1] ?? '') === name)) return `${order} ${asked}`;
  }
  return undefined;
}

/**
 * "What was Wonki Min's job before he chaired the conference?", "what did Lee do before he was
 * elected": what came before something the person did. A passage that places nothing earlier ("the
 * ITIC post names Wonki Min as chairman", "Lee was the first Korean elected") tells of the act itself.
 */
export function earlierUnsaid(text: string, q: VerifyInput): boolean {
  return questionMatch(BEFORE_ACT, q.u) !== null && !EARLIER_SAID.test(text);
}

/** "before he chaired", "before becoming SG", "before his election": before an act of the person asked. */
const BEFORE_ACT =
  /\bbefore\s+(?:(?:he|she|they)\s+\w+|becoming|being|getting|taking|winning|joining|running|his|her|their)\b/i;

/** Words that place something earlier: "had chaired", "since 2009", "Earlier ITU posts", "(2007-2014)". */
const EARLIER_SAID =
  /\b(?:before|previous(?:ly)?|earlier|former(?:ly)?|prior|until|since|used to|had\s+(?:been|\w+ed)|(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d)\b/i;

/**
 * `pattern.exec(u.question)` for a pattern without the g or y flag, once per question: each candidate's
 * checks asked it again of the same question. The match is shared: read it, never change it.
 */
function questionMatch(pattern: RegExp, u: Understanding): RegExpExecArray | null {
  let byPattern = QUESTION_MATCHES.get(u);
  if (!byPattern) {
    byPattern = new Map();
    QUESTION_MATCHES.set(u, byPattern);
  }
  let m = byPattern.get(pattern);
  if (m === undefined) {
    m = pattern.exec(u.question);
    byPattern.set(pattern, m);
  }
  return m;
}

const QUESTION_MATCHES = new WeakMap<Understanding, Map<RegExp, RegExpExecArray | null>>();

/** Words that place a thing before another: "before Touré", "preceded PP-14". */
const BEFORE_WORDS = String.raw`(?:before|preceding|preceded|predecessor\s+of)\s+(?:the\s+)?([\p{L}\p{N}][\p{L}\p{N}-]*)`;

const BEFORE = new RegExp(String.raw`\b` + BEFORE_WORDS, 'iu');

const BEFORE_IN_TEXT = new RegExp(String.raw`\b` + BEFORE_WORDS, 'giu');

/** Words that place a thing after another: "after Busan", "which followed PP-14". */
const AFTER_WORDS = String.raw`(?:after|following|followed|succeeding|succeeded)\s+(?:the\s+)?([\p{L}\p{N}][\p{L}\p{N}-]*)`;

/**
 * "plenipot after Busan", "Plenipotentiary that followed PP-14", "which pp comes after Dubai": the thing
 * asked, and what it came after.
 */
const AFTER = new RegExp(
  String.raw`([\p{L}\p{N}-]+)\s+(?:that\s+|which\s+)?(?:(?:comes?|came|is|was|will\s+be|took\s+place)\s+)?` +
    AFTER_WORDS,
  'iu',
);

/** In a passage: what something is said to come after ("the next conference after PP-14"). */
const AFTER_IN_TEXT = new RegExp(String.raw`\b` + AFTER_WORDS, 'giu');

/** "Who took over after Lee", "who succeeded Touré": what came after a person, asked. */
const AFTER_ASKED = new RegExp(String.raw`\b` + AFTER_WORDS, 'iu');

/** What a question may ask of a person's place in time, and how a passage says it. */
const ORDERS: readonly (readonly [RegExp, RegExp, string])[] = [
  [BEFORE, BEFORE_IN_TEXT, 'before'],
  [AFTER_ASKED, AFTER_IN_TEXT, 'after'],
];

/**
 * "What changed in Resolution 133?": a question that names a numbered text and asks something about it
 * is not answered by a sentence that only names the text ("ISOC counted Resolution 133 among the key
 * texts"). At least one word the question asks with, beyond the text's own names and the conference's,
 * must be the sentence's own. `own` holds the sentence's terms; `names` the terms of its entry's title.
 */
export function namesTextOnly(
  own: ReadonlySet<string>,
  names: ReadonlySet<string>,
  q: VerifyInput,
  matched: readonly string[] = [],
): boolean {
  if (!namesAText(q.u)) return false;
  // The text's designation ("Res", "133") and the conference's names are no part of what is asked.
  const designates = (w: string) => /^\d+$/.test(w) || isKindWord(w) || q.implied?.has(squash(w)) === true;
  const designation = new Set(
    q.weighted.concepts.filter((c) => designates(c.word)).flatMap((c) => c.alternatives),
  );
  // A quality ("what's new in …") is how the question is put; its things and actions are what it asks.
  // So is the cause a "why" names ("what's the reason for Res 185"): the reason is what it asks.
  // "What was the final text of Resolution 25": its wording is the answer's kind, which a sentence that
  // says "the text" ("asked for a change to the text") does not give.
  const wording = asksWording(q.u);
  const asked = q.weighted.concepts.filter(
    (c) =>
      !designates(c.word) &&
      !isQuality(q.u, c.word) &&
      !(q.u.kind === 'why' && q.u.answerWords?.includes(c.word)) &&
      !(wording && c.word === q.u.typeWord) &&
      c.alternatives.every((a) => !names.has(a)),
  );
  if (asked.length === 0) return wording;
  if (asked.some((c) => c.alternatives.some((a) => own.has(a)))) return false;
  // The search's own match of a word typed with a slip ("counterfit") counts as that word.
  const kindTerms = wording ? new Set(terms(q.u.typeWord ?? '')) : undefined;
  return !matched.some(
    (m) => own.has(m) && !designation.has(m) && !/^\d+$/.test(m) && kindTerms?.has(m) !== true,
  );
}

/** True when "what" asks a text's wording ("the final text of", "the wording of"), once per question. */
const asksWording = perObject(
  (u: Understanding): boolean => u.kind === 'what' && WORDING.test(u.typeWord ?? ''),
);

/** Words for what a text says, word for word. General English. */
const WORDING = /^(?:text|texts|wording|words|language)$/;

/** True when the question names a numbered text: once per question, not per candidate. */
const namesAText = perObject((u: Understanding): boolean => findTextRefs(u.question).length > 0);

/**
 * "PP-14 was the 20th plenipot, right?" and "… covers the 20th Plenipotentiary Conference, which
 * followed PP-14": a rank in a passage that places the question's subject as what came before ranks
 * the one after it. Returns the subject so placed.
 */
export function rankedAfter(text: string, q: VerifyInput): string | undefined {
  if (!q.u.numbers.some((n) => /^\d+(?:st|nd|rd|th)$/i.test(n))) return undefined;
  // "ITU 150th anniversary year": an ordinal of another thing than a meeting of the series.
  if (ranksOtherThing(q)) return undefined;
  // "… fell in 2015 after busan": the question itself asks about what came after.
  if (/\b(?:after|following)\b/i.test(q.u.question)) return undefined;
  for (const m of text.matchAll(AFTER_IN_TEXT)) {
    const name = m[1] ?? '';
    // The conference by any of its names: "Busan was the 20th?" and "… which followed PP-14".
    const asked = q.u.question.toLowerCase().includes(name.toLowerCase()) || q.u.aboutConference;
    if (asked && q.implied?.has(squash(name))) return name;
  }
  return undefined;
}
