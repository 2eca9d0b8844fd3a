import { DATASET } from './about.ts';
import type { Release } from './version.ts';
import * as urls from '../urls.ts';
import { words } from '../i18n/words.ts';

const escapeXml = (text: string) =>
  text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );

/**
 * An Atom feed with one entry per data release, newest first. Its ids must be absolute (RFC 4287):
 * on a build without a public address (`siteUrl` '') they are URNs and its links paths.
 */
export function toAtom(releases: Release[], siteUrl: string): string {
  const feedUrl = `${siteUrl}${urls.dataFile('changes.atom')}`;
  const id = (url: string, urn: string) => (siteUrl ? url : `urn:crackdown-data:${urn}`);
  const entries = releases.map((r) =>
    [
      '  <entry>',
      `    <id>${escapeXml(id(`${siteUrl}${urls.dataPage('zh')}#release-${r.version}`, `release:${r.version}`))}</id>`,
      `    <title>${escapeXml(`${words('en').exports.feed.release(r.version)} · ${words('zh').exports.feed.release(r.version)}`)}</title>`,
      `    <updated>${r.version}T00:00:00Z</updated>`,
      `    <link rel="alternate" href="${escapeXml(`${siteUrl}${urls.dataPage('zh')}`)}"/>`,
      `    <link rel="enclosure" type="application/zip" href="${escapeXml(`${siteUrl}${urls.dataFile(`crackdown-data-${r.version}.zip`)}`)}"/>`,
      `    <content type="text">${escapeXml(r.notes)}</content>`,
      '  </entry>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${escapeXml(id(feedUrl, 'releases'))}</id>`,
    `  <title>${escapeXml(`${DATASET.title.en} · ${DATASET.title.zh}: data releases`)}</title>`,
    `  <updated>${releases[0]!.version}T00:00:00Z</updated>`,
    `  <author><name>${escapeXml(DATASET.creator.en)}</name></author>`,
    `  <link rel="self" href="${escapeXml(feedUrl)}"/>`,
    `  <link rel="alternate" href="${escapeXml(`${siteUrl}${urls.dataPage('zh')}`)}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
