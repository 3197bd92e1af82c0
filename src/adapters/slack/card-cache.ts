import type { Answer } from '../../answer.ts';
import type { SlackMessage } from '../../render/slack-blocks.ts';
import { renderSlackCompact, type SlackCompactOptions } from '../../render/slack-compact.ts';

/**
 * Most renderings kept for one answer: one per line that led to it and per card kind (private with
 * Share, or already in a channel). A few spellings of one command are normal; more are a flood.
 */
export const MAX_CARDS_PER_ANSWER = 8;

/**
 * The compact card of each answer, rendered once. The intake's answer memo hands back the same `Answer`
 * object for a repeated line of the same corpus, and a card is a pure function of that answer and of the
 * line its buttons carry, so a repeated `/resolution 174` reuses its Block Kit instead of building it
 * again. Renderings are held weakly by their answer: when the memo drops an answer (it is evicted, or a
 * reload replaced the corpus it came from), its cards go with it. A card shared into a channel names its
 * sharer and is never kept. The cards handed out are shared between requests: callers copy, never mutate.
 */
export class SlackCardCache {
  private readonly byAnswer = new WeakMap<Answer, Map<string, SlackMessage>>();

  /** The card of `answer`, from memory when this answer was rendered before with the same options. */
  card(answer: Answer, options: SlackCompactOptions): SlackMessage {
    if (options.sharedBy !== undefined) return renderSlackCompact(answer, options);
    const key = `${options.more?.value ?? ''}\n${options.share?.value ?? ''}`;
    let cards = this.byAnswer.get(answer);
    const known = cards?.get(key);
    if (known) return known;
    const card = renderSlackCompact(answer, options);
    if (!cards) {
      cards = new Map();
      this.byAnswer.set(answer, cards);
    }
    if (cards.size >= MAX_CARDS_PER_ANSWER) cards.clear();
    cards.set(key, card);
    return card;
  }
}
