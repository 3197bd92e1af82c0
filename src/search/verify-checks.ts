import { countedOtherwise } from './counts-thing.ts';
import { nameTermsOf, termsOf } from './passage-words.ts';
import type { PassageHit } from './search-types.ts';
import { squash } from './text.ts';
import type { VerifyInput } from './verify.ts';
import { actorNamedOtherwise } from './verify-actor.ts';
import { oneForAny } from './verify-any.ts';
import { attributeOfOther, excludedOnly, namesNegatedKind } from './verify-aside.ts';
import { conferenceActsWhenBefore, outsideConference } from './verify-conference-act.ts';
import { asksHolderDuring, tookOfficeAfter } from './verify-incumbent.ts';
import { originUnsaid } from './verify-origin.ts';
import { asksAgent } from './verify-place.ts';
import { otherPost } from './verify-post.ts';
import { rankAmongFewer, rankOfOther, rankOnlyInNames } from './verify-rank.ts';
import {
  directedOnly,
  earlierUnsaid,
  endNotSaid,
  namesTextOnly,
  notAfter,
  orderUnsaid,
  rankedAfter,
} from './verify-reference.ts';
import { conclusionUnsaid, endUnsaid, prospectiveOnly, yearOnlyAhead } from './verify-result.ts';
import { counterpartOnly, reversedRole, roleUnnamed } from './verify-role.ts';
import {
  fieldOfOther,
  fieldOfUnnamed,
  meetingUnnamed,
  siblingEntry,
  siblingNamed,
  siblingSource,
} from './verify-sibling.ts';
import { wordsUnreported } from './verify-speech.ts';
import { agentOfOther, qualifiedOnly } from './verify-subject.ts';
import {
  aboutAnotherYear,
  actionOfAnotherYear,
  datedOtherwise,
  datedRelative,
  heldUntilConference,
  onlyBefore,
  onlyHypothetical,
} from './verify-time.ts';
import { quotesTitle, titleOfAsked } from './verify-title.ts';
import { asksPersonsName, namesNoneOfKind, typeProblem } from './verify-type.ts';
import { actsOnOther } from './verify-undergoer.ts';

/*
 * Part of stage 3 of /ask, "verify": once a passage matches the question's words, whether it is about
 * the thing asked and holds the kind of answer asked for. Each check is its own module's; this is their
 * order. See docs/answering.md.
 */

/**
 * Why a passage that matches the question's words still does not answer it (about another thing, the
 * wrong kind of answer, the wrong order or year), in words for `--explain`; undefined when it answers.
 * `cited` holds the words naming the passage's sources.
 */
