import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_CORPUS_DIR } from '../../src/config.ts';
import type { CorpusProblem } from '../../src/corpus/types.ts';
import { readVocabulary } from '../../src/corpus/vocabulary-file.ts';
import { vocabularyFromJson, vocabularyToJson } from '../../src/corpus/vocabulary-json.ts';

describe('a vocabulary as JSON', () => {
  it('comes back from JSON text as the bundled vocabulary.yml reads: names, synonyms and patterns', async () => {
    const problems: CorpusProblem[] = [];
    const read = await readVocabulary(DEFAULT_CORPUS_DIR, problems);
    assert.ok(read, JSON.stringify(problems));
    assert.ok(
      read.phrases.length > 0 && read.synonyms.size > 0,
      'the bundled vocabulary has phrases and synonyms',
    );
    const back = vocabularyFromJson(JSON.parse(JSON.stringify(vocabularyToJson(read))));
    assert.deepEqual(back.implied, read.implied);
    assert.ok(read.organisation.length > 0, "the bundled vocabulary names the organisation's names");
    assert.deepEqual(back.organisation, read.organisation);
    assert.deepEqual(back.countries, read.countries);
    assert.deepEqual([...back.synonyms], [...read.synonyms]);
    assert.deepEqual(
      back.phrases.map(([re, means]) => [re.source, re.flags, means]),
      read.phrases.map(([re, means]) => [re.source, re.flags, means]),
    );
    assert.deepEqual(back.opposites, read.opposites);
  });

  it('keeps what each phrase pattern matches, flags included', () => {
    const json = vocabularyToJson({
      implied: [],
      organisation: [],
      countries: [],
      synonyms: new Map(),
      phrases: [[/\bhow many (?:people|delegates)\b/gi, 'attendance']],
      opposites: [],
    });
    const [[pattern, means]] = vocabularyFromJson(JSON.parse(JSON.stringify(json))).phrases as [
      [RegExp, string],
    ];
    assert.equal(means, 'attendance');
    assert.equal('HOW MANY Delegates came'.replace(pattern, 'X'), 'X came');
  });
});
