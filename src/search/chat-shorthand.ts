import { ordinalOf } from './text.ts';

/*
 * Part of stage 1 of /ask, "understand": chat's shorthand and framing read as the question they stand for,
 * before the line is cut into clauses (clauses.ts): how sure the asker is, a greeting, who the asker is, a
 * request that opens the line, "couldnt", "b4", "%", "going to", "round 4" and a hedged guess. General
 * English. See docs/answering.md.
 */

/** The line with chat's shorthand and framing around its question rewritten as the question reads. */
export function chatShorthand(line: string): string {
  return (
    line
      // "pretty sure the UAE announced it at the closing ceremony, right?": how sure the asker is frames the
      // claim, and is no part of it.
      .replace(
        /^\s*(?:i['’]?m\s+|im\s+|i\s+am\s+)?(?:pretty|fairly|quite|very|so|almost)\s+sure\s+(?:that\s+)?/i,
        '',
      )
      // "Good afternoon. Who chaired PP-14?": a greeting before the question is no part of it (a line that is
      // only a greeting keeps it, and gets one back).
      .replace(
        /^\s*(?:good\s+(?:morning|afternoon|evening|day)|greetings)(?:\s+(?:all|everyone|everybody|team|folks|there))?\s*[,.!:;-]+\s*(?=\S)/i,
        '',
      )
      // "why couldnt they agree", "didnt": chat drops the apostrophe of a negative contraction.
      .replace(/\b(could|would|should|did|does|do|is|was|were|are|has|have|had|must|ca|wo)nt\b/gi, "$1n't")
      // "we are small island delegation, was there anything on …", "i'm a student, who chaired pp14": who
      // the asker is, said before the question, is no part of it (unless it says what about).
      .replace(SELF_INTRODUCTION, '')
      // "why was 2015 going to be a big year": "going to" says what was ahead, as "to be" does; no one went.
      .replace(/\b(?:going\s+to|gonna)\s+(?=(?:be|become|have|happen)\b)/gi, 'to ')
      // "zhao's job b4 he became SG": chat's "b4" is "before".
      .replace(/\bb4\b/gi, 'before')
      // "% of women at pp14": a percent sign with no figure before it asks for one, as "percentage" does.
      .replace(/(?<!\d\s*)%(?=\s)/g, 'percentage')
      // "elected in round 4", "on day one": a numbered step of a sequence is its nth, as sources write it
      // ("in the fourth round", "on the first day"). Not a designation ("Committee 5", "Group 1").
      .replace(SEQUENCE_STEP, (_, noun: string, n: string) => `${ordinalOf(n)} ${noun}`)
      // "which yrs? 2015-18 or smth?": a hedged guess after the question, offered to check, as one after
      // its comma is ("…, 2015-18?").
      .replace(
        /\?+\s*([^?,.!]{1,20}?)\s+or\s+(?:smth|something|sth|so|whatever|sumthing)\s*(\?*)\s*$/i,
        ', $1?',
      )
      // "did anything big happen on cybersecurity": a quality of "anything" is what the asker hopes the
      // answer is, not a word of the topic ("big data" is no big news).
      .replace(
        /\b(any|some|no)(thing|one)\s+(?:big|major|important|significant|notable|interesting|huge|serious|meaningful|concrete|real|special|dramatic)\b/gi,
        '$1$2',
      )
      // "I have it in my notes that X. That is right, is it not?": the asker's own record quotes the claim X
      // ("my notes say X" is a frame claim.ts reads).
      .replace(
        /^\s*i\s+(?:have|had)\s+it\s+in\s+my\s+(?:notes|records|files|diary|minutes)\s+(?:that\s+)?/i,
        '',
      )
      // "soo what did …", "sooo": a word drawn out in chat is the word ("so").
      .replace(/\bso{2,}\b/gi, 'so')
      // "tl;dr" asks for the gist, and its semicolon ends no clause; "w/" is "with".
      .replace(/\btl;?dr\b:?/gi, ' ')
      // "Could you confirm the date on which …", "can u tell me …": a request to answer, not part of what is asked.
      .replace(
        /^\s*(?:(?:can|could|would)\s+(?:you|u)\s+(?:please\s+|pls\s+)?)(?:confirm|tell\s+me|remind\s+me|let\s+me\s+know|check)\s+(?:(?:whether|if)\s+)?/i,
        '',
      )
      // "need a cite - how many delegates …": every answer names its source; the request for one asks nothing.
      .replace(
        /^\s*(?:(?:i|we)\s+)?(?:(?:really|just)\s+)?(?:need|want)\s+(?:a|the|some)\s+(?:cite|citation|source|ref|reference)s?(?:\s+(?:pls|please|plz))?\s*[,.;:!—–-]+\s*/i,
        '',
      )
      // "did busan do anything on IoT or just talk": the asker's doubt offered as the other choice is no
      // second question; the first is asked.
      .replace(
        /\s*,?\s*\bor\s+(?:(?:was|is)\s+it\s+)?(?:just|only|all|mostly|merely)\s+(?:talk|talking|words|hot\s+air|for\s+show|symbolic|rhetoric|lip\s+service)\b/gi,
        '',
      )
      // "need the title of res 70", "looking for the full name of WG-PL": a request for "the X of Y" asks
      // what the X of Y is.
      .replace(
        /^\s*(?:(?:i|we)(?:'m|'re|\s+am|\s+are)?\s+)?(?:(?:really\s+)?need|want|(?:i|we)(?:'d|\s+would)\s+like|looking\s+for|gimme|give\s+me|get\s+me|send\s+me)\s+(?:the\s+)?(?=(?:[\p{L}-]+\s+){1,2}of\b)/iu,
        'what is the ',
      )
      // "need the deputy SG vote count", "gimme the IoT res number": the request that opens the line asks
      // for what follows; "need" there is no threshold ("how many votes were needed").
      .replace(
        /^\s*(?:(?:i|we)(?:'m|'re|\s+am|\s+are)?\s+)?(?:(?:really|urgently|just)\s+)?(?:need|want|gimme|give\s+me|get\s+me|send\s+me|looking\s+for)\s+(?=(?:the|a|an)\s)/i,
        '',
      )
  );
}

/**
 * "we are small island delegation, ", "I'm a journalist - ", "iot startup here, ": the asker saying who
 * they are, before a question word or auxiliary opens the question. Not a lead that says what it is about
 * ("I'm writing about the flight tracking text, who chaired it").
 */
const SELF_INTRODUCTION =
  /^\s*(?:(?:hi|hello|hey)\s*[,!]?\s*)?(?:(?:we|i)(?:['’]re|['’]m|\s+are|\s+am|\s+r)\s+(?:(?!(?:about|on|regarding|re|writing|asking)\b)[\p{L}-]+\s+){0,5}?(?!(?:about|on|regarding|re)\b)[\p{L}-]+|(?!(?:who|what|which|when|where|why|how)\b)(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+\s+here)\s*[,.;:!—–-]+\s*(?=(?:who|what|which|when|where|why|how|was|were|is|are|did|do|does|can|could|has|have|had|will|would|any|anything)\b)/iu;

/** "round 4", "day one", "week 2": a step of a sequence numbered after its noun. General English. */
const SEQUENCE_STEP =
  /\b(day|week|round|ballot)\s+(1[0-2]|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?![\s-]*(?:overview|highlights?)\b)/gi;
