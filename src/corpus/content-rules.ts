import type { Corpus, CorpusProblem, Entry } from './types.ts';

/** Options of {@link checkContent}. */
export interface ContentRuleOptions {
  /**
   * Require at least {@link MIN_QUESTIONS} questions on every entry that is not a source. Off by
   * default while corpora are being filled; `confbot corpus check --strict` turns it on.
   */
  requireQuestions?: boolean;
}

/** Fewest questions an entry must have when questions are required. */
export const MIN_QUESTIONS = 3;

/** Words about the corpus itself: such a line would be served as an answer about the conference. */
export const META_WORDS = /\b(?:this|the|our|in) corpus\b/i;

/**
 * Words that make a statement uncertain. A statement using one must be marked `[?]`, so the bot labels
 * it "(unverified)" instead of serving a hedge as if it were a settled fact.
 */
export const HEDGE_WORDS =
  /\b(?:reportedly|probably|likely|apparently|allegedly|supposedly|presumably|seemingly|it seems|may have|might have|not (?:been )?verified|unverified|unconfirmed|not (?:been )?confirmed|unclear|rumou?red)\b/i;

/** A title that stands in for an unknown one; leave `title` out instead (resolutions and decisions). */
export const PLACEHOLDER_TITLE =
  /\bcorpus\b|\b(?:title )?not (?:in|verified|known|found|available)\b|\bunknown\b|\bunverified\b|\bplaceholder\b|\btbd\b|\bto be (?:confirmed|determined)\b|^\s*[?-]+\s*$/i;

/**
 * First words that make a line a question even without a "?": how people type into a chat ("what's the
 * deal with the ICT definition", "tell me about Resolution 71").
 */
export const QUESTION_OPENERS = [
  'what',
  'whats',
  'who',
  'whos',
  'whom',
  'whose',
  'when',
  'where',
  'why',
  'how',
  'which',
  'did',
  'does',
  'do',
  'is',
  'are',
  'was',
  'were',
  'can',
  'could',
  'has',
  'have',
  'had',
  'will',
  'would',
  'should',
  'shall',
  'tell me',
  'any',
  'anything',
  'explain',
  'describe',
  'show me',
  'give me',
  'list',
  'summarise',
  'summarize',
  'remind me',
  'i want to know',
  'i need',
] as const;

const OPENER = new RegExp(`^(?:${QUESTION_OPENERS.map((o) => o.replace(/ /g, '\\s+')).join('|')})\\b`);

/** True when a line reads as a question: it ends with "?" or starts with a question word. */
export function looksLikeQuestion(question: string): boolean {
  const q = plain(question).trim();
  if (q.endsWith('?')) return true;
  return OPENER.test(q.toLowerCase().replace(/'/g, ''));
}

/** Compares questions as the same when only case, spacing or the final "?" differ. */
export function questionKey(question: string): string {
  return plain(question)
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[\s?.!]+$/, '')
    .trim();
}

/** One statement of an entry, as the bot can serve it, with the line it is written on. */
export interface StatementAt {
  text: string;
  line: number;
  uncertain: boolean;
}

/**
 * Every statement of an entry: summary sentences, field values (with their label, as `/ask` serves
 * them, unless `labels` is false) and body sentences.
 */
export function statementsOf(entry: Entry, { labels = true }: { labels?: boolean } = {}): StatementAt[] {
  const out: StatementAt[] = [];
  for (const s of entry.summary)
    out.push({ text: s.text, line: entry.lines.summary ?? 1, uncertain: s.uncertain === true });
  for (const f of entry.fields)
    out.push({
      text: labels ? `${f.label}: ${f.value}` : f.value,
      line: f.line ?? entry.lines.fields ?? 1,
      uncertain: f.uncertain === true,
    });
  for (const section of entry.sections)
    for (const p of section.paragraphs)
      for (const s of p.sentences) out.push({ text: s.text, line: p.line, uncertain: s.uncertain === true });
  return out;
}

/**
 * The rules that keep a corpus saying only what its sources say, beyond what loading checks: no line
 * about the corpus itself, no placeholder title, no hedge without `[?]`, and questions that are
 * questions and unique. Pure; returns the problems sorted by file and line.
 */
export function checkContent(corpus: Corpus, options: ContentRuleOptions = {}): CorpusProblem[] {
  const problems: CorpusProblem[] = [];
  const seen = new Map<string, { file: string; line: number }>();
  for (const entry of corpus.entries) {
    const at = (key: string) => entry.lines[key] ?? 1;
    if (!entry.titleUnverified && PLACEHOLDER_TITLE.test(entry.title)) {
      problems.push({
        file: entry.file,
        line: at('title'),
        message: `title "${entry.title}" is a placeholder: leave "title" out when the official title is not verified (resolutions and decisions only) and the bot labels it "official title not verified"`,
      });
    }
    for (const s of statementsOf(entry)) {
      const meta = META_WORDS.exec(s.text);
      if (meta)
        problems.push({
          file: entry.file,
          line: s.line,
          message: `"${excerpt(s.text)}" talks about the corpus ("${meta[0]}"): state what the sources say, or use a marker such as [only] or [?]`,
        });
      const hedge = HEDGE_WORDS.exec(s.text);
      if (hedge && !s.uncertain)
        problems.push({
          file: entry.file,
          line: s.line,
          message: `"${excerpt(s.text)}" hedges ("${hedge[0]}") without [?]: mark it [?] before its citation, or state only what the source settles`,
        });
    }
    entry.questions.forEach((q, i) => {
      const line = at(`questions.${i}`);
      if (!looksLikeQuestion(q))
        problems.push({
          file: entry.file,
          line,
          message: `question "${excerpt(q)}" is not a question: end it with "?" or start it with a question word (what, who, how, tell me, ...)`,
        });
      const key = questionKey(q);
      const first = seen.get(key);
      if (first)
        problems.push({
          file: entry.file,
          line,
          message: `question "${excerpt(q)}" is also at ${first.file}:${first.line}: each question belongs to one entry`,
        });
      else seen.set(key, { file: entry.file, line });
    });
    if (options.requireQuestions && entry.kind !== 'source' && entry.questions.length < MIN_QUESTIONS) {
      problems.push({
        file: entry.file,
        line: entry.questions.length > 0 ? at('questions') : at('id'),
        message: `has ${entry.questions.length} question(s): give at least ${MIN_QUESTIONS} ways people ask for what it says ("questions:")`,
      });
    }
  }
  return problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

/** Curly quotes and apostrophes as straight ones, so "what’s" and "what's" compare equal. */
function plain(text: string): string {
  return text.replace(/[’‘]/g, "'").replace(/[“”]/g, '"');
}

function excerpt(text: string): string {
  return text.length > 70 ? `${text.slice(0, 67)}...` : text;
}