export function passageProblem(
  hit: PassageHit,
  q: VerifyInput,
  cited: ReadonlySet<string> | undefined,
): string | undefined {
  const { passage, entry } = hit;
  // A field ("Elected: Malcolm Johnson") is about its entry ("Election of the ITU Deputy
  // Secretary-General") without saying so.
  const about = passage.isField ? `${entry.title}: ${passage.text}` : passage.text;
  // "Earlier ITU posts: Deputy Secretary-General (2007-2014)" is someone's record before the
  // conference: it answers what came before, not "which candidate won the Deputy post".
  if (passage.isField && EARLIER_LABEL.test(passage.text) && !ASKS_EARLIER.test(q.u.question))
    return "is the entry's record of earlier posts, and the question asks about the conference";
  const unnamed = fieldOfUnnamed(hit, q);
  if (unnamed) return `is a field of another entry, which never names the ${unnamed} the question asks about`;
  const label = fieldOfOther(hit, q);
  if (label) return `is the entry's field on ${label}, which the question does not ask about`;
  const qualified = qualifiedOnly(about, q, hit.matchedTerms) ?? siblingSource(about, q);
  if (qualified) return `is about the ${qualified}, which the question does not name`;
  // A person's own entry is about that person, who need not be named in each of its fields.
  const asksWho = q.u.kind === 'who' || /^names?$/.test(q.u.typeWord ?? '');
  const type = typeProblem(
    asksWho && entry.kind === 'person' ? `${entry.title}: ${passage.text}` : passage.text,
    q,
  );
  if (type) return type;
  if (namesNoneOfKind(passage.text, q, [entry.title, ...entry.aliases]))
    return `names no ${q.u.typeWord}, only the kind, and the question asks which`;
  const counted = countedOtherwise(passage.text, q);
  if (counted) return counted;
  if (bareCount(q) && entry.kind !== 'facts')
    return `counts ${q.u.counted} in ${entry.title}, and the question asks the conference's own`;
  const named = rankOnlyInNames(passage, [entry.title, ...entry.aliases], q);
  if (named) return `has the rank asked only in its entry's name "${named}", of another thing`;
  const among = rankAmongFewer(passage.text, q);
  if (among) return `ranks it only among "${among}", which the question does not ask`;
  const ranked = rankOfOther(passage.text, q);
  if (ranked) return `gives that rank to "${ranked}", not to what the question ranks`;
  // "How many proposals did OTI say …": a source says what its passages say, named or not.
  const directed = directedOnly(about, q, (name) => cited?.has(squash(name)) === true);
  if (directed) return `says what ${directed} was asked to do, not what it did`;
  if (prospectiveOnly(passage.text, q)) return 'looks ahead to the decision asked about, and says none';
  if (endUnsaid(passage.text, q)) return 'says nothing of how it ended, and the question asks its outcome';
  if (conclusionUnsaid(passage.text, q))
    return 'gives no conclusion, and the question asks what was concluded';
  if (namesTextOnly(termsOf(passage), nameTermsOf(entry), q, hit.matchedTerms))
    return 'only names the text, and says nothing of what the question asks about it';
  if (oneForAny(passage.text, q)) return 'speaks of one of them, and the question asks about any';
  const placed = rankedAfter(passage.text, q);
  if (placed) return `ranks what came after ${placed}, not ${placed}`;
  if (onlyHypothetical(passage.text, q)) return 'says what could have been, and the fact-check what was';
  const year = aboutAnotherYear(about, q);
  if (year) return `is about ${year}, and the question about the conference`;
  const month = datedOtherwise(passage.text, q, entry.title);
  if (month) return `dates what it tells to ${month}, not to the month the question gives`;
  if (originUnsaid(passage.text, q)) return 'names no country by the person asked about';
  const ahead = yearOnlyAhead(passage.text, q);
  if (ahead) return `gives ${ahead} only as a time still to come`;
  const before = onlyBefore(passage.text, q);
  if (before) return `speaks of ${before}, and the question asks about after the conference`;
  const outside = outsideConference(passage.text, q);
  if (outside) return `is dated ${outside}, outside the conference, and the question asks what it did`;
  if (conferenceActsWhenBefore(passage.text, q))
    return 'tells what the conference did, and the question asks what came before it';
  const acted = actionOfAnotherYear(passage.text, q);
  if (acted) return `dates what the question asks to ${acted}, not to the conference`;
  const dated = datedRelative(passage.text, q, passage.context);
  if (dated) return `dates something before or after ${dated}, not ${dated} itself`;
  // "Zhao served as Deputy from 2007 to 2014" is who held it during the conference, when that is asked.
  const until = asksHolderDuring(q) ? undefined : heldUntilConference(passage.text, q);
  if (until) return `dates the post ${until}, until the conference, and the question asks who held it then`;
  const late = tookOfficeAfter(passage.text, entry, q);
  if (late)
    return `names ${late}, who took the post after the conference, and the question asks who held it during it`;
  const order = orderUnsaid(passage.text, q);
  if (order) return `does not say what came ${order}`;
  if (earlierUnsaid(passage.text, q)) return 'places nothing earlier, and the question asks what came before';
  const after = notAfter(passage.text, q);
  if (after) return `does not say what came after ${after}`;
  const ended = endNotSaid(passage.text, q);
  if (ended) return `says no end, and the question asks what came ${ended}`;
  // "Who did Johnson beat for deputy SG?" is not answered by his 2006 race for TSB Director; "what did
  // he do before he was deputy" may be.
  const post = ASKS_EARLIER.test(q.u.question) ? undefined : otherPost(passage.text, q);
  if (post) return `is about the ${post} post, which the question does not name`;
  const otherEntry = siblingEntry(passage.text, entry, q);
  if (otherEntry) return `is about the ${otherEntry}, which the question does not name`;
  // A field's label may name another meeting of the series ("Compared with PP-10: …") whatever its
  // entry's title: its own text says which it is about.
  const sibling = siblingNamed(passage.isField ? passage.text : about, q);
  if (sibling) return `is about ${sibling}, which the question does not name`;
  const meeting = meetingUnnamed(passage.text, entry, q);
  if (meeting) return `is about ${meeting}, which the question does not name`;
  const actor = actorNamedOtherwise(passage, q);
  if (actor) return `tells what another country did, and the question asks what ${actor} did`;
  const owner = attributeOfOther(passage.text, q);
  if (owner) return `gives that of ${owner}, not of what the question names`;
  const negated = namesNegatedKind(passage.text, q);
  if (negated) return `is about a ${negated}, which the question says it does not mean`;
  const excluded = excludedOnly(passage.text, q);
  if (excluded) return `names only ${excluded}, which the question sets aside`;
  // "What is the title of Resolution 195?": a title is quoted in full, and only where the corpus has it
  // verified; a sentence that merely lists the text has none.
  if (q.u.typeWord === 'title' && (entry.titleUnverified === true || !quotesTitle(passage.text)))
    return 'quotes no verified title, and the question asks for one';
  // "The official title of the Ebola resolution" and "Youth: … titled "Empowerment of youth …"": the
  // title quoted must be said with what the question asks the title of.
  if (q.u.typeWord === 'title' && !titleOfAsked(passage.text, q, entry))
    return 'quotes the title of something else';
  // "The final title of the Iraq resolution" and "… a draft new resolution titled …": a draft's title
  // is not the one the text ended with.
  if (
    q.u.typeWord === 'title' &&
    FINAL_TITLE.test(q.u.question) &&
    DRAFT.test(passage.text) &&
    !ENDED.test(passage.text)
  )
    return "quotes a draft's title, and the question asks the final one";
  // "What was the final wording of the amendments?": wording is quoted, not described.
  // "What exact text did Russia propose": a text asked word for word is quoted too.
  // "The final text of Resolution 25 after Committee 6": as "the exact text", its words.
  // Not "which text appears first in the Final Acts", a name.
  const exactText =
    q.u.typeWord === 'text' &&
    (/\b(?:exact|precise|verbatim|actual)\b/i.test(q.u.question) ||
      /\b(?:final|full)\s+text\b/i.test(q.u.question));
  // "What exactly was written in the compromise text": its words, which naming the text does not give.
  const written = q.u.kind === 'what' && /\bwhat\b.*\b(?:written|worded)\b/i.test(q.u.question);
  if (
    (exactText || written || /^(?:wording|words|phrasing)$/.test(q.u.typeWord ?? '')) &&
    !quotesTitle(passage.text)
  )
    return 'quotes no wording, and the question asks for it';
  const unreported = wordsUnreported(passage.text, q, cited);
  if (unreported) return `reports no words of ${unreported}, and the question asks what they said`;
  const counterpart = counterpartOnly(passage.text, q);
  if (counterpart) return `has ${counterpart} as the other party, and the question asks who acted for it`;
  const reversed = reversedRole(passage.text, q);
  if (reversed) return `has ${reversed} doing what the question has done to them`;
  const actedOn = actsOnOther(passage.text, q);
  if (actedOn) return `has what the question asks about doing it to ${actedOn}`;
  // "Which country chaired Committee 5?" asks who acted, as "who" does.
  // So does "what was the name of the chair of X".
  const agent = asksAgent(q) || asksPersonsName(q);
  const role = roleUnnamed(passage.text, q, agent);
  if (role) return `says "${role}" but not who, and the question asks who`;
  const other = agentOfOther(passage.text, q, agent);
  if (other) return `says who did it to the ${other}, which the question does not ask about`;
  return undefined;
}

