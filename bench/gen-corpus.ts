/**
 * Generated corpora for the benchmark: realistic enough to load and search like a real one (a Zipf
 * vocabulary of invented words mixed with conference words, titles, aliases, numbered texts, outcome
 * slugs, cited sentences), and the same for the same seed, so figures can be compared between runs.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** How to generate a corpus. */
export interface GenCorpusOptions {
  /** Passages wanted, roughly: each entry holds {@link PASSAGES_PER_ENTRY} sentences. */
  passages: number;
  /** Same seed, same corpus. */
  seed: number;
}

/** Sentences per generated entry (summary, one field and body), about one passage each. */
export const PASSAGES_PER_ENTRY = 10;

/** Source entries every generated corpus cites from. */
const SOURCES = 40;

/** Invented words in the vocabulary, besides {@link COMMON_WORDS}. */
const VOCABULARY_SIZE = 40_000;

/** Conference words, the most frequent of the vocabulary, so stems and synonyms behave as in PP-14. */
const COMMON_WORDS = `telecommunication union conference delegates proposal resolution decision
  member states spectrum satellite orbit internet governance cybersecurity development countries
  budget financial plan election secretary general council sector radiocommunication standardization
  bureau director network broadband access privacy security emergency disaster accessibility gender
  youth climate innovation interconnection numbering addressing treaty regulations amendment revised
  adopted withdrawn deferred agreed committee plenary working group chair vice session week vote
  consensus compromise opposition support review report study question mandate role cooperation
  capacity building infrastructure digital divide rural mobile data protection trust confidence
  operators regulators industry academia civil society observers transparency documents access`
  .split(/\s+/)
  .filter((w) => w !== '');

const SYLLABLES = `ba be bi bo bu da de di do du ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu
  pa pe pi po pu ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo vu za ze zi zo zu tran sion ment
  ter con pro net com graph log ics tel cy ber spec orb`
  .split(/\s+/)
  .filter((w) => w !== '');

/** A small fast PRNG (mulberry32): deterministic for a seed, good enough for test data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Draws words with Zipf frequencies: a few are everywhere, most are rare, as in prose. */
class Zipf {
  private readonly cumulative: Float64Array;
  constructor(
    private readonly words: readonly string[],
    private readonly random: () => number,
  ) {
    this.cumulative = new Float64Array(words.length);
    let sum = 0;
    for (let i = 0; i < words.length; i++) {
      sum += 1 / (i + 1);
      this.cumulative[i] = sum;
    }
  }

  next(): string {
    const target = this.random() * (this.cumulative[this.cumulative.length - 1] as number);
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.cumulative[mid] as number) < target) lo = mid + 1;
      else hi = mid;
    }
    return this.words[lo] as string;
  }
}

/**
 * The files of a generated corpus, path -> content, in a stable order: `corpus.yml`, sources, then
 * entries (resolutions, decisions, outcomes, topics), about `passages / 10` of them.
 */
