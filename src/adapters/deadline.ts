/**
 * `work`'s result if it settles within `ms`, else undefined, so an adapter can answer inside a
 * platform's deadline or acknowledge first. The timer is cleared as soon as it is not needed: under
 * load, a timer left behind per request adds up.
 */
export async function beforeDeadline<T>(work: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