/** A field labelled as someone's earlier record ("Earlier ITU posts:", "Previous post:"). */
const EARLIER_LABEL = /^(?:earlier|previous|former|past|prior)\b[^:]{0,40}:/i;

/** A question about what came before: it may be answered from such a record. */
const ASKS_EARLIER =
  /\b(?:before|earlier|previous(?:ly)?|former(?:ly)?|prior|past|until|since|had been|used to|background|career|history|experience)\b/i;

/**
 * "How many countries were there": a count that names nothing but what it counts is the conference's
 * own, which its overview entry gives; the Council's 48 Member States answer another question.
 */
function bareCount(q: VerifyInput): boolean {
  return (
    q.u.kind === 'how-many' &&
    q.u.names.length === 0 &&
    q.weighted.concepts.length === 1 &&
    q.weighted.concepts[0]?.word === q.u.counted
  );
}

/** A title asked as the one a text ended with: "the final title", "its official title". General English. */
const FINAL_TITLE = /\b(?:final|adopted|official)\s+title\b/i;

/** Words for the state a text ended in ("the final title", "as adopted"); not "the Final Acts". */
const ENDED = /\b(?:final|adopted|official)\s+(?:title|text|version)\b|\badopted\b/i;

/** Words for a text before it was adopted. General English. */
const DRAFT = /\b(?:draft|drafts|proposal|proposals|proposed)\b/i;