export function generateCorpusFiles({ passages, seed }: GenCorpusOptions): Map<string, string> {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const invented = new Set<string>();
  while (invented.size < VOCABULARY_SIZE) {
    let w = '';
    const n = 2 + Math.floor(random() * 3);
    for (let i = 0; i < n; i++) w += pick(SYLLABLES);
    if (!COMMON_WORDS.includes(w)) invented.add(w);
  }
  // Conference words lead; the invented ones make the long tail of rare words and names.
  const zipf = new Zipf([...COMMON_WORDS, ...invented], random);
  const capital = (w: string) => (w[0] ?? '').toUpperCase() + w.slice(1);
  const words = (n: number) => Array.from({ length: n }, () => zipf.next());
  const sentence = (subject: string, source: string) => {
    const body = words(8 + Math.floor(random() * 12));
    if (random() < 0.3)
      body.splice(Math.floor(random() * body.length), 0, String(1865 + Math.floor(random() * 160)));
    if (random() < 0.2) body.splice(Math.floor(random() * body.length), 0, capital(zipf.next()));
    return `${subject} ${body.join(' ')}. [@${source}]`;
  };

  const files = new Map<string, string>();
  files.set(
    'corpus.yml',
    `name: Generated Conference ${seed}\nshort_name: GEN-${seed}\ndescription: A generated corpus of about ${passages} passages for the benchmark.\n`,
  );
  const entries = Math.max(1, Math.round((passages - SOURCES) / PASSAGES_PER_ENTRY));
  // Every source must be cited (the checker says so): entries take them in turn, then one at random.
  const sources = Array.from({ length: Math.min(SOURCES, entries) }, (_, i) => `source-${i + 1}`);
  for (const [i, id] of sources.entries()) {
    files.set(
      `sources/${id}.md`,
      `---\nid: ${id}\nkind: source\ntitle: ${capital(words(4).join(' '))}\npublisher: Publisher ${i + 1}\nurl: https://example.org/${id}\ndate: "20${String(10 + (i % 15))}"\n---\nA report on ${words(6).join(' ')}.\n`,
    );
  }
  const slugs = new Set<string>();
  for (let n = 1; n <= entries; n++) {
    const kindRoll = n % 10;
    const kind = kindRoll < 6 ? 'resolution' : kindRoll < 7 ? 'decision' : kindRoll < 9 ? 'outcome' : 'topic';
    const titleWords = words(3 + Math.floor(random() * 4));
    const title = capital(titleWords.join(' '));
    const src = [sources[(n - 1) % sources.length] as string, pick(sources)];
    let id: string;
    let head: string;
    let subject: string;
    if (kind === 'resolution' || kind === 'decision') {
      id = `${kind}-${n}`;
      const label = kind === 'resolution' ? 'Resolution' : 'Decision';
      subject = `${label} ${n}`;
      head = `number: ${n}\nstatus: ${pick(['new', 'revised', 'suppressed', 'unchanged'])}\nsymbol: ${label} ${n} (Rev. Generated, ${seed})\n`;
    } else {
      let slug = titleWords.slice(0, 3).join('-');
      while (slugs.has(slug)) slug = `${slug}-${n}`;
      slugs.add(slug);
      id = slug;
      subject = `The ${titleWords.slice(0, 2).join(' ')} ${kind}`;
      head =
        kind === 'outcome' ? `status: ${pick(['adopted', 'withdrawn', 'not-agreed', 'deferred'])}\n` : '';
    }
    const alias = capital(words(2).join(' '));
    const summary = `${sentence(subject, src[0] as string)} ${sentence('It', src[1] as string)}`;
    const body = [
      `## ${capital(zipf.next())}`,
      '',
      ...Array.from({ length: 3 }, () => `- ${sentence(subject, pick(src))}`),
      '',
      `## ${capital(zipf.next())}`,
      '',
      ...Array.from({ length: 4 }, () => `- ${sentence(capital(zipf.next()), pick(src))}`),
    ];
    files.set(
      `${kind}s/${id}.md`,
      `---\nid: ${id}\nkind: ${kind}\n${head}title: ${title}\naliases: [${JSON.stringify(alias)}]\nsummary: ${JSON.stringify(summary)}\nfields:\n  - label: ${capital(zipf.next())}\n    value: ${JSON.stringify(sentence(capital(zipf.next()), src[0] as string))}\nsources: [${[...new Set(src)].join(', ')}]\n---\n${body.join('\n')}\n`,
    );
  }
  return files;
}

/** Writes a generated corpus into `dir` (emptied first) and returns `dir`, ready for `loadCorpus`. */
export async function writeGeneratedCorpus(dir: string, options: GenCorpusOptions): Promise<string> {
  await rm(dir, { recursive: true, force: true });
  for (const [path, text] of generateCorpusFiles(options)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  return dir;
}
