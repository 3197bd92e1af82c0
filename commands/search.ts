import { makeAnswer } from '../src/answer.ts';
import { commandFor, labelFor } from '../src/commands/entry-links.ts';
import { pageOf, takePage } from '../src/commands/paging.ts';
import { labelledStatement } from '../src/commands/status-labels.ts';
import { type CommandContext, defineCommand } from '../src/commands/types.ts';
import { userError } from '../src/errors.ts';
import { looksLikeCode } from '../src/search/code-line.ts';
import type { EntryHit } from '../src/search/search-types.ts';
import { clip, countMatches, highlight } from '../src/search/snippet.ts';

/** Hits per page: five fit a phone screen with their snippets. */
export const SEARCH_PAGE_SIZE = 5;
/** Hits matching less than this share of the query's weighted words are left out as noise. */
export const SEARCH_MIN_COVERAGE = 0.34;

/** What `/search` was asked for. */
export interface SearchArgs {
  query: string;
  page: number;
}

/** `/search <words> [--page N]`: ranked entries with highlighted snippets, paged. */
export default defineCommand<SearchArgs>({
  name: 'search',
  description: 'Ranked entries matching your words, with highlighted snippets',
  usage: '/search <words> [--page N]',
  examples: ['/search ipv6', '/search privacy --page 2'],
  option: { name: 'words', description: 'Words to search for, e.g. ipv6', required: true },
  parse(raw) {
    const { rest: query, page } = takePage(raw);
    if (query === '') {
      throw userError('missing-argument', 'What should I search for? Try /search ipv6 or /search privacy.');
    }
    return { query, page };
  },
  complete(partial, ctx) {
    // What the user typed comes first, then the names of entries it would find.
    const typed = partial.trim();
    const names =
      typed.length >= 2 ? ctx.index.searchEntries(typed, { loose: true }).map((h) => h.entry.title) : [];
    return [...new Set([typed, ...names])].filter((v) => v !== '').map((v) => ({ name: v, value: v }));
  },
  run(args, ctx) {
    // "'; DROP TABLE docs;--": pasted code holds corpus words by chance ("table", "docs"); it is no search.
    if (looksLikeCode(args.query)) {
      return makeAnswer({
        ok: false,
        command: 'search',
        title: 'That looks like code',
        body: [
          `I search the ${ctx.corpus.conference.shortName} corpus for words, and "${args.query}" reads as program text. Try /search ipv6, or ask a question with /ask.`,
        ],
        suggestions: ['/help'],
      });
    }
    const hits = ctx.index.searchEntries(args.query).filter((h) => h.coverage >= SEARCH_MIN_COVERAGE);
    if (hits.length === 0) {
      return makeAnswer({
        ok: false,
        command: 'search',
        title: `No results for "${args.query}"`,
        body: [
          `Nothing in the ${ctx.corpus.conference.shortName} corpus matches "${args.query}". Check the spelling, try fewer or other words, or ask a question with /ask.`,
        ],
        suggestions: ['/resolution', '/outcome', '/topic'],
      });
    }
    const { shown, info } = pageOf(
      hits,
      args.page,
      SEARCH_PAGE_SIZE,
      `/search ${args.query}`,
      `results for "${args.query}"`,
    );
    return makeAnswer({
      ok: true,
      command: 'search',
      title: `Results for "${args.query}" (${hits.length})`,
      items: shown.map((h) => ({
        label: labelFor(h.entry),
        detail: snippetFor(h, ctx),
        command: commandFor(h.entry),
      })),
      ...(info ? { page: info } : {}),
      suggestions: info?.next ? [info.next] : [],
    });
  },
});

/**
 * The entry's sentence with the most matched words, highlighted and clipped. With no matching sentence,
 * the first one still says what the entry is, which repeating its title would not.
 */
function snippetFor(hit: EntryHit, ctx: CommandContext): string {
  const matched = new Set(hit.matchedTerms);
  const sentences = ctx.index.passagesOf(hit.entry.id).map((p) => labelledStatement(p, ctx.corpus));
  let best = sentences[0] ?? hit.entry.title;
  let bestCount = 0;
  for (const text of sentences) {
    const n = countMatches(text, matched);
    if (n > bestCount) {
      best = text;
      bestCount = n;
    }
  }
  return clip(highlight(best, matched));
}
