import { perObject } from './per-object.ts';
import { mainVerbOf } from './question-words.ts';
import { processTerm, squash, tokenize } from './text.ts';
import type { Understanding } from './understand.ts';
import type { VerifyInput } from './verify.ts';

/*
 * Part of stage 3 of /ask, "verify": "when was PP-14 held?" asks when the conference itself was held. A
 * passage where the conference holds something else ("PP-14 held its elections on 23, 24 and 27
 * October") dates that other thing. See docs/answering.md.
 */

/**
 * The thing a passage has the question's subject doing the question's action to, when the question has
 * its subject undergo the action ("when was PP-14 held"), or asks the conference's own time ("when did
 * pp14 take place"):
 * "PP-14 held its elections" answers when the elections were, not when PP-14 was. Returns the words
 * after the action, or undefined.
 */
export function actsOnOther(text: string, q: VerifyInput): string | undefined {
  // "When did PP-14 run", "pp-14 dates": the conference's own time, which no sentence of it doing
  // anything to something else gives ("PP-14 held its elections", "PP-14 adopted 19 new resolutions").
  const own = asksConferenceTime(q.u) && q.implied !== undefined;
  const asked = own ? undefined : undergoerOf(q.u);
  if (!own && asked === undefined) return undefined;
  const isSubject = (name: string) => (own ? q.implied?.has(name) === true : name === asked?.subject);
  const action =
    asked === undefined
      ? undefined
      : (q.weighted.concepts.find((c) => c.word === asked.verb)?.alternatives ?? [
          processTerm(asked.verb) ?? asked.verb,
        ]);
  const said = tokenize(text);
  for (let i = 0; i < said.length; i++) {
    // "PP-14" is read as "pp" and "14": the name may span a few of the text's words.
    const span = [3, 2, 1].find(
      (k) => i + k <= said.length && isSubject(squash(said.slice(i, i + k).join(''))),
    );
    if (span === undefined) continue;
    const word = said[i + span] ?? '';
    const term = processTerm(word);
    if (term === undefined || (action ? !action.includes(term) : !ACTS.test(word))) continue;
    // "PP-14 held its elections": a determiner after the action opens its object.
    if (OBJECT_START.test(said[i + span + 1] ?? '')) return said.slice(i + span + 1, i + span + 3).join(' ');
  }
  return undefined;
}

/** A verb's past or present form, as a sentence has its subject act: "held", "adopted", "elects". */
const ACTS =
  /^(?!(?:was|were|is|are|has|had|have|as|its|his|this|thus)$)\p{L}+(?:ed|s)$|^(?:held|took|made|saw|gave|set|won|chose|began|ran)$/u;

/**
 * "When did PP-14 run", "when was pp-14", "pp-14 dates", "pp14 start date": a line that asks the
 * conference's own time, naming nothing else and saying only words of time and of taking place.
 */
const asksConferenceTime = perObject((u: Understanding): boolean => {
  if (!u.aboutConference || u.names.length > 0 || u.numbers.length > 0) return false;
  // "The exact dates": a quality says how the time is wanted, not what else is asked.
  const words = u.tokens.filter((t) => t.isWord && !t.light && t.pos !== 'PROPN' && t.pos !== 'ADJ');
  const timely = u.kind === 'when' || words.some((t) => DATE_WORD.test(t.text));
  return timely && words.every((t) => DATE_WORD.test(t.text) || TAKING_PLACE.test(t.text));
});

/** Words that ask a time: general English. */
const DATE_WORD = /^(?:dates?|days?|start|end|beginning|opening|closing|when)$/i;

/** Words of an event taking place: general English. */
const TAKING_PLACE =
  /^(?:run|ran|held|hold|take|took|place|happen(?:ed)?|last(?:ed)?|start(?:ed)?|begin|began|end(?:ed)?|finish(?:ed)?|close[ds]?|open(?:ed)?|go|went|on)$/i;

/** A word that opens a noun phrase as an object: general English. */
const OBJECT_START = /^(?:its|their|his|her|the|a|an|some|several|two|three|four|five)$/i;

/**
 * The subject and main verb of "when/where was <Name> <verb>": the name is what the action is done to.
 * Once per question.
 */
const undergoerOf = perObject((u: Understanding): { subject: string; verb: string } | undefined => {
  if (u.kind !== 'when' && u.kind !== 'where') return undefined;
  const words = u.tokens.filter((t) => t.isWord);
  // Passive only: "when did ITU launch its app" has ITU acting, as the passage does.
  const aux = words.findIndex((t) => /^(?:was|were|is|are)$/i.test(t.text));
  const subject = words[aux + 1];
  const verb = mainVerbOf(u);
  if (aux < 0 || subject === undefined || verb === undefined) return undefined;
  if (subject.pos !== 'PROPN' && subject.pos !== 'NOUN') return undefined;
  // The verb comes right after the name, with nothing acted upon between: "was PP-14 held".
  const next = words[aux + 2];
  if (next === undefined || processTerm(next.text) !== processTerm(verb)) return undefined;
  return { subject: squash(subject.text), verb };
});
