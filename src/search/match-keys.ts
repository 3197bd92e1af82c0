/*
 * The matched terms of a document's term matches, as minisearch's result lists them (`Object.keys` of
 * the matches merged), for TermSearch's flat matches: listed once per shared match object, and merged
 * without making the merged object.
 */

/** A term's remembered match of a document: matched terms and their fields, shared and frozen. */
export type Match = Readonly<Record<string, readonly string[]>>;

/** The matched terms of each shared match object (documents of one term share a few). */
const matchKeys = new WeakMap<Match, readonly string[]>();

/** A shared match's matched terms, listed once per match object. */
export function keysOf(match: Match): readonly string[] {
  let keys = matchKeys.get(match);
  if (keys === undefined) {
    keys = Object.freeze(Object.keys(match));
    matchKeys.set(match, keys);
  }
  return keys;
}

/**
 * The keys of matches merged in the order searched, as search() merges them (`Object.keys` of
 * `Object.assign({}, ...matches)`): each first listed in the order met, but an array index ("2014")
 * goes before the others, in numeric order, as object keys do. Listed without making the merged object:
 * a year or a number ("14" of "PP-14") among a document's matched terms made that object for most
 * multi-term matches of a corpus about PP-14.
 */
export function mergedKeys(own: Match, more: readonly Match[]): readonly string[] {
  const out: string[] = [];
  const indices: string[] = [];
  // No closure per call: under tsx (the bench scripts) each would be named, and this runs per document.
  takeKeys(keysOf(own), out, indices);
  for (const match of more) takeKeys(keysOf(match), out, indices);
  if (indices.length === 0) return out;
  indices.sort((a, b) => Number(a) - Number(b));
  return [...indices, ...out];
}

/**
 * Adds the keys {@link mergedKeys} lists (of `own` alone when there is no `more`) to a set, in that
 * order, without listing them: an entry gathers the terms of all its sentences.
 */
export function addMergedKeys(own: Match, more: readonly Match[] | undefined, into: Set<string>): void {
  if (more !== undefined && (hasArrayIndex(own) || more.some(hasArrayIndex))) {
    for (const t of mergedKeys(own, more)) into.add(t);
    return;
  }
  // In the order merged: each match's keys in turn, the set keeping the first of each.
  for (const t of keysOf(own)) into.add(t);
  if (more !== undefined) for (const match of more) for (const t of keysOf(match)) into.add(t);
}

/** True when a match's keys hold an array index, which a merge lists before the other keys. */
function hasArrayIndex(match: Match): boolean {
  for (const key of keysOf(match)) if (isArrayIndex(key)) return true;
  return false;
}

/** Appends the keys not yet listed, the array indices apart. */
function takeKeys(keys: readonly string[], out: string[], indices: string[]): void {
  for (const key of keys)
    if (isArrayIndex(key)) {
      if (!indices.includes(key)) indices.push(key);
    } else if (!out.includes(key)) out.push(key);
}

/**
 * True for a key that objects list first, in numeric order: an array index, the canonical decimal
 * form of an integer from 0 to 2^32 - 2.
 */
function isArrayIndex(key: string): boolean {
  const n = key.length;
  if (n === 0 || n > 10) return false;
  const first = key.charCodeAt(0);
  if (!isDigit(first) || (first === 48 && n > 1)) return false;
  for (let i = 1; i < n; i++) if (!isDigit(key.charCodeAt(i))) return false;
  return n < 10 || Number(key) <= 4_294_967_294;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
