import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answerQuestion } from '../../src/search/answer-question.ts';
import { contextFor } from '../helpers.ts';

/*
 * The fact groups the December 2026 audit found missing (issue 13), each asked through /ask the way a
 * team member would, and answered from the statement the corpus now holds. test/corpus/missing-facts.test.ts
 * checks the statements and their citations; this checks that people get them.
 */
const GROUPS: [string, RegExp][] = [
  ['what did poland ask for on 6 november', /Poland asked .*Committee 5 report/],
  ['what did the chairman say to ukraine and russia', /thanked Ukraine and Russia/],
  ['were the ukraine and palestine texts settled without a split vote', /without split voting/],
  ['what status did palestine have at pp-14', /special observer/i],
  ['who chaired committee 4', /Hoballah/],
  ['how many ministers had registered by 7 october', /94 ministers/],
  ['how many participants did PP-10 in Guadalajara have', /2,?378/],
  ['how many inter-american proposals did CITEL agree', /\b46\b/],
  ['what were circular letters 47 and 67 about', /Circular Letter 47/],
  ['what working group on ITU headquarters was created', /headquarters/],
  ['what was debated about resolution 25', /DT\/15/],
  ['who chaired the ICT definition correspondence group', /McElvane/],
  ['what did the guardian say about the ICT definition', /Dickinson/],
  ['when did civil society write to the SG about openness', /8 October 2014/],
  ['what did the council decide on document access in 2016', /2016/],
  ['when did the first academia members join', /14 January 2011/],
  ['how much do academia members pay', /3,?975/],
  ['what did the new america playbook say was on the agenda', /net neutrality/],
];

describe("the audit's missing fact groups, asked through /ask", () => {
  for (const [question, fact] of GROUPS) {
    it(`answers "${question}"`, async () => {
      const { index } = await contextFor();
      const result = answerQuestion(question, index);
      assert.ok(result.found, `declined: ${question}`);
      assert.match(result.passages.map((p) => p.passage.text).join(' '), fact);
    });
  }
});
