import type { CommandContext } from '../commands/types.ts';
import { type Config, checkCorpusDir } from '../config.ts';
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

/**
 * Loads the configured corpus and builds the command context: the work every mode does first. Uses the
 * corpus's snapshot (`confbot corpus build`) when it matches the corpus, and builds the index otherwise.
 */
export async function prepare(config: Config): Promise<CommandContext> {
  checkCorpusDir(config.corpusDir);
  // Sizes first: an oversized file is refused before anything reads it (the snapshot key hashes every file).
  const tooBig = await checkCorpusSize(config.corpusDir, corpusLimits(config));
  if (tooBig.length > 0)
    throw new ConfbotError(
      'corpus-invalid',
      `the corpus in ${config.corpusDir} is over its size limits:\n${tooBig.map(formatProblem).join('\n')}`,
    );
  const { corpus, index } = await openCorpus(config.corpusDir, { save: true });
  return createContext(corpus, { index });
}

/** The corpus size limits a configuration sets. */
export function corpusLimits(config: Config): CorpusLimits {
  const { corpusMaxFileBytes, corpusMaxBytes } = config.ops.limits;
  return { maxFileBytes: corpusMaxFileBytes, maxTotalBytes: corpusMaxBytes };
}
