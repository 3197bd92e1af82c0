import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { personPhrases, personsNamed } from '../../src/search/persons-named.ts';
import { answerReader, contextFor } from '../helpers.ts';

describe('verify: a passage about another post than the one asked', () => {
  it('does not answer who someone beat for one post with their race for another', async () => {
    const answer = await answerReader();
    // Malcolm Johnson beat Chaesub Lee in 2006, for TSB Director: not the Deputy post asked about.
    assert.doesNotMatch(answer('who did malcolm johnson beat for deputy sg'), /TSB Director/);
    assert.doesNotMatch(answer('who did malcolm johnson beat for deputy sg? names + votes pls'), /2006/);
    // Johnson won a race in 2006, for TSB Director, not for the Deputy post.
    assert.doesNotMatch(answer('who won the deputy sg race in 2006'), /2006/);
  });

  it('still answers the post asked, from a list that names its holder, and what came before it', async () => {
    const answer = await answerReader();
    assert.match(answer('who did chaesub lee beat for tsb director'), /Çavuşoğlu|Jamoussi/);
    assert.match(answer('what was the result of the BR director election'), /Rancy/);
    assert.match(answer("what was malcolm johnson's job before deputy sg"), /TSB Director/);
  });
});

describe('persons named in a text', () => {
  it('tells a person named by name from one named by the post their entry is also named by', async () => {
    const { index } = await contextFor();
    const said = personPhrases('Malcolm Johnson beat Chaesub Lee in 2006 for TSB Director.', index);
    assert.deepEqual(
      said.map((n) => [n.entry.id, n.byName]),
      [
        ['malcolm-johnson', true],
        ['chaesub-lee', true],
        ['chaesub-lee', false],
      ],
    );
    assert.deepEqual(
      personsNamed('Malcolm Johnson beat Chaesub Lee in 2006 for TSB Director.', index).map(
        (n) => n.entry.id,
      ),
      ['malcolm-johnson', 'chaesub-lee'],
    );
  });
});
