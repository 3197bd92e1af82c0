import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answerQuestion } from '../../src/search/answer-question.ts';
import { contextFor } from '../helpers.ts';

describe('named texts: what a numbered text is about, or its title (through answerQuestion)', () => {
  it('reads "what did Resolution 203 address" as what the text is about', async () => {
    const { index } = await contextFor();
    for (const line of ['What did Resolution 203 address?', 'What does Resolution 189 address?']) {
      const r = answerQuestion(line, index);
      assert.ok(r.found, line);
      assert.match(r.passages[0]?.passage.text ?? '', /^Resolution (?:203|189) is/, line);
    }
  });

  it('never answers "why" with what the named text is about: "why was Resolution 130 so contentious" takes a reason', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('why was Resolution 130 so contentious in busan?', index);
    const text = r.found ? (r.passages[0]?.passage.text ?? '') : '';
    assert.doesNotMatch(text, /^Resolution 130 is ITU's key cybersecurity text/);
    // Brazil's privacy push or the doubts about others' motives: either is a reason it was contested.
    assert.match(text, /privacy|surveillance|motives/);
  });

  it('answers "the full subject of Resolution 174 as revised at Busan" with what the text is about, not what changed', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('What is the full subject of Resolution 174 as revised at Busan?', index);
    assert.match(r.found ? (r.passages[0]?.passage.text ?? '') : '', /^Resolution 174 sets out/);
  });

  it('reads "in its Busan revision", "the busan version" as the text\'s designation: "what is decision 5 called in its busan revision" gets its title', async () => {
    const { index } = await contextFor();
    const r = answerQuestion('what is decision 5 called in its busan revision?', index);
    assert.match(r.found ? (r.passages[0]?.passage.text ?? '') : '', /Revenue and expenses/);
  });

  it('answers a title asked wherever the line puts it: after the reference ("Resolution 190 (Busan, 2014) - what is its title?") or opening it ("Exact title of Res. 201")', async () => {
    const { index } = await contextFor();
    for (const [line, title] of [
      [
        'Resolution 190 (Busan, 2014) - what is its title?',
        /^The title of Resolution 190 .*misappropriation/,
      ],
      [
        'Exact title of Res. 201 (Busan, 2014), please.',
        /^The title of Resolution 201 .*enabling environment/,
      ],
    ] as const) {
      const r = answerQuestion(line, index);
      assert.match(r.found ? (r.passages[0]?.passage.text ?? '') : r.reason, title, line);
    }
    // Not how or why the title changed, which the title alone does not answer.
    for (const line of [
      'How did the title of Resolution 70 change at Busan?',
      'why was the title of Resolution 70 changed at Busan',
    ]) {
      const r = answerQuestion(line, index);
      assert.doesNotMatch(r.found ? (r.passages[0]?.passage.text ?? '') : '', /^The title of/, line);
    }
  });

  it('answers "the title or subject of Res. 196" with its verified title', async () => {
    const { index } = await contextFor();
    const r = answerQuestion("What's the title or subject of Res. 196 from Busan?", index);
    assert.match(
      r.found ? (r.passages[0]?.passage.text ?? '') : '',
      /Protecting telecommunication service users/,
    );
  });

  it('offers what a text whose title and subject are unverified is probably about as what the corpus has, not as the answer', async () => {
    const { index } = await contextFor();
    const r = answerQuestion("what's the title or subject of res 202", index);
    assert.equal(r.found, false);
    const offered = r.found ? '' : (r.partial?.passage.passage.text ?? '');
    assert.match(offered, /Ebola/);
    assert.match(offered, /probably|inferred/);
  });
});
