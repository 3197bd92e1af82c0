/**
 * English function words plus the filler of chat questions ("what happened to", "tell me about").
 * They carry no topic, so they are neither indexed nor required for an answer to count as relevant.
 * Common chat spellings ("wht", "abt") are here too, so a typo in a question word does not count as an
 * unknown topic word.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are aren't as at be because been before being
  below between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down
  during each either etc few for from further get gets got had hadn't has hasn't have haven't having he
  her here hers herself him himself his how however i i'd i'm i've if in into is isn't it it's its itself
  just let let's me more most mustn't my myself no nor not now of off on once only or other ought our ours
  ourselves out over own same shall shan't she should shouldn't so some such than that that's the their
  theirs them themselves then there there's these they they're this those through to too under until up
  upon us very was wasn't we we're were weren't what what's whats when when's where where's whether which
  while who who's whom whose why why's will with won't would wouldn't yes yet you you're your yours
  yourself yourselves
  wht wat whta wich abt pls plz please thx thanks hi hello hey u ur r ya yeah ok okay
  tell know explain describe happen happens happened happening anything something
  anyone someone everything one ones like really actually exactly kind sort way ways also
  give show find many much put puts putting want wants wanted wanting
  idea ideas issue issues matter matters topic question questions info details detail story stories
  status news update updates latest regarding concerning roughly approximately approx around stuff
  remind`
    .split(/\s+/)
    .filter((w) => w !== ''),
);
