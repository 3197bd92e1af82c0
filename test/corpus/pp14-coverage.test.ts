import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dispatch } from '../../src/commands/dispatch.ts';
import { silentLogger } from '../../src/log.ts';
import { toJson } from '../../src/render/json.ts';
import { contextFor } from '../helpers.ts';

/**
 * One question per verified fact group of the PP-14 fact sheet, asked through the real commands. The
 * pattern must occur in the `/ask` answer sentence, or in the reply text of other commands.
 */
const COVERAGE: [group: string, line: string, pattern: RegExp][] = [
  ['rank', '/ask which plenipotentiary conference was PP-14', /19th/],
  ['dates', '/ask when did PP-14 start', /20 October/],
  ['dates', '/ask when did the conference end', /7 November/],
  ['date conflict', '/facts dates', /6 November/],
  ['venue', '/ask where was the conference held', /BEXCO|Busan/],
  [
    'host ministry',
    '/ask which ministry hosted the conference',
    /Science, ICT and Future Planning|science and ICT ministry \(MSIP\)/,
  ],
  ['host minister', '/ask who was the host minister', /Choi/],
  ['opening', '/ask who spoke at the opening ceremony', /Park Geun-hye|Ban Ki-moon|Choi/],
  ['chairman', '/ask who chaired the conference', /Wonki Min/],
  ['structure', '/ask how many committees did the conference have', /six committees/i],
  ['attendance', '/ask how many delegates attended', /2,50[05]/],
  ['attendance conflict', '/facts attendance', /3,000/],
  ['ministerial', '/ask what was the Busan Declaration', /Busan Declaration/],
  ['texts count', '/ask how many resolutions were revised', /\b51\b/],
  ['texts conflict', '/facts texts', /71/],
  ['proposals', '/ask how many proposals were there', /452/],
  ['consensus', '/ask did the conference vote on anything', /consensus|no formal vote/i],
  ['constitution', '/ask was the constitution amended', /not amend|no amendments|unamended|left unchanged/i],
  ['final acts', '/ask when were the Final Acts signed', /7 November/],
  ['plans', '/ask which period does the financial plan cover', /2016-2019/],
  ['next PP', '/ask where was the next plenipotentiary held', /Dubai/],
  ['UAE bid', '/ask when did the UAE announce its bid to host', /22 October/],
  ['Busan Initiative', '/ask what is the Busan Initiative', /youth/i],
  ['SG election', '/ask who was elected Secretary-General', /Houlin Zhao/],
  ['SG votes', '/ask how many votes did Houlin Zhao get', /152/],
  ['SG vote conflict', '/topic election-secretary-general', /156/],
  ['deputy', '/ask who was elected deputy secretary-general', /Malcolm Johnson/],
  ['BR director', '/ask who was elected BR director', /Rancy/],
  ['BDT director', '/ask who was elected BDT director', /Sanou/],
  ['TSB director', '/ask who won the TSB director election', /Chaesub Lee/],
  ['Council and RRB', '/ask how many members does the Council have', /48/],
  ['decision 5', '/resolution decision 5', /Revenue and expenses for the Union for the period 2016-2019/],
  ['res 185', '/resolution 185', /Global flight tracking for civil aviation/],
  ['res 187', '/resolution 187', /participation of Sector Members, Associates and Academia/],
  ['res 188', '/resolution 188', /Combating counterfeit/],
  ['res 189', '/resolution 189', /mobile device theft/],
  ['res 190', '/resolution 190', /numbering resources/],
  ['res 191', '/resolution 191', /three Sectors/],
  ['res 196', '/resolution 196', /users\/consumers/],
  ['res 197', '/resolution 197', /Internet of Things/],
  ['res 200', '/resolution 200', /Connect 2020 Agenda/],
  ['res 201', '/resolution 201', /enabling environment/],
  ['res 203', '/resolution 203', /Connectivity to broadband networks/],
  ['res 70', '/resolution 70', /gender/i],
  ['res 135', '/resolution 135', /technical assistance/],
  ['res 179', '/resolution 179', /child online protection/],
  ['res 180', '/resolution 180', /IPv4 to IPv6/],
  ['unverified text', '/resolution 133', /not (?:been )?verified|not in the corpus/i],
  ['flight tracking', '/ask which flight loss led to the flight tracking resolution', /MH370/],
  ['Ebola', '/ask which country proposed the Ebola resolution', /Sierra Leone/],
  ['Connect 2020 targets', '/ask what are the Connect 2020 targets', /55%|60%|2020/],
  ['mobile theft', '/ask who led the talks on mobile theft', /Colombia/],
  ['IoT', '/ask which resolution is about the Internet of Things', /197/],
  ['gender', '/ask what are the GEM-TECH awards', /GEM-TECH/],
  ['India', '/outcome india-proposal', /withdr[\s\S]*not accept|not accept[\s\S]*withdr/i],
  ['OTT', '/ask what happened to OTT services', /removed/],
  ['glossary', '/ask what is WCIT', /World Conference on International Telecommunications/],
  ['glossary', '/ask what is the RRB', /Radio Regulations Board/],
  ['glossary', '/ask what does ADD mean in the Final Acts', /new/],
  ['sources', '/sources oti-final-dispatch', /New America/],
];

describe('PP-14 corpus coverage: one question per verified fact group', () => {
  for (const [group, line, pattern] of COVERAGE) {
    it(`${group}: ${line}`, async () => {
      const json = toJson(await dispatch(line, { ctx: await contextFor(), logger: silentLogger }));
      assert.equal(json.ok, true, json.text);
      assert.match(json.answer ?? json.text, pattern);
    });
  }

  it('has at least 40 questions', () => assert.ok(COVERAGE.length >= 40));
});
