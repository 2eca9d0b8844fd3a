import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inSitemap, languageLinks, writeSitemaps } from '../../../src/lib/hosting/sitemap.ts';

describe('sitemap entries', () => {
  it('give each page its Chinese and English address, at the root and under a sub-path', () => {
    const both = (zh: string, en: string) => [
      { url: zh, lang: 'zh-CN' },
      { url: en, lang: 'en' },
    ];
    expect(languageLinks('https://a.example/places/gansu/')).toEqual(
      both('https://a.example/places/gansu/', 'https://a.example/en/places/gansu/'),
    );
    expect(languageLinks('https://a.example/en/places/gansu/')).toEqual(
      both('https://a.example/places/gansu/', 'https://a.example/en/places/gansu/'),
    );
    expect(languageLinks('https://a.example/en/')).toEqual(
      both('https://a.example/', 'https://a.example/en/'),
    );
    expect(languageLinks('https://a.example/d/c/en/metrics/x/', '/d/c/')).toEqual(
      both('https://a.example/d/c/metrics/x/', 'https://a.example/d/c/en/metrics/x/'),
    );
  });

  it('leave out embeds, share pages and briefing sheets, in both languages and under a sub-path', () => {
    expect(inSitemap('https://a.example/places/gansu/')).toBe(true);
    expect(inSitemap('https://a.example/figures/gansu-suspects/')).toBe(true);
    for (const path of ['embed/places/gansu/x/', 'en/share/figures/y/stat/', 'brief/campaigns/duanka/'])
      expect(inSitemap(`https://a.example/${path}`), path).toBe(false);
    expect(inSitemap('https://a.example/d/c/en/embed/places/gansu/x/', '/d/c/')).toBe(false);
    expect(inSitemap('https://a.example/d/c/en/places/gansu/', '/d/c/')).toBe(true);
  });
});

describe('writeSitemaps', () => {
  const dist = mkdtempSync(join(tmpdir(), 'sitemap-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  const pages = [
    '',
    'en/',
    'places/gansu/',
    'en/places/gansu/',
    'figures/a/',
    'embed/places/gansu/x/',
    'en/share/figures/a/stat/',
    'brief/places/gansu/',
  ];
  for (const page of pages) {
    mkdirSync(join(dist, page), { recursive: true });
    writeFileSync(join(dist, page, 'index.html'), '<!doctype html>');
  }
  writeFileSync(join(dist, '404.html'), '<!doctype html>');
  writeFileSync(join(dist, 'places', 'gansu', 'chart.svg'), '<svg/>');

  it('lists the reading pages of dist/ in order, with their other-language pages, in files of at most N', async () => {
    const count = await writeSitemaps(dist, 'https://a.example', '/d/c/', 3);
    expect(count).toBe(5);
    const index = readFileSync(join(dist, 'sitemap-index.xml'), 'utf8');
    expect(index).toContain('<loc>https://a.example/d/c/sitemap-0.xml</loc>');
    expect(index).toContain('<loc>https://a.example/d/c/sitemap-1.xml</loc>');
    const maps =
      readFileSync(join(dist, 'sitemap-0.xml'), 'utf8') + readFileSync(join(dist, 'sitemap-1.xml'), 'utf8');
    const locs = [...maps.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toEqual(
      ['', 'en/', 'en/places/gansu/', 'figures/a/', 'places/gansu/'].map((p) => `https://a.example/d/c/${p}`),
    );
    expect(maps).toContain(
      '<xhtml:link rel="alternate" hreflang="en" href="https://a.example/d/c/en/places/gansu/"/>',
    );
    expect(maps).not.toMatch(/embed|share|brief|404/);
  });
});
