import { osaDistance } from './distance.ts';

/** A reference to a numbered text: a resolution or a decision. */
export interface TextRef {
  kind: 'resolution' | 'decision';
  number: number;
}

const KIND_WORDS: ReadonlyMap<string, TextRef['kind']> = new Map(
  Object.entries({
    r: 'resolution',
    res: 'resolution',
    reso: 'resolution',
    resol: 'resolution',
    resolution: 'resolution',
    resolutions: 'resolution',
    d: 'decision',
    dec: 'decision',
    decision: 'decision',
    decisions: 'decision',
  } as const),
);

/**
 * The kind a word names: its abbreviations exactly ("res", "dec"), and the full words with a slip or two
 * ("resoultion", "desicion"), as people type them in a hurry.
 */
function kindOf(word: string): TextRef['kind'] | undefined {
  const exact = KIND_WORDS.get(word);
  if (exact) return exact;
  const singular = word.replace(/s$/, '');
  // Slips rarely hit the first letters, and other words sit near these ("revolution", "precision").
  if (singular.startsWith('res') && singular.length >= 7 && osaDistance(singular, 'resolution', 2) <= 2)
    return 'resolution';
  if (singular.startsWith('de') && singular.length >= 6 && osaDistance(singular, 'decision', 2) <= 2)
    return 'decision';
  return undefined;
}

/** The kind of text a word names ("res": resolution), if it names one. */
export function textKindOf(word: string): TextRef['kind'] | undefined {
  return isKindWord(word) ? kindOf(word.toLowerCase()) : undefined;
}

/** True when a word names a kind of text ("resolution", "res", "decisions", "resoultion"). */
export function isKindWord(word: string): boolean {
  return kindOf(word.toLowerCase()) !== undefined && !/^[rd]$/i.test(word);
}

/** The largest number accepted; anything longer is not a text number and is reported as such. */
const MAX_DIGITS = 6;

/**
 * Parses what a user types for one text: `174`, `#174`, `Res. 174`, `R174`, `res174`, `resolution 174`,
 * `Resolution 174 (Rev. Busan, 2014)`, `decision 5`, `Dec. 5`. A bare number is a resolution unless
 * `defaultKind` says otherwise. Returns undefined when the input is not such a reference.
 */
export function parseTextRef(
  input: string,
  defaultKind: TextRef['kind'] = 'resolution',
): TextRef | undefined {
  const cleaned = input
    .normalize('NFKC')
    .trim()
    .replace(/\s*\((?:rev\.?\s*)?[^)]*\)\s*$/i, '') // "(Rev. Busan, 2014)", "(Busan, 2014)"
    .replace(/^(?:itu|pp-?\d*)\s+/i, '')
    // "/resolution 197." and "174?": the end of a sentence is no part of the number.
    .replace(/[.?!,;:]+$/, '')
    .trim();
  // "resolution-201" is how entry ids write it.
  const m = /^(?:([a-z]+)\.?[\s-]*)?(?:no\.?\s*|n[°º]\s*|#\s*)?(\d{1,6})$/i.exec(cleaned);
  if (!m) return undefined;
  const word = m[1]?.toLowerCase();
  const kind = word === undefined ? defaultKind : kindOf(word);
  if (!kind || (m[2]?.length ?? 0) > MAX_DIGITS) return undefined;
  const number = Number(m[2]);
  return number > 0 ? { kind, number } : undefined;
}

/** A kind word and a number, as free text writes a reference ("Res. 130", "R174", "resolution no 5"). */
const TEXT_REF = /\b([a-z]+)\.?[\s-]*(?:no\.?\s*|#\s*)?(\d{1,4})\b/gi;

/**
 * Finds references to texts inside free text ("what is resolution 102 about", "Res. 130 and R174").
 * Only explicit references count: a bare number in a question is more often a year or a count.
 */
export function findTextRefs(text: string): TextRef[] {
  const out: TextRef[] = [];
  for (const m of text.matchAll(TEXT_REF)) {
    const word = (m[1] ?? '').toLowerCase();
    const kind = kindOf(word);
    // "r" and "d" alone only count when glued to the number ("R174"), not "r 2014".
    if (!kind || ((word === 'r' || word === 'd') && /\s/.test(m[0]))) continue;
    const ref = { kind, number: Number(m[2]) };
    if (!out.some((r) => r.kind === ref.kind && r.number === ref.number)) out.push(ref);
  }
  // "whats 174 called again (rev busan)": a number the revision mark designates is a resolution's.
  for (const m of text.matchAll(REVISED_NUMBER)) {
    const ref = { kind: 'resolution' as const, number: Number(m[1]) };
    if (!out.some((r) => r.number === ref.number)) out.push(ref);
  }
  return out;
}

/** A number of one to three digits that a revision mark ("(Rev. Busan", "rev busan") follows. */
const REVISED_NUMBER = /\b(\d{1,3})\b(?=[^.?!\d]{0,25}?\(?\s*rev\.?\s+busan\b)/gi;

/** The text with each reference {@link findTextRefs} reads taken out ("Res 188 is the theft one"). */
export function withoutTextRefs(text: string): string {
  return text.replace(TEXT_REF, (m) => (findTextRefs(m).length > 0 ? ' ' : m));
}

/** The way a reference is written in replies and commands: `Resolution 174`, `Decision 5`. */
export function formatTextRef(ref: TextRef): string {
  return `${ref.kind === 'resolution' ? 'Resolution' : 'Decision'} ${ref.number}`;
}
