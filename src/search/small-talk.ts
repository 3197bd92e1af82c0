import type { Nlp } from './nlp.ts';
import type { CorpusWords, Understanding } from './understand.ts';

/*
 * Part of stage 1 of /ask, "understand": greetings and thanks, which get a friendly word rather than
 * "that is not in the corpus". See docs/answering.md.
 */

/**
 * Greeting, thanks or leave-taking, read from the model: an interjection ("hi", "hey"), praise ("thanks,
 * great"), or a formula of greeting or farewell ("good morning", "talk later").
 */
export function smallTalkOf(line: string, nlp: Nlp, corpus: CorpusWords): Pick<Understanding, 'smallTalk'> {
  const all = nlp.read(line);
  const words = all.tokens.filter((t) => t.isWord);
  if (words.length === 0 || words.length > 8) return {};
  // Thanks: the word itself, or praise with nothing it is about ("great!", "awesome, perfect"), where
  // "best pizza in New York" praises a topic.
  // The model tags British and chat thanks ("cheers", "ta", "ty") as nouns: the words themselves.
  const thanks = (t: { lemma: string; text: string }) =>
    /^thank|^thx$/.test(t.lemma) || /^(?:cheers|ta|ty|tysm|thnx|tnx)$/i.test(t.text);
  const thanking = words.some(thanks);
  const content = words.filter((t) => !t.light && !thanks(t));
  // Praise needs a word of praise: "lol" alone is chat, not thanks.
  const praise =
    all.sentiment > 0.2 && content.length > 0 && content.every((t) => t.pos === 'ADJ' || t.pos === 'ADV');
  if (thanking || praise) return { smallTalk: 'thanks' };
  // "pls remind me the last day of pp14", "hey bot how much did japan pledge": an interjection before
  // words of the corpus opens a question, not a greeting.
  // "hiya", "howdy": greetings the model reads as nouns.
  const greets =
    words[0]?.pos === 'INTJ' || /^(?:hiya|howdy|heya|hiii*|helloo*)$/i.test(words[0]?.text ?? '');
  if (greets && !content.some((t) => corpus.knows(t.text))) return { smallTalk: 'greeting' };
  // "Good morning. I trust you are well.", "ok cool, talk later 👋": a formula of greeting or leave-taking,
  // with nothing of the corpus beside it ("talk" of the formula is not the corpus's "talks").
  const formula = formulaIn(line);
  if (formula === undefined) return {};
  const rest = nlp.read(line.replace(QUOTED, ' ').replace(FAREWELL, ' ').replace(GREETING, ' ')).tokens;
  return rest.some((t) => t.isWord && !t.light && corpus.knows(t.text)) ? {} : { smallTalk: formula };
}

/**
 * Small talk in a line that is no question and names or counts nothing; or that holds a formula of
 * greeting or leave-taking ("Good morning."), whose words the model may read as a name ("Good").
 */
export function smallTalkIn(
  line: string,
  u: Pick<Understanding, 'kind' | 'names' | 'numbers'>,
  nlp: Nlp,
  corpus: CorpusWords,
): Pick<Understanding, 'smallTalk'> {
  if (u.kind !== 'other' || /\?/.test(line)) return {};
  return (u.names.length === 0 && u.numbers.length === 0) || formulaIn(line) !== undefined
    ? smallTalkOf(line, nlp, corpus)
    : {};
}

/**
 * The formula of leave-taking or greeting a line holds outside quotes ("translate 'good morning'" quotes
 * one, and greets nobody). `search`, not `test`: the patterns are global (for `replace`), and `test` would
 * carry their lastIndex.
 */
function formulaIn(line: string): 'farewell' | 'greeting' | undefined {
  const said = line.replace(QUOTED, ' ');
  return said.search(FAREWELL) >= 0 ? 'farewell' : said.search(GREETING) >= 0 ? 'greeting' : undefined;
}

/** A quoted stretch of a line: 'good morning', "bye", ‘…’, “…”. */
const QUOTED = /'[^']*'|"[^"]*"|‘[^’]*’|“[^”]*”/g;

/** Formulae of greeting: "good morning", "how are you", "I trust you are well". General English. */
const GREETING =
  /\b(?:good\s+(?:morning|afternoon|evening|day)|greetings|how\s+(?:are|r)\s+(?:you|u)(?:\s+doing)?|(?:i\s+)?(?:hope|trust)\s+(?:you|u)(?:\s+are|['’]re|\s+r)\s+(?:well|good|doing\s+well))\b/gi;

/** Formulae of leave-taking: "bye", "talk later", "see you", "ttyl". General English. */
const FAREWELL =
  /\b(?:bye(?:\s+for\s+now)?|goodbye|good\s*night|cya|ttyl|see\s+(?:ya|you|u)(?:\s+(?:later|soon|tomorrow))?|(?:talk|speak|chat)\s+(?:to\s+(?:you|u)\s+)?(?:later|soon)|gotta\s+go|signing\s+off)\b/gi;
