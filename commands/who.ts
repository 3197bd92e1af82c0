import { type Answer, type AnswerItem, asClosestMatch, makeAnswer } from '../src/answer.ts';
import { completeEntries } from '../src/commands/complete.ts';
import { entryAnswer } from '../src/commands/entry-answer.ts';
import { lookUp } from '../src/commands/entry-lookup.ts';
import { pagedItems, takePage } from '../src/commands/paging.ts';
import {
  closeWord,
  namesOf,
  nameWordsOf,
  type Post,
  postsOf,
  postWords,
  sameWords,
  unique,
} from '../src/commands/person-posts.ts';
import { MAX_SUGGESTIONS, resolveEntry } from '../src/commands/resolve-entry.ts';
import { labelledStatement } from '../src/commands/status-labels.ts';
import { type CommandContext, defineCommand } from '../src/commands/types.ts';
import type { Entry, EntryKind } from '../src/corpus/types.ts';
import { squash } from '../src/search/text.ts';

/** `/who` only ever answers with a person: never a topic or an election event that mentions one. */
const PERSON: readonly EntryKind[] = ['person'];

/** `/who <name or post>`: a person's card, from a name (typos allowed) or a post elected at the conference. */
export default defineCommand<{ query: string; page: number }>({
  name: 'who',
  description: 'Who a person is, by name or by the post elected at the conference; empty for the list',
  usage: '/who <name or post>   (Houlin Zhao, Secretary-General, TSB Director; empty for the list)',
  examples: ['/who Houlin Zhao', '/who Secretary-General', '/who TSB Director', '/who'],
  option: {
    name: 'name',
    description: 'Name or post, e.g. Houlin Zhao or TSB Director',
    required: false,
    autocomplete: true,
  },
  parse(raw) {
    const { rest, page } = takePage(raw);
    return { query: rest, page };
  },
  complete: (partial, ctx) => completeEntries(partial, PERSON, ctx, (e) => ({ name: e.title, value: e.id })),
  run({ query, page }, ctx) {
    const asked = query
      .replace(/^\s*who(?:'s|\s+is|\s+was)?\s+/i, '')
      .replace(/[\s?!.]+$/, '')
      .trim();
    if (query.trim() === '') return listPeople(ctx, page);
    return findPerson(asked === '' ? query : asked, ctx, query.trim());
  },
});

/**
 * Who a typed name or post means, most certain first: a person's exact name or alias, then a post
 * named in the person's own election field (whole post first, so "Deputy Secretary-General" never
 * gives the Secretary-General), then a name with slips. A guess must fit the words of exactly one
 * person's names; the free-text search alone never picks a person ("president" is nobody's name).
 */
function findPerson(query: string, ctx: CommandContext, said: string): Answer {
  if (squash(query) === '') return notAName(said, ctx);
  const typed = postWords(query, ctx);
  const people = ctx.corpus.entries.filter((e) => e.kind === 'person');
  const posts = people.flatMap((p) => postsOf(p, ctx));

  const exact = people.filter((p) =>
    namesOf(p).some((n) => squash(n) === squash(query) || sameWords(postWords(n, ctx), typed)),
  );
  // A whole post: the person whose entry records being elected to it, unless another person's own
  // name is exactly what was typed, which is a conflict to show rather than settle.
  const wholePost = posts.filter((p) => sameWords(p.words, typed));
  const holders = unique(wholePost.map((p) => p.person));
  const both = holders.filter((h) => exact.includes(h));
  const holder = holders.length === 1 ? holders[0] : both.length === 1 ? both[0] : undefined;
  if (holder && (exact.length === 0 || exact.includes(holder))) {
    return showPerson(holder, ctx, electedNote(wholePost.find((p) => p.person === holder) as Post, ctx));
  }
  if (holders.length > 0) return whichPerson(said, unique([...holders, ...exact]), posts, ctx);
  if (exact.length === 1) return showPerson(exact[0] as Entry, ctx);
  if (exact.length > 1) return whichPerson(said, exact, posts, ctx);
  // Nothing but filler ("the", "who is"): every post and every name would fit it.
  if (typed.length === 0) return notAName(said, ctx);

  // Part of a post's name ("director", "secretary"): one post, or say which ones it could be.
  const partOf = posts.filter((p) => typed.every((w) => p.words.includes(w)));
  const partHolders = unique(partOf.map((p) => p.person));
  if (partHolders.length > 1) return whichPerson(said, partHolders, posts, ctx);
  if (partHolders.length === 1) {
    const post = partOf[0] as Post;
    return asClosestMatch(
      showPerson(post.person, ctx),
      `Closest match for "${said}": ${electedNote(post, ctx)}`,
    );
  }

  const fits = people.filter((p) => typed.every((w) => nameWordsOf(p).some((n) => closeWord(w, n))));
  if (fits.length > 1) return whichPerson(said, fits, posts, ctx);
  const match = resolveEntry(query, PERSON, ctx);
  if (match.entry && (match.exact || (fits.length === 1 && fits[0] === match.entry))) {
    // The resolver agrees with the words: lookUp shows it and words the "closest match" note.
    return lookUp(query, ctx, {
      command: 'who',
      kinds: PERSON,
      noun: 'person',
      show: (e) => showPerson(e, ctx),
    });
  }
  if (fits.length === 1) {
    return asClosestMatch(showPerson(fits[0] as Entry, ctx), `Closest match for "${said}".`);
  }
  return noSuchPerson(said, typed, people, ctx);
}

/** A person's card: summary, fields (country, what they were elected to), sections, sources. */
function showPerson(entry: Entry, ctx: CommandContext, note?: string): Answer {
  const answer = entryAnswer(entry, ctx, { command: 'who', title: entry.title });
  if (note) answer.note = note;
  return answer;
}

function electedNote(post: Post, ctx: CommandContext): string {
  return `Elected ${post.name} at ${ctx.corpus.conference.shortName}, as ${post.person.title}'s entry records.`;
}

/** What a person was elected to, else the first sentence of their summary, for lists. */
function personDetail(person: Entry, posts: readonly Post[], ctx: CommandContext): string {
  const own = posts.filter((p) => p.person === person).map((p) => p.name);
  if (own.length > 0) return `Elected ${own.join(' and ')} at ${ctx.corpus.conference.shortName}`;
  const first = person.summary[0];
  return first ? labelledStatement(first, ctx.corpus) : person.title;
}

function personItem(person: Entry, posts: readonly Post[], ctx: CommandContext): AnswerItem {
  return { label: person.title, detail: personDetail(person, posts, ctx), command: `/who ${person.id}` };
}

/** More than one person fits: say so and list them, rather than pick one. */
function whichPerson(
  query: string,
  people: readonly Entry[],
  posts: readonly Post[],
  ctx: CommandContext,
): Answer {
  return makeAnswer({
    ok: false,
    command: 'who',
    title: 'Which person?',
    body: [
      `"${query}" fits more than one person in the ${ctx.corpus.conference.shortName} corpus. Type a full name or a whole post, e.g. /who ${people[0]?.title ?? ''}.`,
    ],
    items: people.map((p) => personItem(p, posts, ctx)),
    suggestions: people.map((p) => `/who ${p.id}`),
  });
}

/** Punctuation or filler only: there is no name to look for. */
function notAName(query: string, ctx: CommandContext): Answer {
  return makeAnswer({
    ok: false,
    command: 'who',
    title: 'No such person',
    body: [
      `"${query}" is not a name or a post. Type a person's name (/who Houlin Zhao) or a post elected at ${ctx.corpus.conference.shortName} (/who Secretary-General), or /who for the list.`,
    ],
    suggestions: ['/who'],
  });
}

/** No person fits: say so; suggest only people whose names fit more than half the words typed. */
function noSuchPerson(
  query: string,
  typed: readonly string[],
  people: readonly Entry[],
  ctx: CommandContext,
): Answer {
  const near = people
    .map((p) => ({ p, hits: typed.filter((w) => nameWordsOf(p).some((n) => closeWord(w, n))).length }))
    .filter((x) => x.hits * 2 > typed.length)
    .sort((a, b) => b.hits - a.hits)
    .slice(0, MAX_SUGGESTIONS)
    .map((x) => x.p);
  return makeAnswer({
    ok: false,
    command: 'who',
    title: 'No such person',
    body: [
      `No person in the ${ctx.corpus.conference.shortName} corpus matches "${query}".${
        near.length > 0 ? ` Did you mean ${near.map((p) => p.title).join(', or ')}?` : ''
      } Type /who for the list of people.`,
    ],
    suggestions: near.length > 0 ? near.map((p) => `/who ${p.id}`) : ['/who', `/search ${query}`],
  });
}

/** `/who` alone: every person in the corpus, with what they were elected to, paged. */
function listPeople(ctx: CommandContext, page: number): Answer {
  const people = ctx.corpus.entries
    .filter((e) => e.kind === 'person')
    .sort((a, b) => a.title.localeCompare(b.title));
  const name = ctx.corpus.conference.shortName;
  if (people.length === 0) {
    return makeAnswer({
      ok: false,
      command: 'who',
      title: `No people in the ${name} corpus`,
      body: [`The ${name} corpus has no entries about people. Try /search or /topic instead.`],
      suggestions: ['/topic', '/help'],
    });
  }
  const posts = people.flatMap((p) => postsOf(p, ctx));
  return makeAnswer({
    ok: true,
    command: 'who',
    kind: 'list',
    title: `People in the ${name} corpus`,
    body: ['Type /who <name or post> for a person.'],
    ...pagedItems(
      people.map((p) => personItem(p, posts, ctx)),
      page,
      '/who',
      'people',
    ),
  });
}
