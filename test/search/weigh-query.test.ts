import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contextFor } from '../helpers.ts';

describe('weighing a question', () => {
  it('drops a word the corpus lacks that measures what follows ("a couple of"), and keeps it elsewhere', async () => {
    const { index } = await contextFor();
    const words = (line: string) => index.weigh(line).concepts.map((c) => c.word);
    assert.deepEqual(words('a couple of candidates'), ['candidates']);
    assert.ok(words('the couple who attended').includes('couple'));
    // A corpus noun in that place is what is asked: "a group of countries".
    assert.ok(words('a group of countries').includes('group'));
  });

  it('keeps a short unknown word an article or a possessive governs ("ICANN\'s CEO"), and drops chat shorthand', async () => {
    const { index } = await contextFor();
    const words = (line: string) => index.weigh(line).concepts.map((c) => c.word);
    assert.ok(words("what did icann's ceo say").includes('ceo'));
    assert.ok(words('what did the ceo say').includes('ceo'));
    assert.ok(!words('brb who was elected').includes('brb'));
    assert.ok(!words('who was elected tbh').includes('tbh'));
  });

  it('reads a slip near a common corpus word ("wemen", "brodband") as that word, for verification too', async () => {
    const { index } = await contextFor();
    const alternatives = (word: string) => index.weigh(word).concepts[0]?.alternatives ?? [];
    assert.ok(alternatives('wemen').includes('women'));
    assert.ok(alternatives('brodband').includes('broadband'));
    // A word of the corpus's own is no slip.
    assert.deepEqual(alternatives('women').slice(0, 1), ['women']);
  });

  it('weighs a dictionary word the corpus lacks below a made-up one, and both above common corpus words', async () => {
    const { index } = await contextFor();
    const weight = (line: string, word: string) =>
      index.weigh(line).concepts.find((c) => c.word === word)?.weight ?? Number.NaN;
    assert.ok(weight('counterfeit gadgets', 'gadgets') < weight('counterfeit zorblax', 'zorblax'));
    assert.ok(weight('counterfeit gadgets', 'gadgets') > weight('the conference', 'conference'));
  });

  it('reads a clipped word that only one corpus word starts ("cybersec") as that word, not a dictionary word', async () => {
    const { index } = await contextFor();
    const alternatives = (word: string) => index.weigh(word).concepts[0]?.alternatives ?? [];
    assert.ok(alternatives('cybersec').includes('cybersecur'), alternatives('cybersec').join());
    // A start shared by several corpus words says none of them.
    assert.deepEqual(alternatives('parti').slice(1), []);
  });
});
