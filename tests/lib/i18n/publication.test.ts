import { describe, expect, it } from 'vitest';
import { cite } from '../../../src/lib/exports/cite.ts';
import { publicationOf } from '../../../src/lib/i18n/publication.ts';

const unknown = { publication_zh: '', publication_en: '' };
const known = { publication_zh: '人民公安', publication_en: 'People’s Public Security' };

describe("a source's publication", () => {
  it('says the same in every citation while sources.csv does not name it', () => {
    expect(publicationOf(unknown, 'en')).toBe('a Chinese police magazine (title not in the extracted text)');
    expect(publicationOf(unknown, 'zh')).toBe('公安类期刊（刊名未见于提取文本）');
    const source = { title: 'T', publication: publicationOf(unknown, 'en'), year: '2020', page: 57 };
    const c = cite(
      { title: 'Gansu', url: 'https://x.example/', version: '2026-12-02', accessed: 'YYYY-MM-DD', source },
      'en',
    );
    expect(c.text).toContain('a Chinese police magazine (title not in the extracted text), 2020, p. 57');
    expect(c.bibtex).toContain('a Chinese police magazine (title not in the extracted text)');
  });

  it('is its title once a curator fills it in', () => {
    expect(publicationOf(known, 'zh')).toBe('人民公安');
    expect(publicationOf(known, 'en')).toBe('People’s Public Security');
  });
});
