import type { Feed } from './service.js';
import { describeEntry, wordsOf, type Lang } from './words.js';

// The history as an Atom 1.0 feed (RFC 4287): feed id, title, updated, author, self and
// alternate links; each entry with id, title, updated, link and text content.

export const ATOM_CONTENT_TYPE = 'application/atom+xml; charset=utf-8';

/** Text safe inside XML 1.0: escaped, and without the characters XML may not hold. */
export function xmlText(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Where the feed's links point: the site's origin as the caller reached it. */
export function atomFeed(feed: Feed, origin: string, lang: Lang, now: Date): string {
  const w = wordsOf(lang);
  const { code, name } = feed.municipality;
  const self = `${origin}/api/v1/public/municipalities/${code}/feed.atom${lang === 'sv' ? '' : `?lang=${lang}`}`;
  const dashboard = `${origin}/kommun/${code}`;
  const entries = feed.entries.map((entry) => {
    const { title, text } = describeEntry(lang, entry);
    const id = `${origin}/api/v1/public/promises/${entry.promiseId}/history#${entry.id}`;
    return [
      '  <entry>',
      `    <id>${xmlText(id)}</id>`,
      `    <title type="text">${xmlText(title)}</title>`,
      `    <updated>${entry.at}</updated>`,
      `    <link rel="alternate" type="text/html" href="${xmlText(`${dashboard}#promise-${entry.promiseId}`)}"/>`,
      `    <content type="text">${xmlText(text)}</content>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">`,
    `  <id>${xmlText(self)}</id>`,
    `  <title type="text">${xmlText(w.feedTitle(name))}</title>`,
    `  <subtitle type="text">${xmlText(w.feedSubtitle)}</subtitle>`,
    `  <updated>${feed.updated ?? now.toISOString()}</updated>`,
    `  <author><name>${xmlText(name)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlText(self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlText(dashboard)}"/>`,
    `  <generator>Löfteskollen</generator>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
