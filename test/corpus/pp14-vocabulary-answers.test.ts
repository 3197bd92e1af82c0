import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answerReader } from '../helpers.ts';

/**
 * The bundled corpus's vocabulary (corpus/pp14/vocabulary.yml) at work: lines worded the way people ask,
 * answered through the words the corpus uses for the same thing.
 */
describe('the PP-14 vocabulary: everyday words read as the corpus words them', () => {
  it('answers why a proposal was controversial with the doubts and concerns raised, not with its outcome', async () => {
    const text = await answerReader();
    for (const line of [
      "why was india's secure information society proposal so controversial",
      "why was india's doc 98 so controversial?",
    ])
      assert.match(text(line), /doubts|worries|concerns/, line);
  });

  it('reads "the top job" at ITU as the Secretary-General post, and "a top job" as one of the top posts', async () => {
    const text = await answerReader();
    for (const line of [
      'who won the itu top job in 2014?? the chinese guy right, whats his name',
      "who got ITU's top job",
    ])
      assert.match(text(line), /^Secretary-General: Houlin Zhao/, line);
    assert.match(
      text('chaesub lee was the first korean ever in an ITU top job — true?'),
      /Chaesub Lee was the first Korean/,
    );
  });

  it('reads "balloting" as the rounds of voting the sources count', async () => {
    const text = await answerReader();
    assert.match(
      text('In which round of balloting was the Deputy Secretary-General elected?'),
      /fourth round/,
    );
  });

  it("reads who ran or headed a Bureau as who holds its post, and leaves a delegation's or an event's head unsaid", async () => {
    const text = await answerReader();
    assert.match(text('who ran the radio burea after the elections'), /Rancy/);
    assert.match(
      text('Who headed the Telecommunication Development Bureau after the 2014 elections?'),
      /Sanou/,
    );
    assert.equal(text("who headed india's delegation in busan?"), '');
    assert.equal(text('gem tech awards - who ran those w/ itu?'), '');
  });

  it('reads "counting from the first", "the prez that showed up at" as the corpus words them, and answers "did X survive" with No where the record says it was not adopted', async () => {
    const text = await answerReader(true);
    assert.match(
      text('Which number Plenipotentiary Conference was the 2014 one in Busan, counting from the first?'),
      /19th/,
    );
    assert.match(
      text('whos the prez that showed up at the opening, park something?'),
      /President Park Geun-hye/,
    );
    assert.match(text("did india's big internet proposal survive or nah"), /^no .*not adopted/);
  });

  it('answers why the new resolutions start at 185 with the numbering rule, and reads "resolution numbers" as numbers', async () => {
    const text = await answerReader();
    assert.match(text('how do the new resolution numbers work, why do they start at 185'), /Guadalajara/);
    assert.match(text('how do the new resolution numbers work'), /Guadalajara/);
  });

  it('reads proposals chewed or worked through as considered', async () => {
    const text = await answerReader();
    assert.match(text('hw many proposals did they chew through in busan lol'), /452/);
  });

  it('reads working with a body, as a text asks ITU to, as cooperating with it', async () => {
    const text = await answerReader();
    assert.match(text('ebola res — who was ITU supposed to work with on it?'), /WHO/);
  });

  it('reads "UN GA" and "UNGA" as the UN General Assembly, and "the Busan version of" a text as the text', async () => {
    const text = await answerReader();
    assert.match(text('What UN GA resolution does Res 130 now cite in its preamble'), /General Assembly/);
    assert.match(
      text(
        'Which UN General Assembly resolution on the right to privacy is cited in the Busan version of Resolution 174?',
      ),
      /68\/167/,
    );
  });

  it("answers how Palestine attended from Resolution 99's authored questions: invited as a special observer", async () => {
    const text = await answerReader();
    assert.match(text('how was Palestine able to attend'), /special observer/i);
    assert.match(text('In what capacity did Palestine attend PP-14?'), /special observer/i);
  });

  it('reads what goes to a vote as voted on, not as a conference held somewhere', async () => {
    const text = await answerReader(true);
    assert.match(text('yes or no: did anything at pp-14 go to a formal vote'), /^no .*no formal vote/);
  });

  it('reads signals "blocked" as the corpus\'s "jammed" ("heard wifi was blocked at the opening?? true?")', async () => {
    const text = await answerReader();
    assert.match(text('heard wifi was blocked at the opening?? true?'), /jammed/);
  });
});
