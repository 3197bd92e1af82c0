import type { CorpusVocabulary } from './types.ts';

/*
 * A corpus vocabulary as plain JSON, for the index snapshot: restoring it this way skips the YAML parser
 * and the schema, which cost more at start-up than the rest of a one-shot `confbot query "/resolution 174"`
 * (docs/performance.md, "Cold start"). The snapshot's key covers vocabulary.yml, so the JSON is always
 * that of the file as it is now.
 */

/** {@link CorpusVocabulary} with its map and patterns written out: what `JSON.stringify` keeps. */
export interface VocabularyJson {
  implied: readonly string[];
  /** Absent from snapshots written before the field existed. */
  organisation?: readonly string[];
  countries: readonly string[];
  synonyms: readonly (readonly [string, readonly string[]])[];
  /** Each phrase's pattern (source and flags) and its reading. */
  phrases: readonly (readonly [string, string, string])[];
  /** Absent from snapshots written before the field existed. */
  opposites?: CorpusVocabulary['opposites'];
}

/** The vocabulary as JSON. */
export function vocabularyToJson(vocabulary: CorpusVocabulary): VocabularyJson {
  return {
    implied: vocabulary.implied,
    organisation: vocabulary.organisation,
    countries: vocabulary.countries,
    synonyms: [...vocabulary.synonyms],
    phrases: vocabulary.phrases.map(([pattern, means]) => [pattern.source, pattern.flags, means] as const),
    opposites: vocabulary.opposites,
  };
}

/** The vocabulary back from {@link vocabularyToJson}, its patterns compiled again. */
export function vocabularyFromJson(json: VocabularyJson): CorpusVocabulary {
  return {
    implied: json.implied,
    organisation: json.organisation ?? [],
    countries: json.countries,
    synonyms: new Map(json.synonyms),
    phrases: json.phrases.map(([source, flags, means]) => [new RegExp(source, flags), means] as const),
    opposites: json.opposites ?? [],
  };
}
