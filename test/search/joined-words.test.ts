import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answerQuestion } from '../../src/search/answer-question.ts';
import { joinedAsCorpus, joinedWords, spellDesignations } from '../../src/search/joined-words.ts';
import { contextFor } from '../helpers.ts';

describe('joined words: a hyphenated corpus word typed as one', () => {
  it("maps the joined spelling to the terms of the corpus's hyphenated word, and nothing else", async () => {
    const { corpus } = await contextFor();
    const joined = joinedWords(corpus);
    assert.deepEqual(joined.get('wifi'), ['wi', 'fi']);
    assert.ok(joined.get('gemtech')?.includes('tech'));
    assert.equal(joined.get('coffee'), undefined);
  });

  it('answers "wifi" from the sentence that writes "Wi-fi", where it was read as chat before', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('quick one, was there some wifi thing at the opening ceremony?', index);
    assert.ok(r.found);
    assert.match(r.passages[0]?.passage.text ?? '', /jammed/);
  });

  it('spells a designation typed joined ("pp18") as the corpus writes it, and leaves other words alone', async () => {
    const { corpus } = await contextFor();
    assert.equal(spellDesignations('pp18 where was that again', corpus), 'PP-18 where was that again');
    assert.equal(spellDesignations('what did wrc15 decide', corpus), 'what did WRC-15 decide');
    assert.equal(spellDesignations('abc123 and mh370', corpus), 'abc123 and mh370');
  });

  it('answers "pp18 where was that again" with Dubai, where the joined word matched nothing before', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('pp18 where was that again', index);
    assert.ok(r.found, r.found ? '' : r.reason);
    assert.match(r.passages[0]?.passage.text ?? '', /Dubai/);
  });
});

describe('joined words: a corpus word typed with a hyphen', () => {
  it('reads "chae-sub" as "Chaesub", which the sentences write, and leaves the corpus\'s own hyphenations', async () => {
    const { corpus } = await contextFor();
    assert.equal(joinedAsCorpus('besides chae-sub lee', corpus), 'besides chaesub lee');
    // The sentences hyphenate these (WG-PL is also an alias "WGPL"): as typed.
    assert.equal(joinedAsCorpus('who was re-elected', corpus), 'who was re-elected');
    assert.equal(joinedAsCorpus('what is WG-PL', corpus), 'what is WG-PL');
    // Never written joined.
    assert.equal(joinedAsCorpus('a one-liner on wi-fi', corpus), 'a one-liner on wi-fi');
  });

  it('answers "the other tsb candidates besides chae-sub lee" with his two rivals, where it declined', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('who were the other tsb candidates besides chae-sub lee', index);
    assert.ok(r.found, r.found ? '' : r.reason);
    assert.match(r.passages[0]?.passage.text ?? '', /Jamoussi/);
  });
});
