/**
 * Turns the text of a Slack message into what the user typed: drops mentions of the bot (or, when its
 * id is unknown, the mentions leading the message), turns links and other mentions into their labels,
 * and undoes Slack's escaping of `&`, `<` and `>`.
 */
export function fromSlackText(text: string, botUserId?: string): string {
  const withoutBot = botUserId
    ? text.replace(new RegExp(`<@${botUserId}(?:\\|[^>]*)?>[\\s:,]*`, 'g'), ' ')
    : text.trim().replace(/^(?:<@[A-Z0-9]+(?:\|[^>]*)?>[\s:,]*)+/, '');
  return withoutBot
    .replace(/<[@#!]?[^|>]*\|([^>]*)>/g, '$1')
    .replace(/<(?:mailto:)?([^>]*)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
