import { answerQuestion } from './src/search/answer-question.ts';
import { contextFor } from './test/helpers.ts';
const { index } = await contextFor();
const qs = ['how many votes did houlin zhao get in the SG election?', 'who won the TSB race', 'what happened to OTT services', 'why did india withdraw its proposal', 'did china table amendments to res 130', 'how much did japan pledge for the ebola app'];
for (let i = 0; i < 60; i++) answerQuestion(qs[i % qs.length] as string, index);
const times: number[] = [];
for (let i = 0; i < 600; i++) { const t = performance.now(); answerQuestion(qs[i % qs.length] as string, index); times.push(performance.now() - t); }
times.sort((a, b) => a - b);
console.log('p50', times[300]?.toFixed(2), 'p99', times[594]?.toFixed(2));
