import type { Entry } from '../corpus/types.ts';
import { formatTextRef } from './identifiers.ts';
/*
 * Stage "context" of /ask: in a thread or a DM, a short question that only names another thing ("and
 * the TSB one?", "what about 2018?", "and Rancy?") is read against the question before it, as a person
 * would. Only the previous question of the same conversation is used: never another thread's, user's
 * or channel's (the memory is keyed so; see conversation-memory.ts). docs/answering.md.
 */

/** What a conversation remembers of its last answered question. */
export interface PreviousQuestion {
  question: string;
  /** What it was answered about: the answering entry's title ("Resolution 200"), for "was it adopted?". */
  subject?: string;
}

/** A pronoun that stands for the thing the conversation was about ("was it adopted?", "who proposed it?"). */
const POINTING = /\b(?:it|its)\b/i;

/** Longest fragment read as a follow-up, in words: a longer line is a question of its own. */
const MAX_FOLLOW_UP_WORDS = 6;

/** "and ...", "what about ...", "how about ...", "same for ...": a line that leans on the one before. */
const LEAD =
  /^(?:and|&|also|plus|what about|how about|and what about|and how about|same for|what of)\b[\s,]*/i;

/** A name-like token: an acronym, a capitalised word, a number or a word mixing letters and digits. */
const NAME = /^(?:\p{Lu}[\p{L}.-]*|\d[\d,.]*|[\p{L}-]*\d[\p{L}\d-]*)$/u;

/**
 * The question a line stands for: itself, or, when it is a follow-up fragment, the previous question
 * with the fragment's name in place of the previous name of the same kind (an acronym for an acronym,
 * a number for a number, a name for a name), or with the fragment added when nothing is of its kind.
 */
export function resolveFollowUp(line: string, previous: PreviousQuestion | undefined): string {
  const trimmed = line.trim();
  if (!previous) return trimmed;
  const lead = LEAD.exec(trimmed);
  const rest = trimmed
    .slice(lead?.[0].length ?? 0)
    .replace(/[?!.]+$/, '')
    .replace(/^(?:the|a|an)\s+/i, '')
    .replace(/\s+(?:one|ones|post|job|race|election)$/i, '')
    .trim();
  const words = rest.split(/\s+/).filter((w) => w !== '');
  if (!lead) return aboutSubject(trimmed, previous);
  if (words.length === 0 || words.length > MAX_FOLLOW_UP_WORDS) return trimmed;
  const fresh = words.filter((w) => NAME.test(w));
  // The previous question without its closing mark, so what is added stays part of the question.
  const before = previous.question.trim().replace(/[?!.]+$/, '');
  if (fresh.length === 0) return `${before} ${rest}`;
  let out = before;
  for (const name of fresh) {
    const kind = kindOf(name);
    const old = before
      .split(/\s+/)
      .map(cleaned)
      .find((w) => NAME.test(w) && kindOf(w) === kind);
    out = old ? out.replace(old, name) : `${out} ${name}`;
  }
  return out;
}

/**
 * "Was it adopted?" after a question answered about Resolution 200: "it" stands for that subject, in a
 * short line that names nothing else (a capitalised word past the first, or a number, is a subject of
 * its own).
 */
function aboutSubject(line: string, previous: PreviousQuestion): string {
  const words = line.split(/\s+/);
  if (!previous.subject || words.length > MAX_FOLLOW_UP_WORDS + 2 || !POINTING.test(line)) return line;
  if (namesPastFirstWord(line)) return line;
  const subject = previous.subject;
  return line.replace(POINTING, (p) => (p.toLowerCase() === 'its' ? `${subject}'s` : subject));
}

/**
 * True when a line names a thing of its own past its first word: an acronym, a capitalised word, a number
 * or a word with a digit ("and the TSB one", "was it PP-18"). A line that does not leans on the one
 * before it.
 */
export function namesPastFirstWord(line: string): boolean {
  return line
    .split(/\s+/)
    .slice(1)
    .some((w) => NAME.test(cleaned(w)));
}

function cleaned(word: string): string {
  return word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

function kindOf(name: string): 'acronym' | 'year' | 'number' | 'name' {
  if (ACRONYM.test(name)) return 'acronym';
  if (/^(?:19|20)\d\d$/.test(name)) return 'year';
  if (/^\d/.test(name)) return 'number';
  return 'name';
}

// Module constant, not a literal in the function: tsx (esbuild) turns a literal with a \p{…} escape outside
// brackets into a `new RegExp(…)` evaluated on every call.
const ACRONYM = /^\p{Lu}{2,}s?$/u;

/** How a later "it" names what an answer was about: a numbered text by its number, else the entry's title. */
export function subjectOf(entry: Entry): string {
  return (entry.kind === 'resolution' || entry.kind === 'decision') && entry.number !== undefined
    ? formatTextRef({ kind: entry.kind, number: entry.number })
    : entry.title;
}
