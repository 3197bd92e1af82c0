import type { Entry } from '../corpus/types.ts';
import type { Found } from './answer-question.ts';
import { chosenPassage } from './entry-answers.ts';
import { personsNamed } from './persons-named.ts';
import { isNegated } from './polarity.ts';
import { isQuestionWord } from './question-kind.ts';
import type { SearchIndex } from './search-index.ts';
import { normalize } from './text.ts';
import type { Understanding } from './understand.ts';

/*
 * Part of stage 4 of /ask, "compose": a fact-check that gives a post to the wrong person ("Rancy won the
 * TSB director post, right?", "Toure was elected SG in Busan?"). The corpus names each person's entry by
 * the person's name and by the post they were elected to ("TSB Director" is an alias of Chaesub Lee's
 * entry), so a line naming one person by name and another by post claims the post for the wrong one:
 * "No", the post's holder, and what the person named did. See docs/answering.md.
 */

/**
 * The correction of a fact-check that claims a post for someone the corpus gives another post, if the
 * line plainly says that: one person named by name, another by post, a verb of gaining it,
 * and nothing that places the claim at another time ("before", "former", another year).
 */
export function postCorrection(u: Understanding, index: SearchIndex): Found | undefined {
  if (!u.yesNo || isNegated(u.tokens)) return undefined;
  const words = u.tokens.filter((t) => t.isWord);
  // "Who was elected deputy, Lee?": a question word asks its own question, answered as such.
  if (isQuestionWord(normalize(words[0]?.text ?? ''))) return undefined;
  // Gaining the post, not holding it: "Johnson was TSB Director" is true of 2007-2014.
  if (!words.some((t) => GAINED.test(normalize(t.text)))) return undefined;
  if (words.some((t) => OTHER_TIME.test(normalize(t.text)))) return undefined;
  // Another year ("in 2006") is another election; the conference's own ("2014") is among its names.
  if (words.some((t) => /^\d{4}$/.test(t.text) && !index.impliedNames.has(t.text))) return undefined;
  const named = personsNamed(u.question, index);
  const byName = named.filter((n) => n.byName);
  const byPost = named.filter((n) => !n.byName);
  const [person] = byName;
  const [holder] = byPost;
  if (byName.length !== 1 || byPost.length !== 1 || !person || !holder || person.entry === holder.entry)
    return undefined;
  const summaryOf = (e: Entry) => index.passagesOf(e.id).find((p) => p.isSummary && !p.uncertain);
  const held = summaryOf(holder.entry);
  if (held === undefined) return undefined;
  const own = summaryOf(person.entry);
  return {
    found: true,
    entry: holder.entry,
    passages: [chosenPassage(held, holder.entry), ...(own ? [chosenPassage(own, person.entry)] : [])],
    reason: `gives the post to ${holder.entry.title}, not ${person.entry.title}`,
    lead: 'no',
  };
}

/**
 * The answer to a fact-check that gives someone an earlier post ("zhao was BR director before becoming
 * SG, right"): the person's field of earlier posts, after "No" when it does not hold the post named (by
 * another person's post, as the corpus names each holder). Only a line that says "before", "previously"
 * or "former", names one person by name and one other post.
 */
export function earlierPostCorrection(u: Understanding, index: SearchIndex): Found | undefined {
  if (!u.yesNo || isNegated(u.tokens)) return undefined;
  const words = u.tokens.filter((t) => t.isWord).map((t) => normalize(t.text));
  if (isQuestionWord(words[0] ?? '') || !words.some((w) => EARLIER.test(w))) return undefined;
  const named = personsNamed(u.question, index);
  const byName = named.filter((n) => n.byName);
  const person = byName[0]?.entry;
  const claimed = named.filter((n) => !n.byName && n.entry !== person);
  if (byName.length !== 1 || !person || claimed.length !== 1) return undefined;
  const field = index
    .passagesOf(person.id)
    .find((p) => p.isField && !p.uncertain && EARLIER_LABEL.test(p.text));
  if (field === undefined) return undefined;
  // The field names the post claimed as the corpus names its holder ("Deputy Secretary-General").
  const holds = personsNamed(field.text, index).some((n) => n.entry === claimed[0]?.entry);
  return {
    found: true,
    entry: person,
    passages: [chosenPassage(field, person)],
    reason: holds
      ? 'gives the earlier posts, the one claimed among them'
      : 'gives the earlier posts, without the one claimed',
    ...(holds ? {} : { lead: 'no' as const }),
  };
}

/** Words that place a post before the one the person holds now. General English. */
const EARLIER_WORDS = 'before|previously|earlier|formerly|former';
const EARLIER = new RegExp(`^(?:${EARLIER_WORDS})$`);

/** A field of a person's earlier posts: "Earlier ITU posts", "Previous posts", "Former roles". */
const EARLIER_LABEL = /^(?:earlier|previous|former|past)\b[^:]{0,30}:/i;

/** Verbs of gaining a post ("elected", "won", "became", "took over as"): general English. */
const GAINED =
  /^(?:re-?)?(?:elect\w*|won|wins?|winning|bec[oa]me|becomes|chose|chosen|picked|appointed|named)$/;

/** Words that place a claim before or after the conference ("the former TSB director"). */
const OTHER_TIME = new RegExp(`^(?:${EARLIER_WORDS}|outgoing|until|since|then|later|next|ex)$`);
