import { describe, expect, it } from 'vitest';
import { inSitemap, languageLinks } from '../../../src/lib/hosting/sitemap.ts';

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
