import type { CommandContext } from '../commands/types.ts';
import { checkCorpusDir } from '../config.ts';
import type { Config } from '../config-types.ts';
import { type CorpusLimits, checkCorpusSize } from '../corpus/limits.ts';
import { formatProblem } from '../corpus/load.ts';
import { ConfbotError } from '../errors.ts';
import { createContext } from '../registry/registry.ts';
import { openCorpus } from '../search/snapshot.ts';

/*
 * The work every mode does first, apart from the platforms: a one-shot `confbot query` imports this
 * file and not src/main.ts, so it does not load the platform registry, the store or the runtime
 * services a running bot needs (docs/performance.md, "Cold start").
 */

/** Options of {@link prepare}. */
export interface PrepareOptions {
  /**
   * Restore the search index from the snapshot only when a command first uses it: for one-shot
   * commands (`confbot query`), which often never search. A bot restores it at start, so its first
   * question is as quick as the next ones.
   */
  lazyIndex?: boolean;
}

/**
 * Loads the configured corpus and builds the command context: the work every mode does first. Uses the
 * corpus's snapshot (`confbot corpus build`) when it matches the corpus, and builds the index otherwise.
 */
export async function prepare(
  config: Config,
  { lazyIndex = false }: PrepareOptions = {},
): Promise<CommandContext> {
  checkCorpusDir(config.corpusDir);
  // Sizes first: an oversized file is refused before anything reads it (the snapshot key hashes every file).
  const tooBig = await checkCorpusSize(config.corpusDir, corpusLimits(config));
  if (tooBig.length > 0)
    throw new ConfbotError(
      'corpus-invalid',
      `the corpus in ${config.corpusDir} is over its size limits:\n${tooBig.map(formatProblem).join('\n')}`,
    );
  const opened = await openCorpus(config.corpusDir, { save: true, lazyIndex });
  return createContext(opened.corpus, { index: lazyIndex ? () => opened.index : opened.index });
}

/** The corpus size limits a configuration sets. */
export function corpusLimits(config: Config): CorpusLimits {
  const { corpusMaxFileBytes, corpusMaxBytes } = config.ops.limits;
  return { maxFileBytes: corpusMaxFileBytes, maxTotalBytes: corpusMaxBytes };
}
