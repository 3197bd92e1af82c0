import { chatShorthand } from './chat-shorthand.ts';
import { WH_WORDS } from './question-kind.ts';

/*
 * Part of stage 1 of /ask, "understand": a line cut into clauses, after the chat spellings that would cut
 * it wrongly or be read as words. See docs/answering.md.
 */

/** An acronym as typed (capitals) and words in brackets right after it. */
const ACRONYM_GLOSS = /\b(\p{Lu}{2,6})\s*\(([\p{L}\s'-]+)\)/gu;

/** Words a gloss of an acronym runs to: its long form, or a short description. */
const MAX_GLOSS_WORDS = 5;

/**
 * The clauses of a line. A question mark, a colon, a dash or a sentence's full stop ends one; a
 * parenthesis belongs to its clause ("which resolutions were suppressed (SUP)?"). A stop after a short
 * word is an abbreviation's ("Rev. Busan", "Mr. Wegner"), not a sentence's.
 */
export function clausesOf(line: string): string[] {
  const opened = withoutCountHedges(line)
    // "BDT (development sector)": a gloss of an acronym in brackets reminds what the letters stand for,
    // and names nothing they do not.
    .replace(ACRONYM_GLOSS, (said, acronym: string, gloss: string) =>
      gloss.trim().split(/\s+/).length <= MAX_GLOSS_WORDS ? acronym : said,
    )
    // "Who chaired the conference itself (not the ITU Secretary-General)?": what the asker does not
    // mean is set aside (understand reads it from the whole line), not asked.
    .replace(/\(\s*not\s+(?:a|an|the|any)\s+[^()]*\)/gi, ' ')
    .replace(/[()]/g, ' ')
    // A link is where something is, not a question: "https://…?y=1" must not be read as "y = 1".
    .replace(/(?:\bhttps?:\/\/|\bwww\.)\S+/gi, ' ')
    // "hey bot, …", "@confbot …": the asker calls the bot by name; that names nothing to look for.
    .replace(/^\s*(?:(?:hey|hi|hello|yo|ok|okay|oi|pls|please)\s+)?@?(?:conf)?bot\b[,:]?\s*/i, '')
    // "just checking, X?": what the asker is doing, said before the question, is no part of it.
    // So is "asking for a colleague, …", "asking for a friend: …".
    .replace(
      /^\s*(?:just\s+|only\s+|still\s+)?[a-z-]+ing(?:\s+(?:for|about|on)\s+(?:a|my|our|the)\s+[a-z]+)?\s*[,:]\s*/i,
      '',
    )
    // "asking for a colleague which city hosted …": with no comma, up to the question word.
    .replace(/^\s*asking\s+for\s+(?:a|my|our)\s+[a-z]+\s+(?=(?:who|what|which|when|where|why|how)\b)/i, '')
    // "What was the venue called", "what does WG-PL stand for": the name asked for. A numbered text
    // ("what was res 203 called") is its title's business, and a pronoun has no name of its own here.
    .replace(
      /\b(wh?at(?:'s|s|\s+is|\s+was|\s+were)?)\s+(the\s+(?:(?!(?:it|they|this|that|res|reso|resolution|decision)\b)[\p{L}-]+\s+){1,6}?)(?:called|named)\b/iu,
      (_, what: string, thing: string) => `${what} the name of ${thing.trim()}`,
    )
    .replace(
      /\bwh?at(?:'s|s|\s+does|\s+do|\s+is)\s+([\p{L}\p{N}][\p{L}\p{N}.-]*)\s+(?:even\s+|actually\s+|really\s+)?stands?\s+for\b/iu,
      'what is the full name of $1',
    )
    // "what does PP mean in PP-14": what an acronym (capitals, as typed) means is its full name.
    .replace(
      /\b([Ww]h?at)\s+(?:does|do)\s+(\p{Lu}{2,}[\p{Lu}\p{N}-]*)\s+(?:even\s+|actually\s+)?mean\b/u,
      'what is the full name of $2',
    )
    // "X. fact check pls", "X - can u fact-check this": a request to check the claim, as "right?" asks.
    .replace(
      /[\s.,;:!?-]*\b(?:(?:pls|please|can\s+(?:you|u)|could\s+(?:you|u))\s+)?fact[\s-]?check(?:\s+(?:this|that|it|pls|please|me))*\s*[?!.]*\s*$/i,
      ', right?',
    )
    // "sry dumb q but what does PP mean": a lead-in joined by "but" to the question is set off as a
    // comma would set it (the scene or chat before a question; question-focus.ts reads which).
    .replace(/^([^,?.!]{1,40}?)\s+but\s+(?=(?:what|whats|what's|who|when|where|why|how|which)\b)/i, '$1, ')
    // "cheers. and the ipv6 one, which res number": thanks before the next question is no part of it.
    .replace(
      /^\s*(?:cheers|thanks|thank\s+you|thx|ty|ta|ok(?:ay)?|cool|great|nice|perfect|got\s+it|gotcha)\s*[.!,;:]+\s*(?:and\s+|also\s+|so\s+)?(?=\S)/i,
      '',
    )
    // "X or am I misremembering", "…, or am I wrong?": the asker's doubt, not a second question.
    .replace(
      /\s*,?\s*\bor\s+(?:am\s+i|i'?m)\s+(?:misremembering|wrong|mistaken|confused|confusing\s+(?:stuff|things|it|them)|mixing\s+(?:stuff|things|it|them)\s+up|imagining\s+(?:it|things)|making\s+(?:this|that|it)\s+up)\b[^?]*/gi,
      '',
    )
    // "sry im mixing things up, …": the asker owning up to a muddle before the question.
    .replace(
      /^\s*(?:(?:sry|sorry|soz|ugh|hmm+)\s*,?\s*)?(?:i'?m|i\s+am|im)\s+(?:(?:so|a\s+bit|kinda|totally)\s+)?(?:mixing\s+(?:things|stuff|it|them)\s+up|confus(?:ed|ing\s+(?:things|stuff))|lost)\s*[,.;:!-]+\s*/i,
      '',
    )
    // "which plenipot was busan, like the 17th, 18th?": examples of the answer's form, not names to find.
    .replace(/,\s*like\s+(?:the\s+)?\d+(?:st|nd|rd|th)\b[^?]*/gi, '')
    // "which plenipotentiary was Busan in the series": its place in the series is its number.
    .replace(
      /\bwhich\s+([\p{L}-]+)\s+(was|is)\s+([^?,]+?)\s+in\s+the\s+(?:series|sequence|numbering|row|order)\b/giu,
      'which $1 number $2 $3',
    )
    // "which Plenipotentiary Conference in ITU's numbering was Busan": its place in the numbering.
    .replace(
      /\bwhich\s+((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s+in\s+(?:the\s+)?(?:\p{L}+['’]s\s+)?(?:numbering|series|sequence|count|history)\s+(was|is)\b/giu,
      'which $1 number $2',
    )
    // "which number plenipot was Busan in the ITU's series": the number already says the place in it.
    .replace(
      /(\bwhich\s+(?:number|edition)\s+[^?]+?)\s+in\s+(?:the\s+)?(?:\p{L}+['’]s\s+)?(?:series|sequence|row|order)\b/giu,
      '$1',
    )
    // "was any resolution abrogated at busan and which", "did anyone object, and who?": whether any was,
    // and which, is which one was.
    .replace(
      /^\s*(was|were|is|are|did|has|have)\s+any\s+([\p{L}-]+)\s+([^?]*?)[\s,]+and\s+which(?:\s+ones?)?\s*(\?*)\s*$/iu,
      'which $2 $1 $3$4',
    )
    .replace(
      /^\s*(was|were|did|has|have)\s+(?:anyone|anybody|someone|somebody)\s+([^?]*?)[\s,]+and\s+who\s*(\?*)\s*$/i,
      'who $1 $2$3',
    )
    // "official name of resolution 174": a numbered text's name is its title, however exact it is asked.
    .replace(
      /\b(?:(?:official|full|exact|complete|formal|proper)\s+)?(?:name|title)\s+of\s+(?=(?:res|reso|resolution|decision|dec)\.?\s*\d)/gi,
      'title of ',
    )
    // "what even is the ITU": the asker's surprise, not part of what is asked.
    .replace(/\b(what|who)\s+even\s+(is|are|was|were)\b/gi, '$1 $2')
    // "the full name behind CWG-Internet": its long form, as "the full name of" asks it.
    .replace(/\bfull\s+name\s+(?:behind|for)\b/gi, 'full name of')
    // "anyone know what BEXCO is?": a question asked inside another keeps its own word order; asked, it is
    // "what is BEXCO".
    .replace(
      /\b(know|wondering|tell\s+me|remind\s+me|explain)\s+(what|who)\s+((?:the\s+)?[\p{L}\p{N}-]+(?:\s+[\p{L}\p{N}-]+){0,3}?)\s+(is|was|are|were)\s*([?!.]*)\s*$/iu,
      '$1 $2 $4 $3$5',
    )
    // "How come X?" asks why X.
    .replace(/\bhow\s+come\b/gi, 'why')
    // "on the 24th": a day of the month, as "24 October" says it, not a rank.
    .replace(
      /\b(on|by|until|till|from)\s+the\s+([1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?!\s+(?:round|ballot|plenipot|plenary|conference|meeting|session|time)\b)/gi,
      '$1 $2',
    )
    // "students keep asking which ministry hosted", "my boss wants to know who …": the question asked,
    // unless the line asks its own ("why did NGOs keep asking who chaired").
    .replace(REPORTED_QUESTION, '')
    // "# of decisions in the final acts?", "number of delegates?": a count asked, as "how many" asks it;
    // "number of the new resolution on theft" asks the one text's number. "And the number of …" follows
    // on from the question before it.
    .replace(
      /(^\s*(?:(?:and|so|also|plus|ok|okay)\s+)?|[:;]\s*)(?:the\s+)?(?:total\s+)?(?:number|#)\s+of\s+(?!(?:the|a|an|this|that|its)\b)/gi,
      '$1how many ',
    )
    // "pls confirm where the next PP took place": the request to check opens the question it asks.
    .replace(
      /^\s*(?:(?:pls|please|plz|can\s+(?:you|u)|could\s+(?:you|u))\s+)?(?:confirm|check|verify|double[\s-]?check)\s+(?:(?:roughly|quickly|again|exactly|approximately)\s+)?(?=(?:who|what|which|when|where|why|how|whether|if)\b)/i,
      '',
    )
    // "for the quiz: Malcolm Johnson votes in the final round": a clause that opens on a name and its
    // votes asks how many, as "how many votes did … get" does.
    .replace(
      /(^\s*|[:;]\s*)((?:\p{Lu}[\p{L}'’-]+\s+){1,3})votes\b(?!\s+(?:for|against|to)\b)/gu,
      '$1how many votes did $2get',
    )
    // "exact dates of PP-14", "results of WTDC-17?": a line that opens on what of a thing it wants asks
    // what that is, as "what were the dates of" asks it.
    .replace(
      /(^\s*(?:(?:and|so|also|plus|ok|okay)\s+)?|[:;]\s*)(?:the\s+)?((?:exact|precise|official|full|final)\s+)?(dates?|days?|years?|venue|results?|outcomes?)\s+of\s+(?!(?:that|this|its)\b)/gi,
      '$1what were the $2$3 of ',
    )
    // "share of women among participants?": a share asked, as "what share" asks it.
    .replace(
      /(^\s*(?:(?:and|so|also|plus|ok|okay)\s+)?|[:;]\s*)(?:the\s+)?(share|percentage|proportion|fraction)\s+of\s+(?!(?:the|a|an|this|that|its)\b)/gi,
      '$1what $2 of ',
    )
    // "why did OTI call busan a success when basically nothing dramatic happened?": the asker's premise
    // after a "why" question is set against it, not asked.
    .replace(
      /^(\s*why\b(?:\s+[^\s,?]+){3,}?)\s*,?\s+(?:when|although|though|even\s+though|given\s+that|considering(?:\s+that)?)\s+[^?]*/i,
      '$1',
    )
    // "How many people were on board MH370, which was the trigger for …?": after the question, what the
    // asker adds about a thing it names is background, not more asked.
    .replace(
      /(\b(?:[Hh]ow|[Ww]hat|[Ww]ho|[Ww]hen|[Ww]here|[Ww]hy)\b[^,?]*?\b\p{Lu}[\p{L}\p{N}-]*)\s*,\s*which\s+(?:was|is|were|are)\s+(?:the|a|an)\b[^?]*/gu,
      '$1',
    )
    // "and total resolutions adopted??": a total of things that opens the line asks how many.
    .replace(
      /(^\s*(?:(?:and|so|also|ok|okay)\s+)*)(?:the\s+)?total\s+(?=[\p{L}-]+s\b)(?!(?:votes?|number)\b)/giu,
      '$1how many ',
    )
    // "financial plan period 4 pp14", "thx 4 the help": chat's "4" for "for", before what it is for,
    // unless it numbers the word before it ("committee 4").
    .replace(
      /(?<!\b(?:committee|com|round|res|resolution|decision|week|day|group|article|wg|category|cat)\s+)\b4\s+(?=(?:the|my|our|your|u|you|me|us|a|an|this|that|pp-?\d+|busan)\b)/gi,
      'for ',
    );
  return (
    chatShorthand(opened)
      // "X, can you confirm?": the request after the claim is a tag of its own, not part of the claim.
      .replace(
        /,\s*((?:can|could|would)\s+(?:you|u)\s+(?:please\s+|pls\s+)?(?:confirm|check|verify)\b)/gi,
        '? $1',
      )
      // "1 line pls", "in one sentence", "in a nutshell", "bullet pts pls": how the answer should be put,
      // not what about.
      .replace(
        /\b(?:in\s+)?(?:1|one)[\s-]+(?:line|liner|sentence)\b|\bin\s+a\s+(?:sentence|nutshell)\b|\bshort\s+version\b|\b(?:in\s+)?bullet[\s-]*(?:points?|pts?)\b|\bin\s+bullets\b|\bin\s+(?:plain|simple)\s+(?:words|english|terms|language)\b|\beli5\b/gi,
        ' ',
      )
      .replace(/\bw\/(?=\s|\p{L})/giu, 'with ')
      // "the deal w the wifi": a lone "w" before a determiner is "with" too.
      .replace(/\bw\s+(?=(?:the|a|an|his|her|their|its|that|this)\b)/gi, 'with ')
      // "right before he became SG", "just after the vote": how near in time, not a word asked.
      .replace(/\b(?:right|just|shortly|immediately)\s+(?=(?:before|after)\b)/gi, '')
      // "the TSB director job", "the deputy SG post": the post is its title; the word after it adds nothing.
      .replace(
        /\b(director|directors|secretary[\s-]general|sg|dsg|deputy|chair|chairman|chairmanship|head)\s+(?:job|jobs|post|posts|position|positions|role|seat|spot)\b/gi,
        '$1',
      )
      // "the deal w indias doc 98": after "deal", "story" or "situation", a lone "w" is "with" whatever follows.
      .replace(/\b(deal|story|situation|thing)\s+w\s+(?=\p{L})/giu, '$1 with ')
      // "What was the deal with the wifi", "what's the story with X": chat for what happened with it.
      .replace(
        /\bwh?at(?:'s|s|\s+is|\s+was)\s+(?:the\s+|up\s+)?(?:deal|story|situation)\s+(?=with\b)/gi,
        'what happened ',
      )
      // "re: public access" is chat for "about", not a colon that ends a clause.
      .replace(/\bre:\s*/gi, 'about ')
      // "What was the number of delegates" asks how many, and "number" is no word to look for.
      // (things it counts, not "the number of that resolution", which asks its number).
      .replace(
        /\bwhat(?:'s|\s+is|\s+was|\s+were)?\s+the\s+(?:total\s+)?number\s+of(?!\s+(?:that|this|the|its|a|an)\b)/gi,
        'how many',
      )
      // "exact number of women delegates?": a line that opens on the number of things asks how many.
      .replace(
        /^\s*(?:the\s+)?(?:exact|total|precise|official|overall)?\s*(?:number|count|tally)\s+of(?!\s+(?:that|this|the|its|a|an)\b)/i,
        'how many',
      )
      // "total # of resolutions", "total number of decisions": a count, as "how many" asks.
      .replace(/\b(?:the\s+)?(?:total\s+(?:#|number)|#)\s*of\b(?!\s+(?:that|this|its)\b)/gi, 'how many')
      // "per the OTI post", "according to OTI's wrap-up", "per the OTI writer": the kind of publication
      // after a source's name is how the asker points at the source, not a word its passages say.
      .replace(
        /\b((?:according\s+to|per|in|from|by)\s+(?:the\s+)?\p{L}[\p{L}\p{N}-]*(?:['’]s)?)\s+(?:own\s+)?(?:blog(?:\s+post)?|post|wrap[\s-]?up|press\s+release|release|article|piece|story|write[\s-]?up|writers?|authors?|blogger)\b/giu,
        '$1',
      )
      // "Whose blog said …": who said it, in whatever kind of publication.
      .replace(
        /\bwhose\s+(?:blog(?:\s+post)?|post|article|report|press\s+release|release|dispatch|piece|statement)\b/gi,
        'who',
      )
      // "per ITU's own numbers", "by OTI's count": whose figure is asked, as "according to ITU" says; the
      // figures are the answer, not a word to look for.
      .replace(
        /\b(?:per|by|from|in|using)\s+(\p{L}[\p{L}\p{N}-]*)['’]s?\s+(?:own\s+)?(?:numbers|figures|count|counts|data|stats|statistics|tally)\b/giu,
        'according to $1',
      )
      // "zhao vote total": a total of the thing before it, as a count is ("in total", "the grand total" and
      // "hrs of negotiation total", the total of what comes before "of", are not).
      .replace(
        /(?<!\bof\s+)\b(?!(?:in|a|an|the|grand|sub|running|overall|of|and)\b)(\p{L}+)\s+totals?\b(?!\s+(?:of|number)\b)/giu,
        'how many $1',
      )
      // "the resolution count", "SG vote tally": a count of the thing before it, as "how many" asks, and
      // "what was the vote count" is that question; a name's count beside a "how many" already asked
      // ("… (the OTI count)", "how many hours did OTI tally") says whose count it is.
      .replace(
        /\b(?:what(?:'s|\s+is|\s+was|\s+were)?\s+)?(?:the\s+)?(?:exact\s+)?(\p{L}+)\s+(?:counts?|tall(?:y|ies)|headcounts?)\b/giu,
        (_, counted: string) =>
          /^\p{Lu}/u.test(counted) && /\bhow\s+many\b/i.test(line)
            ? `according to ${counted}`
            : `how many ${counted}`,
      )
      // A spaced dash between two dates or numbers is a range ("oct 20 - nov 14"), not a break. An emoji
      // between words ends a sentence as a full stop does ("… regulated at busan 🙄 what actually …").
      .split(
        /[?!;:\n]+|(?<!\d)\s[—–-]\s|(?<=\d)\s[—–-]\s(?!\d|\p{L}{3,9}\.?\s+\d)|\s--\s|(?<=(?:\p{Ll}{4}|\d)\.["”’]?)\s+(?=\p{Lu})|\s(?:\p{Extended_Pictographic}\uFE0F?)+\s+(?=\p{L})/u,
      )
      .map((c) => c.trim().replace(/[.]+$/, ''))
      .filter((c) => /[\p{L}\p{N}]/u.test(c))
  );
}

/** Words that say a count is wanted whole or roughly: how it is asked, not what. */
const COUNT_HEDGE = String.raw`(?:in\s+total|total|in\s+all|altogether|all\s+told|ballpark|roughly|approx(?:imately|\.)?)`;

/** The hedge just before "how many", and each one after it. */
const HEDGE_BEFORE = new RegExp(String.raw`\b${COUNT_HEDGE}[,:]?\s+$`, 'i');
const HEDGE_AFTER = new RegExp(String.raw`\s${COUNT_HEDGE}\b`, 'gi');

/**
 * "How many … in total, ballpark", "roughly how many …": a count asked whole or roughly is the count,
 * and those words are no topic to look for. Only around "how many", so "the total budget" keeps its word.
 */
function withoutCountHedges(line: string): string {
  const at = line.search(/\bhow\s+many\b/i);
  if (at < 0) return line;
  return line.slice(0, at).replace(HEDGE_BEFORE, '') + line.slice(at).replace(HEDGE_AFTER, ' ');
}

/**
 * A lead that reports a question as asked ("students keep asking", "my boss wants to know"), before its
 * question word, in a line that does not open with a question of its own.
 */
const REPORTED_QUESTION = new RegExp(
  String.raw`^\s*(?!(?:${WH_WORDS.join('|')}|did|do|does|is|are|was|were|can|could|would)\b)(?:[\p{L}'’]+\s+){1,4}?(?:keeps?\s+|kept\s+)?(?:asking|asked|asks|wondering|wonders|wants?\s+to\s+know)\s+(?=(?:${WH_WORDS.join('|')})\b)`,
  'iu',
);
