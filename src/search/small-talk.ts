import type { Nlp } from './nlp.ts';
import type { CorpusWords, Understanding } from './understand.ts';

/*
 * Part of stage 1 of /ask, "understand": greetings and thanks, which get a friendly word rather than
 * "that is not in the corpus". See docs/answering.md.
 */

/** Greeting or thanks, read from the model: an interjection ("hi", "hey"), or praise ("thanks, great"). */
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
  return {};
}
