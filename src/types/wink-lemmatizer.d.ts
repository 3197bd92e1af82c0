/** Types for wink-lemmatizer, which ships none (a CommonJS module): the lemmatizers it exports. */
declare module 'wink-lemmatizer' {
  interface Lemmatizer {
    /** The base form of a verb ("left" -> "leave", "won" -> "win"), from WordNet's exceptions and rules. */
    verb(word: string): string;
    noun(word: string): string;
    adjective(word: string): string;
  }
  const lemmatizer: Lemmatizer;
  export default lemmatizer;
}
