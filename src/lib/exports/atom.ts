import { words } from '../i18n/words.ts';
import { DATASET } from './about.ts';
import type { Release } from './version.ts';

const escapeXml = (text: string) =>
  text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );

/** An Atom feed with one entry per data release, newest first. */
export function toAtom(releases: Release[], siteUrl: string): string {
  const feedUrl = `${siteUrl}/data/changes.atom`;
  const entries = releases.map((r) =>
    [
      '  <entry>',
      `    <id>${escapeXml(`${siteUrl}/data/#release-${r.version}`)}</id>`,
      `    <title>${escapeXml(`${words('en').exports.feed.release(r.version)} · ${words('zh').exports.feed.release(r.version)}`)}</title>`,
      `    <updated>${r.version}T00:00:00Z</updated>`,
      `    <link rel="alternate" href="${escapeXml(`${siteUrl}/data/`)}"/>`,
      `    <link rel="enclosure" type="application/zip" href="${escapeXml(`${siteUrl}/data/crackdown-data-${r.version}.zip`)}"/>`,
      `    <content type="text">${escapeXml(r.notes)}</content>`,
      '  </entry>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${escapeXml(feedUrl)}</id>`,
    `  <title>${escapeXml(`${DATASET.title.en} · ${DATASET.title.zh}: data releases`)}</title>`,
    `  <updated>${releases[0]!.version}T00:00:00Z</updated>`,
    `  <author><name>${escapeXml(DATASET.creator.en)}</name></author>`,
    `  <link rel="self" href="${escapeXml(feedUrl)}"/>`,
    `  <link rel="alternate" href="${escapeXml(`${siteUrl}/data/`)}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
