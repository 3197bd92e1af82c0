import ask from '../../commands/ask.ts';
import facts from '../../commands/facts.ts';
import help from '../../commands/help.ts';
import outcome from '../../commands/outcome.ts';
import resolution from '../../commands/resolution.ts';
import search from '../../commands/search.ts';
import sources from '../../commands/sources.ts';
import topic from '../../commands/topic.ts';
import type { Corpus } from '../corpus/types.ts';
import type { AnswerQuestionOptions } from '../search/rank-passages.ts';
import { SearchIndex } from '../search/search-index.ts';
import type { SearchIndexOptions } from '../search/search-types.ts';
import type { CommandContext, CommandDefinition } from './types.ts';

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
  facts,
  sources,
  help,
] as CommandDefinition[];

/** Builds what commands need from a loaded corpus: the search index and the command list. */
export function createContext(
  corpus: Corpus,
  options: {
    commands?: readonly CommandDefinition[];
    search?: Partial<SearchIndexOptions>;
    answer?: Partial<AnswerQuestionOptions>;
    index?: SearchIndex;
  } = {},
): CommandContext {
  return {
    corpus,
    index: options.index ?? new SearchIndex(corpus, options.search),
    commands: options.commands ?? COMMANDS,
    ...(options.answer ? { answer: options.answer } : {}),
  };
}
