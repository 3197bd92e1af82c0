import { createRequire } from 'node:module';

/*
 * Words that carry no topic, so they are neither indexed nor required for an answer to count as
 * relevant: English function words from wink-nlp-utils (the stop list of the wink family, whose model
 * reads the questions), plus what that list lacks: negations, modals and contractions, and the filler
 * of chat questions ("what happened to", "tell me about", "pls"). Common chat spellings ("wht", "abt")
 * are here too, so a typo in a question word does not count as an unknown topic word.
 */

const require = createRequire(import.meta.url);

/** English function words, as wink-nlp-utils lists them (its default stop words). */
const LIBRARY_STOP_WORDS = require('wink-nlp-utils/src/dictionaries/stop_words.json') as string[];

/** Function words the library's list lacks ("according", of "according to OTI"). */
const MORE_FUNCTION_WORDS = `
according also although aren't become became becomes becoming can can't cannot couldn't didn't doesn't don't either etc get gets got hadn't hasn't
haven't however isn't just let mustn't no nor not now shall shan't shouldn't upon us wasn't weren't
though whats whether whose will won't wouldn't yes yet`;

/**
 * The filler of chat questions, which no English stop list has: "yo confbot" (the bot's own name, said
 * to address it), "gimme … real quick", "the korean guy", "the MH370 thing" ("things" stays: the Internet
 * of Things), "on behalf of", "per ITU's page".
 */
const CHAT_FILLER = `
wht wat whta wich wen abt pls plz please thx thanks hi hello hey u ur r ya yeah ok okay tell know
explain describe happen happens happened happening anything something anyone someone everything one
ones like really actually exactly kind sort way ways also give show find many much put puts putting
want wants wanted wanting idea ideas issue issues matter matters topic question questions info
details detail story stories status news update updates latest regarding concerning roughly
approximately approx around stuff thing thingy remind yo gimme sth smth lol btw asap quick guy guys dude behalf per
wanna gonna gotta lots bunch tho tbh ngl nah hmm hmmm umm um uh erm some1 sum1 ugh confbot`;

/** Honorifics before a name ("Mr. Zhao", "Dr Touré"): the name is the topic, not its title. */
const HONORIFICS = 'mr mrs ms dr mister madam';

/** True when a word, as typed ("Mr.", "dr"), is an honorific: the title of a name, no name itself. */
export function isHonorific(word: string): boolean {
  return HONORIFIC_SET.has(word.toLowerCase().replace(/\.$/, ''));
}

const HONORIFIC_SET: ReadonlySet<string> = new Set(HONORIFICS.split(' '));

const LISTED = [
  ...LIBRARY_STOP_WORDS,
  ...`${MORE_FUNCTION_WORDS} ${CHAT_FILLER} ${HONORIFICS}`.split(/\s+/).filter((w) => w !== ''),
];

/**
 * Every word with no topic. A negation also as `tokenize` leaves it, without its apostrophe ("isnt" of
 * "isn't it?"), and its "n't" alone, as the tagger splits it off ("is n't"); not other contractions, whose
 * bare forms are words ("we'd", "wed"; "i'd", "ID").
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  ...LISTED,
  ...LISTED.filter((w) => w.endsWith("n't")).map((w) => w.replace(/'/g, '')),
  'nt',
]);
