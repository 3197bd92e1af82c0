import { LRUCache } from 'lru-cache';

/** How many of a user's answers the Home tab lists. */
export const RECENT_ANSWERS_SHOWN = 5;

/** Most users remembered at once; the least recent are forgotten first. */
export const RECENT_ANSWER_USERS = 5_000;

/** One answer a user was given: its title and the line that gives it again. */
export interface RecentAnswer {
  title: string;
  line: string;
}

/**
 * The last answers each user was given, for the Slack Home tab. Held in memory only, bounded in users
 * and answers, never written to the database: what is stored stays what docs/storage.md says.
 */
export class RecentAnswers {
  private readonly byUser = new LRUCache<string, RecentAnswer[]>({ max: RECENT_ANSWER_USERS });

  /** Records an answer, newest first, without repeating the same line. */
  record(user: string, answer: RecentAnswer): void {
    const list = (this.byUser.get(user) ?? []).filter((a) => a.line !== answer.line);
    this.byUser.set(user, [answer, ...list].slice(0, RECENT_ANSWERS_SHOWN));
  }

  /** A user's last answers, newest first. */
  of(user: string): RecentAnswer[] {
    return this.byUser.get(user) ?? [];
  }
}
