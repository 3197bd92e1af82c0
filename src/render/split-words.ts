/**
 * Splits text into pieces of at most `limit` characters, only at whitespace, keeping the original
 * spacing (line breaks included) inside each piece. A single word longer than `limit` is shortened by
 * `cutWord`, which knows the platform's escapes. Blank text gives no pieces: platforms reject empty
 * text objects and fields. Shared by the Slack and Discord renderers.
 */
export function splitAtWords(
  text: string,
  limit: number,
  cutWord: (word: string, limit: number) => string,
): string[] {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  if (trimmed.length <= limit) return [trimmed];
  const pieces: string[] = [];
  let start = -1;
  let end = -1;
  for (const match of trimmed.matchAll(/\S+/g)) {
    const word = match[0];
    const at = match.index;
    if (start >= 0 && at + word.length - start <= limit) {
      end = at + word.length;
      continue;
    }
    if (start >= 0) pieces.push(trimmed.slice(start, end));
    if (word.length <= limit) {
      start = at;
      end = at + word.length;
    } else {
      pieces.push(cutWord(word, limit));
      start = -1;
    }
  }
  if (start >= 0) pieces.push(trimmed.slice(start, end));
  return pieces;
}
