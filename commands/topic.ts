import { type Answer, makeAnswer } from '../src/answer.ts';
import { completeEntries } from '../src/commands/complete.ts';
import { entryAnswer } from '../src/commands/entry-answer.ts';
import { commandFor, labelFor } from '../src/commands/entry-links.ts';
import { lookUp } from '../src/commands/entry-lookup.ts';
import { pagedItems, takePage } from '../src/commands/paging.ts';
import { labelledStatement, titleOrLabel } from '../src/commands/status-labels.ts';
import { type CommandContext, defineCommand } from '../src/commands/types.ts';
import type { Entry, EntryKind } from '../src/corpus/types.ts';

/** Kinds `/topic` opens: topics first, and also terms, people and events, which have no command of their own. */
const TOPIC_KINDS: readonly EntryKind[] = ['topic', 'glossary', 'person', 'event'];

/** `/topic <name>`: an overview of a topic (or a term, person or event) with its resolutions and outcomes. */
export default defineCommand<{ query: string; page: number }>({
  name: 'topic',
  description: 'An overview of a topic, term, person or event, linking its resolutions and outcomes',
  usage: '/topic <name>   (cybersecurity, internet governance, transparency; empty for the list)',
  examples: ['/topic cybersecurity', '/topic transparency', '/topic'],
  option: { name: 'name', description: 'Topic, e.g. cybersecurity', required: false, autocomplete: true },
  parse(raw) {
    const { rest: query, page } = takePage(raw);
    return { query, page };
  },
  complete: (partial, ctx) =>
    completeEntries(partial, TOPIC_KINDS, ctx, (e) => ({ name: e.title, value: e.id })),
  run({ query, page }, ctx) {
    if (query === '') return listTopics(ctx, page);
    return lookUp(query, ctx, {
      command: 'topic',
      kinds: TOPIC_KINDS,
      noun: 'topic or term',
      show: showTopic,
    });
  },
});

function showTopic(entry: Entry, ctx: CommandContext): Answer {
  const answer = entryAnswer(entry, ctx, { command: 'topic', title: entry.title });
  // A topic is a map: list what it links to, resolutions first, so a reader can go on from here.
  const linked = entry.related
    .map((id) => ctx.corpus.byId.get(id))
    .filter((e): e is Entry => e !== undefined)
    .sort((a, b) => rank(a) - rank(b));
  answer.items = linked.map((e) => ({
    group: groupOf(e),
    label: labelFor(e),
    detail:
      e.kind === 'resolution' || e.kind === 'decision' || !e.summary[0]
        ? titleOrLabel(e)
        : labelledStatement(e.summary[0], ctx.corpus),
    command: commandFor(e),
  }));
  answer.related = [];
  return answer;
}

function rank(e: Entry): number {
  return ['resolution', 'decision', 'outcome', 'topic'].indexOf(e.kind) + 1 || 9;
}

function groupOf(e: Entry): string {
  if (e.kind === 'resolution' || e.kind === 'decision') return 'Resolutions and decisions';
  if (e.kind === 'outcome') return 'Outcomes';
  return 'See also';
}

function listTopics(ctx: CommandContext, page: number): Answer {
  const entries = ctx.corpus.entries
    .filter((e) => TOPIC_KINDS.includes(e.kind))
    .sort((a, b) => rank(a) - rank(b) || a.title.localeCompare(b.title));
  return makeAnswer({
    ok: entries.length > 0,
    command: 'topic',
    title: `Topics in the ${ctx.corpus.conference.shortName} corpus`,
    body: ['Type /topic <name> for an overview.'],
    ...pagedItems(
      entries.map((e) => ({
        group:
          e.kind === 'topic'
            ? 'Topics'
            : e.kind === 'glossary'
              ? 'Terms'
              : e.kind === 'person'
                ? 'People'
                : 'Events',
        label: e.id,
        detail: e.title,
        command: commandFor(e),
      })),
      page,
      '/topic',
      'topics',
      30,
    ),
  });
}
