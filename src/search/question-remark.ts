import type { NlpToken } from './nlp.ts';
import { ARTIFACT } from './question-asides.ts';
import { isQuestionWord } from './question-kind.ts';
import { normalize } from './text.ts';

/*
 * Part of stage 1 of /ask, "understand": the asker's remark after the question ("…, saw a number
 * somewhere", "…, pasting into my report"), which says why or from where they ask, not what.
 */

/**
 * The asker's remark after the question, past its last comma: a clause with no question word whose
 * subject is the asker, said or left out ("…, saw a number somewhere", "…, need it for the flight
 * tracking para", "…, given that the elections took place in the first week", "…, as reported in ITU's
 * press release", "…, I think"). It says why or from where they ask, not what. Returns the tokens
 * without it, and the remark as said.
 */
export function withoutRemark(tokens: NlpToken[]): [NlpToken[], string | undefined] {
  const at = remarkAt(tokens);
  return at < 0
    ? [tokens, undefined]
    : [
        tokens.slice(0, at),
        tokens
          .slice(at + 1)
          .map((t) => t.text)
          .join(' '),
      ];
}

/** Where the asker's remark starts (its comma), or -1. */
function remarkAt(tokens: readonly NlpToken[]): number {
  const comma = tokens.findLastIndex((t) => t.text === ',');
  if (comma <= 0) return -1;
  const tail = tokens.slice(comma + 1).filter((t) => t.pos !== 'PUNCT' && t.pos !== 'INTJ');
  const head = tokens.slice(0, comma);
  // A number in a remark is the asker's own ("…, filing in 10 min", "…, need it for slide 3"), not one
  // of the question, only beside a time or a thing the answer goes into.
  // "…, need 1 number 4 the slide": how many figures the asker wants is no figure asked about.
  const asked = (t: NlpToken, i: number) =>
    /\d/.test(t.text) &&
    !DEADLINE.test(normalize(tail[i + 1]?.text ?? '')) &&
    !WANTED.test(normalize(tail[i + 1]?.text ?? '')) &&
    !ARTIFACT.test(normalize(tail[i - 1]?.text ?? ''));
  if (tail.length === 0 || tail.some((t, i) => isQuestionWord(normalize(t.text)) || asked(t, i))) return -1;
  // "…, spelling matters", "…, exact wording pls": how the asker needs the answer written, whatever
  // the words before ask with ("new TSB guy from korea, name pls, spelling matters").
  if (
    tail.length <= MAX_FORM_WORDS &&
    tail.some((t) => WRITTEN_FORM.test(normalize(t.text))) &&
    head.filter((t) => t.isWord && !t.light).length >= 2
  )
    return comma;
  // "exact title of res 174, pasting into my report": the asker's own piece of work, after "my", says what
  // the answer is for, whatever the words before ask with.
  if (
    tail.some(
      (t, i) => /^(?:my|our)$/.test(normalize(t.text)) && ARTIFACT.test(normalize(tail[i + 1]?.text ?? '')),
    ) &&
    head.filter((t) => t.isWord && !t.light).length >= 2
  )
    return comma;
  // What is before the comma must still ask something of its own.
  if (
    !head.some((t) => isQuestionWord(normalize(t.text))) ||
    head.filter((t) => t.isWord && !t.light).length < 2
  )
    return -1;
  const [first, second] = tail.map((t) => normalize(t.text));
  const verbAt = (i: number) => tail[i]?.pos === 'VERB' && !/ing$/.test(normalize(tail[i]?.text ?? ''));
  const asker =
    verbAt(0) ||
    // "…, editor breathing down my neck": a clause about the asker's own circumstances.
    tail.some((t) => /^(?:my|me|our)$/.test(normalize(t.text))) ||
    // "…, filing in 10 min": what the asker is doing, against the clock.
    (/ing$/.test(first ?? '') && tail.some((t) => DEADLINE.test(normalize(t.text)))) ||
    // "…, deadline in 20 min", "…, asap pls": the asker's clock, said first.
    DEADLINE.test(first ?? '') ||
    (/^(?:i|we|i'?m|im)$/.test(first ?? '') && (verbAt(1) || tail[1]?.pos === 'AUX')) ||
    (first === 'as' && verbAt(1) && second !== undefined);
  return asker ? comma : -1;
}

/** What the asker wants so many of: "1 number", "2 lines". General English. */
const WANTED = /^(?:numbers?|figures?|words?|lines?|sentences?|facts?|points?)$/;

/** How an answer is written, which an asker may say matters: general English. */
const WRITTEN_FORM =
  /^(?:spelling|spellings|spelt|spelled|wording|punctuation|capitali[sz]ation|diacritics|accents|transliteration)$/;

/** Most words a remark on the answer's form has ("exact spelling matters here"). */
const MAX_FORM_WORDS = 4;

/** Words of a time the asker has: general English ("in 10 min", "by 5 pm", "tonight"). */
const DEADLINE = /^(?:mins?|minutes?|hrs?|hours?|secs?|seconds?|pm|am|tonight|today|tomorrow|asap|deadline)$/;
