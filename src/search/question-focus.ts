import { leadingFormRun, trailingFormRun } from './answer-fields.ts';
import { osaDistance } from './distance.ts';
import { isKindWord } from './identifiers.ts';
import type { NlpToken } from './nlp.ts';
import { causeNamed, isHowWord, WH_WORDS } from './question-kind.ts';
import { VALUE_TYPE } from './question-words.ts';
import { normalize } from './text.ts';
import type { Understanding } from './understand.ts';

/*
 * Part of stage 1 of /ask, "understand": what a question is after: the thing "how many" counts, the
 * kind of answer "which X" wants and the words that describe it ("the official title"). What is only
 * around the question (the asker's purpose, chat, remarks) is question-asides.ts's.
 */

/** The counted thing of "how many X" and the type word of "which X" / "what X". */
export function focusOf(
  words: NlpToken[],
  tokens: NlpToken[] = words,
): Pick<Understanding, 'counted' | 'typeWord' | 'answerWords'> {
  const lower = words.map((t) => normalize(t.text));
  const nounAfter = (i: number) =>
    words.slice(i + 1, i + 4).find((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
  const many = lower.findIndex((w, i) => isHowWord(w) && lower[i + 1] === 'many');
  // "And decisions? how many": a count asked after its noun counts the noun before it.
  const counted =
    many < 0
      ? undefined
      : (nounAfter(many + 1) ??
        (words.slice(many + 2).some((t) => t.isWord && !t.light && t.pos !== 'INTJ')
          ? undefined
          : words
              .slice(0, many)
              .reverse()
              .find((t) => t.pos === 'NOUN' || t.pos === 'PROPN')));
  // "whcih country": a slip in "which" still asks which, as the question's kind reads it.
  const which = lower.findIndex(
    (w) =>
      w === 'which' ||
      w === 'what' ||
      w === 'whats' ||
      w === 'wat' ||
      (w.length === 5 && osaDistance(w, 'which', 1) <= 1),
  );
  // "What subject does Resolution 190 address": the model reads a noun right before the auxiliary as a
  // quality; there it is the noun asked.
  const tagged = words[which + 1];
  const misread =
    which >= 0 && tagged?.pos === 'ADJ' && /^(?:AUX|VERB)$/.test(words[which + 2]?.pos ?? '')
      ? tagged
      : undefined;
  // The noun after "which", past numbers and qualities ("which 48 countries", "which new resolutions").
  const next =
    which >= 0
      ? words.slice(which + 1, which + 4).find((t) => t.pos !== 'NUM' && t.pos !== 'ADJ')
      : undefined;
  // "Which city ...", and "what was the name of ...": the word names the kind of answer. After "the",
  // a word before "of" is a noun whatever the tagger says: its model reads "the subject of" as an ADJ.
  // "What were the opening and closing dates of PP-14": past a noun phrase's coordinated nouns too.
  const ofAfter = words
    .slice(which + 1, which + 8)
    .find(
      (t, i) =>
        (t.pos === 'NOUN' || (t.pos === 'ADJ' && words[which + i]?.pos === 'DET')) &&
        normalize(words[which + 2 + i]?.text ?? '') === 'of' &&
        (i < 4 ||
          words.slice(which + 1, which + 1 + i).every((p) => /^(?:AUX|DET|ADJ|NOUN|CCONJ|NUM)$/.test(p.pos))),
    );
  // "Names of the 12 RRB members?": a line that opens on "name(s) of" asks for names, as "who" does.
  const opening =
    /^(?:names?|titles?)$/.test(normalize(words[0]?.text ?? '')) && normalize(words[1]?.text ?? '') === 'of'
      ? words[0]
      : undefined;
  // "Which UN official": a name before a noun qualifies it; the noun is the kind of answer. "What's the
  // deputy SG's name (again)": a name asked for at the end of the clause is the kind of answer.
  // With no question word, a clause that ends on "name" asks for one ("pp14 venue name pls"), as does
  // "the <noun> name" anywhere in it ("remind me the venue name for pp14").
  const last = [...words].reverse().find((t) => t.isWord && t.pos !== 'INTJ');
  // "tsb director elected 2014, name + country": the fields of the answer listed at the end; or at the
  // start, of what is named after them ("name + country of the SG elected in 2014").
  const trailing = trailingFormRun(tokens);
  const leading = trailing.length === 0 ? leadingFormRun(tokens) : [];
  const fields = trailing.length > 0 ? trailing : leading;
  // "res 174 title pls, the illicit use one": a title after a text's number is asked too.
  const nounName = words.find(
    (t, i) =>
      i > 0 &&
      ((/^names?$/.test(normalize(t.text)) && words[i - 1]?.pos === 'NOUN') ||
        (/^titles?$/.test(normalize(t.text)) && words[i - 1]?.pos === 'NUM')),
  );
  const named =
    fields.length > 0 && (which < 0 || leading.length > 0)
      ? fields[0]
      : which >= 0
        ? trailingName(words, lower, which)
        : !lower.some((w) => WH_WORDS.includes(w))
          ? last !== undefined && /^(?:names?|titles?)$/.test(normalize(last.text)) && words.indexOf(last) > 0
            ? last
            : nounName
          : // "where was it held, venue name pls": after another question word, "the <noun> name" still
            // says what form the answer takes.
            nounName;
  // "Which plenipot(entiary conference) number was Busan": the number of a thing named is the kind of
  // answer, as in "which number plenipot".
  const numberAfter = next?.pos === 'NOUN' ? nounRunEnd(words, words.indexOf(next)) : undefined;
  const head =
    named ??
    misread ??
    (numberAfter && numberAfter !== next && normalize(numberAfter.text) === 'number'
      ? numberAfter
      : next?.pos === 'PROPN'
        ? nounRunEnd(words, words.indexOf(next))
        : next);
  const typeWord =
    head && (head.pos === 'NOUN' || head.pos === 'PROPN' || head === misread)
      ? head
      : which >= 0
        ? (ofAfter ?? referent(words, lower, which) ?? copulaNoun(words, lower, which))
        : opening;
  // "What disaster was the background to X": the cause named is the answer, which need not call itself one.
  const cause = which >= 0 ? causeNamed(lower, which) : -1;
  const causeWords = cause >= 0 ? [lower[cause] as string] : [];
  return {
    ...(counted ? { counted: normalize(counted.text) } : {}),
    // The nouns before a trailing "name" say whose name it is: asked, not a description of the answer.
    ...(typeWord
      ? {
          typeWord: normalize(typeWord.text),
          answerWords: [
            ...(typeWord === named
              ? [normalize(typeWord.text), ...fields.slice(1).map((t) => normalize(t.text))]
              : [...answerPhrase(words, typeWord), ...someoneNamed(words, typeWord)]),
            ...causeWords,
          ],
        }
      : causeWords.length > 0
        ? { typeWord: causeWords[0] as string, answerWords: causeWords }
        : {}),
  };
}

/**
 * "The name of the person elected …": a word for anyone ("person", "guy") after "name of" is the answer
 * itself, which names them; not a word the answer must say. General English.
 */
function someoneNamed(words: NlpToken[], typeWord: NlpToken): string[] {
  const at = words.indexOf(typeWord);
  if (!/^names?$/.test(normalize(typeWord.text)) || normalize(words[at + 1]?.text ?? '') !== 'of') return [];
  const after = words.slice(at + 2, at + 4).find((t) => t.pos === 'NOUN');
  const word = normalize(after?.text ?? '');
  return /^(?:person|people|guy|guys|man|woman|men|women|individual|one)$/.test(word) ? [word] : [];
}

/**
 * "What did ITU say was the share of …": after "what", a noun right after "is the" or "was the" and
 * before "of" names the kind of answer, however far along the line.
 */
/**
 * "Resolution 70 got a new title. What is it now?": a bare "what is it" asks for the thing the
 * statement before it named last.
 */
function referent(words: NlpToken[], lower: string[], which: number): NlpToken | undefined {
  if (which < 2 || words[which + 1]?.pos !== 'AUX' || lower[which + 2] !== 'it') return undefined;
  if (!words.slice(which + 3).every((t) => t.light || t.pos === 'ADV' || !t.isWord)) return undefined;
  const noun = [...words.slice(0, which)].reverse().find((t) => t.pos === 'NOUN' && !t.light);
  const at = noun ? words.indexOf(noun) : -1;
  return noun && /^(?:DET|ADJ)$/.test(words[at - 1]?.pos ?? '') ? noun : undefined;
}

/** Forms of "be" that join "what" to the noun it asks about. */
const COPULA = /^(?:is|was|are|were)$/;

function copulaNoun(words: NlpToken[], lower: string[], which: number): NlpToken | undefined {
  // "What was the actual venue building for PP-14": a noun phrase described by a quality right after "what
  // was the" names the kind of answer by its last noun, when a preposition or the end follows it ("what
  // was the youth resolution about", with no quality, asks the text's subject).
  if (COPULA.test(lower[which + 1] ?? '') && lower[which + 2] === 'the') {
    let i = which + 3;
    while (words[i]?.pos === 'ADJ') i++;
    const end = i > which + 3 && words[i]?.pos === 'NOUN' ? nounRunEnd(words, i) : undefined;
    const after = end === undefined ? undefined : words[words.indexOf(end) + 1];
    if (end && end !== words[i] && (after === undefined || /^(?:ADP|PUNCT)$/.test(after.pos))) return end;
  }
  for (let i = which + 3; i < words.length - 1; i++) {
    if (
      words[i]?.pos === 'NOUN' &&
      lower[i + 1] === 'of' &&
      words[i - 1]?.pos === 'DET' &&
      COPULA.test(lower[i - 2] ?? '')
    )
      return words[i];
  }
  return undefined;
}

/**
 * "What's the deputy SG guy's name again": "name" as the last noun of the clause, after what it is the
 * name of, asks for a name ("the name of …" is read by `ofAfter`).
 */
function trailingName(words: NlpToken[], lower: string[], which: number): NlpToken | undefined {
  const at = lower.findIndex((w, i) => i > which + 1 && /^names?$/.test(w));
  if (at < 0 || lower[at + 1] === 'of') return undefined;
  // To the end of its clause: "…'s name again, the UK one" adds a detail after the comma.
  const end = words.findIndex((t, i) => i > at && t.pos === 'PUNCT');
  const rest = words.slice(at + 1, end < 0 ? words.length : end);
  // "…'s name who opened it": a relative clause after the name says whose name it is.
  const relative = /^(?:who|that|which)$/.test(normalize(rest[0]?.text ?? ''));
  return relative || rest.every((t) => t.pos !== 'NOUN' && t.pos !== 'PROPN' && t.pos !== 'VERB')
    ? words[at]
    : undefined;
}

/** The last noun of the nouns right after a name ("UN official" gives "official"), else the name. */
function nounRunEnd(words: NlpToken[], at: number): NlpToken | undefined {
  let end = at;
  while (words[end + 1]?.pos === 'NOUN' && !words[end + 1]?.light) end++;
  return words[end];
}

/**
 * The words that describe the answer, not what it is about: the type word with its qualities
 * ("official title", "exact day"), and after a kind of text, what of it is asked ("resolution number").
 * A noun the type word runs into otherwise stays asked: "what government job" is about a job.
 */
function answerPhrase(words: NlpToken[], typeWord: NlpToken): string[] {
  const at = words.indexOf(typeWord);
  let from = at;
  // "Which Korean government ministry": the nouns before the type word describe the answer with it, and
  // so does how many the answer holds ("which two candidates").
  const describes = (t: NlpToken | undefined) =>
    t !== undefined && (t.pos === 'NUM' || (/^(?:ADJ|NOUN)$/.test(t.pos) && !t.light));
  while (from > 0 && describes(words[from - 1])) from--;
  // "The opening and closing dates": coordinated qualifiers say which dates; each must be answered. So
  // do the qualifiers of a value ("the rural broadband target"): a figure is told apart by what it is of.
  if (words[from - 1]?.pos === 'CCONJ' || VALUE_TYPE.test(normalize(typeWord.text))) from = at;
  const phrase = words.slice(from, at + 1).map((t) => normalize(t.text));
  // "Which two ITU officials": how many, said before a name that qualifies the type word, still
  // describes the answer; the name stays asked.
  let before = from - 1;
  while (before > 0 && words[before]?.pos === 'PROPN') before--;
  if (before < from - 1 && words[before]?.pos === 'NUM') phrase.unshift(normalize(words[before]?.text ?? ''));
  const next = words[at + 1];
  if (isKindWord(normalize(typeWord.text)) && next?.pos === 'NOUN' && !next.light) {
    phrase.push(normalize(next.text));
  }
  return phrase;
}
