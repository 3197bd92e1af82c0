import { type Answer, makeAnswer } from '../src/answer.ts';
import { completeEntries } from '../src/commands/complete.ts';
import { entryAnswer } from '../src/commands/entry-answer.ts';
import { commandFor, labelFor } from '../src/commands/entry-links.ts';
import { lookUp } from '../src/commands/entry-lookup.ts';
import { pagedItems, takePage } from '../src/commands/paging.ts';
import { type CommandContext, defineCommand } from '../src/commands/types.ts';
import type { Entry } from '../src/corpus/types.ts';

/** `/sources [name]`: every source document, or one with what it covers and which entries cite it. */
export default defineCommand<{ query: string; page: number }>({
  name: 'sources',
  description: 'The source documents: publisher, date and link; or one source and what cites it',
  usage: '/sources [name]',
  examples: ['/sources', '/sources oti-final-dispatch'],
  option: {
    name: 'name',
    description: 'Optional: a source id or publisher',
    required: false,
    autocomplete: true,
  },
  parse(raw) {
    const { rest: query, page } = takePage(raw);
    return { query, page };
  },
  complete: (partial, ctx) =>
    completeEntries(partial, ['source'], ctx, (e) => ({
      name: `${e.publisher ?? e.id}: ${e.title}`,
      value: e.id,
    })),
  run({ query, page }, ctx) {
    if (query === '') return listSources(ctx, page);
    return lookUp(query, ctx, { command: 'sources', kinds: ['source'], noun: 'source', show: showSource });
  },
});

function showSource(entry: Entry, ctx: CommandContext): Answer {
  const answer = entryAnswer(entry, ctx, {
    command: 'sources',
    title: entry.title,
    leadFields: [
      { label: 'Publisher', value: entry.publisher ?? 'unknown' },
      ...(entry.author ? [{ label: 'Author', value: entry.author }] : []),
      { label: 'Date', value: entry.date ?? 'unknown' },
      { label: 'Link', value: entry.url ?? 'none' },
    ],
  });
  const citing = ctx.corpus.entries.filter((e) => e.sources.includes(entry.id));
  answer.items = citing.map((e) => ({
    group: 'Cited by',
    label: labelFor(e),
    detail: e.title,
    command: commandFor(e),
  }));
  return answer;
}

function listSources(ctx: CommandContext, page: number): Answer {
  const sources = ctx.corpus.entries
    .filter((e) => e.kind === 'source')
    .sort(
      (a, b) =>
        (a.publisher ?? '').localeCompare(b.publisher ?? '') || (a.date ?? '').localeCompare(b.date ?? ''),
    );
  return makeAnswer({
    ok: sources.length > 0,
    command: 'sources',
    title: `Sources of the ${ctx.corpus.conference.shortName} corpus (${sources.length})`,
    body: ['Type /sources <name> for what one covers and which entries cite it.'],
    ...pagedItems(
      sources.map((s) => ({
        label: s.publisher ?? s.id,
        detail: `${s.title}${s.date ? ` (${s.date})` : ''} ${s.url ?? ''}`.trim(),
        command: commandFor(s),
      })),
      page,
      '/sources',
      'sources',
    ),
  });
}
