import { type Answer, makeAnswer } from '../src/answer.ts';
import { completeEntries } from '../src/commands/complete.ts';
import { entryAnswer } from '../src/commands/entry-answer.ts';
import { commandFor } from '../src/commands/entry-links.ts';
import { lookUp } from '../src/commands/entry-lookup.ts';
import { pagedItems, takePage } from '../src/commands/paging.ts';
import { outcomeStatusSources, outcomeStatusText } from '../src/commands/status-labels.ts';
import { type CommandContext, defineCommand } from '../src/commands/types.ts';
import type { Entry } from '../src/corpus/types.ts';

/** `/outcome <slug or words>`: what became of a proposal or issue, or the list of outcomes. */
export default defineCommand<{ query: string; page: number }>({
  name: 'outcome',
  description: 'What happened to a proposal or issue: status, who pushed for or against it, what follows',
  usage: '/outcome <slug or words>   (india-proposal, ott, academia; empty for the list)',
  examples: ['/outcome india-proposal', '/outcome ott', '/outcome'],
  option: {
    name: 'name',
    description: 'Outcome slug or words, e.g. india-proposal',
    required: false,
    autocomplete: true,
  },
  parse(raw) {
    const { rest: query, page } = takePage(raw);
    return { query, page };
  },
  complete: (partial, ctx) =>
    completeEntries(partial, ['outcome'], ctx, (e) => ({ name: `${e.id} - ${e.title}`, value: e.id })),
  run({ query, page }, ctx) {
    if (query === '') return listOutcomes(ctx, page);
    return lookUp(query, ctx, { command: 'outcome', kinds: ['outcome'], noun: 'outcome', show: showOutcome });
  },
});

function showOutcome(entry: Entry, ctx: CommandContext): Answer {
  return entryAnswer(entry, ctx, {
    command: 'outcome',
    title: entry.title,
    leadFields: [
      {
        label: 'Status',
        value: outcomeStatusText(entry, ctx.corpus),
        citations: outcomeStatusSources(entry),
      },
    ],
  });
}

function listOutcomes(ctx: CommandContext, page: number): Answer {
  const outcomes = ctx.corpus.entries
    .filter((e) => e.kind === 'outcome')
    .sort((a, b) => a.id.localeCompare(b.id));
  return makeAnswer({
    ok: outcomes.length > 0,
    command: 'outcome',
    title: `Outcomes in the ${ctx.corpus.conference.shortName} corpus (${outcomes.length})`,
    body: ['Type /outcome <name> for one of them; partial names work.'],
    ...pagedItems(
      outcomes.map((e) => ({
        label: e.id,
        detail: `${e.title} (${lowerFirst(outcomeStatusText(e, ctx.corpus))})`,
        command: commandFor(e),
      })),
      page,
      '/outcome',
      'outcomes',
      25,
    ),
  });
}

/** "Withdrawn (OTI) · ..." reads as "withdrawn (OTI) · ..." inside a line of the list. */
function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
