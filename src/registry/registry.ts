import ask from '../../commands/ask.ts';
import facts from '../../commands/facts.ts';
import help from '../../commands/help.ts';
import outcome from '../../commands/outcome.ts';
import resolution from '../../commands/resolution.ts';
import search from '../../commands/search.ts';
import sources from '../../commands/sources.ts';
import topic from '../../commands/topic.ts';
import who from '../../commands/who.ts';
import { MAX_INPUT_CHARS } from '../commands/input.ts';
import type { CommandContext, CommandDefinition, MessageActionDefinition } from '../commands/types.ts';
import type { Corpus } from '../corpus/types.ts';
import { AnswerCache } from '../search/answer-cache.ts';
import type { QuestionResult } from '../search/answer-question.ts';
import type { AnswerQuestionOptions } from '../search/rank-passages.ts';
import { SearchIndex } from '../search/search-index.ts';
import type { SearchIndexOptions } from '../search/search-types.ts';

/**
 * Every command, in the order `/help` lists them. The single source for the terminal, the Slack
 * manifest and Discord registration: add a file to `commands/` and a line here.
 */
export const COMMANDS: readonly CommandDefinition[] = [
  resolution,
  outcome,
  ask,
  search,
  topic,
  who,
  facts,
  sources,
  help,
] as CommandDefinition[];

/** Commands run on a message: "Ask confbot about this" gives the message's text to `/ask`. */
export const MESSAGE_ACTIONS: readonly MessageActionDefinition[] = [
  {
    id: 'ask_message',
    name: 'Ask confbot about this',
    description: 'Answer the question in this message, in its thread',
    command: 'ask',
  },
];

/**
 * The line a message action answers: the message's text given to the action's command, or the text as
 * it is when it already names a command (`/resolution 174`). Someone else wrote the message, so a long
 * one is cut at a word to the input limit rather than refused.
 */
export function messageActionLine(action: MessageActionDefinition, text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const line = flat.startsWith('/') ? flat : `/${action.command} ${flat}`;
  if (line.length <= MAX_INPUT_CHARS) return line;
  const cut = line.lastIndexOf(' ', MAX_INPUT_CHARS);
  return line.slice(0, cut > MAX_INPUT_CHARS / 2 ? cut : MAX_INPUT_CHARS);
}

/**
 * Builds what commands need from a loaded corpus: the search index and the command list. `index` may be
 * a function, called when a command first reads `ctx.index` (a one-shot command that never searches
 * then never pays for the index); without it, the index is built from the corpus.
 */
export function createContext(
  corpus: Corpus,
  options: {
    commands?: readonly CommandDefinition[];
    search?: Partial<SearchIndexOptions>;
    answer?: Partial<AnswerQuestionOptions>;
    index?: SearchIndex | (() => SearchIndex);
  } = {},
): CommandContext {
  const rest = {
    corpus,
    commands: options.commands ?? COMMANDS,
    ...(options.answer ? { answer: options.answer } : {}),
    answers: new AnswerCache<QuestionResult>(),
  };
  const { index } = options;
  if (typeof index !== 'function')
    return { ...rest, index: index ?? new SearchIndex(corpus, options.search) };
  let built: SearchIndex | undefined;
  return Object.defineProperty(rest, 'index', {
    enumerable: true,
    get: () => {
      built ??= index();
      return built;
    },
  }) as CommandContext;
}
