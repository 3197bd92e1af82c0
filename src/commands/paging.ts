import type { AnswerItem, PageInfo } from '../answer.ts';
import { userError } from '../errors.ts';

/** Items per page of a list (`/sources`, `/resolution` with no number): one phone screen. */
export const LIST_PAGE_SIZE = 15;

/** Highest page number accepted, so "--page 99999999" is a clear error and not a slow empty answer. */
const MAX_PAGE = 1000;

/**
 * Takes a `--page N` (also `-p N`, `page:N`) option out of a command's argument text. Throws a user
 * error for a page that is not a whole number from 1.
 */
export function takePage(raw: string): { rest: string; page: number } {
  let page = 1;
  const rest = raw
    .replace(/(?:^|\s)(?:--page|-p|page:)\s*(\S*)/gi, (_, n: string) => {
      page = Number(n);
      if (n === '' || !Number.isInteger(page) || page < 1 || page > MAX_PAGE) {
        throw userError('bad-argument', `"${n.slice(0, 20)}" is not a page number; pages start at 1.`);
      }
      return ' ';
    })
    .trim();
  return { rest, page };
}

/**
 * One page of a list, with paging state whose `next` is the command line of the following page.
 * Throws a user error for a page past the end.
 */
export function pageOf<T>(
  all: readonly T[],
  page: number,
  size: number,
  command: string,
  what: string,
): { shown: T[]; info?: PageInfo } {
  const pages = Math.max(1, Math.ceil(all.length / size));
  if (page > pages) {
    throw userError(
      'bad-argument',
      `There ${pages === 1 ? 'is only 1 page' : `are only ${pages} pages`} of ${what}.`,
    );
  }
  const shown = all.slice((page - 1) * size, page * size);
  if (pages === 1) return { shown };
  const next = page < pages ? `${command} --page ${page + 1}` : undefined;
  const previous = page > 1 ? `${command} --page ${page - 1}` : undefined;
  return { shown, info: { page, pages, ...(next ? { next } : {}), ...(previous ? { previous } : {}) } };
}

/** Puts a page of items on an answer: the items, the paging state, and the next page as a suggestion. */
export function pagedItems(
  items: readonly AnswerItem[],
  page: number,
  command: string,
  what: string,
  size = LIST_PAGE_SIZE,
): { items: AnswerItem[]; page?: PageInfo; suggestions: string[] } {
  const { shown, info } = pageOf(items, page, size, command, what);
  return { items: shown, ...(info ? { page: info } : {}), suggestions: info?.next ? [info.next] : [] };
}
