import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/lib/data/csv.ts';
import { readThesaurus } from '../../../src/lib/data/load.ts';
import { termGroups } from '../../../src/lib/data/thesaurus.ts';
import { termsFor } from '../../../src/lib/views/search-terms.ts';

const work = mkdtempSync(join(tmpdir(), 'crackdown-thesaurus-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The issues of a thesaurus.csv of `text`, formatted as the build prints them. */
function issuesOf(text: string): string[] {
  const dir = mkdtempSync(join(work, 'd-'));
  writeFileSync(join(dir, 'thesaurus.csv'), text);
  return readThesaurus(dir).issues.map(formatIssue);
}

const HEADER = 'group,term,lang,note\n';

describe('data/thesaurus.csv', () => {
  it('loads without problems, every group with two terms or more', () => {
    const { terms, issues } = readThesaurus(resolve('data'));
    expect(issues.map(formatIssue)).toEqual([]);
    const groups = termGroups(terms);
    expect(groups.find((g) => g.id === 'two-cards')?.terms.map((t) => t.term)).toEqual(
      expect.arrayContaining(['断卡', '两卡', 'card-breaking']),
    );
    expect(groups.every((g) => g.terms.length >= 2)).toBe(true);
  });

  it('is optional: a data set without it has no terms', () => {
    expect(readThesaurus(work)).toEqual({ terms: [], issues: [] });
  });

  it('names file, line and column of a bad cell', () => {
    expect(issuesOf(`${HEADER}two-cards,断卡,zh,\ntwo-cards,两卡,cn,\n`)).toEqual([
      'data/thesaurus.csv:3:3 (column "lang"): "cn" is not allowed; expected one of: zh, en',
    ]);
    expect(issuesOf(`${HEADER}Two Cards,断卡,zh,\n`)[0]).toMatch(
      /^data\/thesaurus.csv:2:1 \(column "group"\)/,
    );
  });

  it('refuses a wrong header, a term twice, a term in the wrong language and a group of one', () => {
    expect(issuesOf('group,term,language,note\n')[0]).toMatch(
      /^data\/thesaurus.csv:1:3: wrong header .*expected exactly: group,term,lang,note$/,
    );
    expect(
      issuesOf(
        `${HEADER}two-cards,断卡,zh,\ntwo-cards,card-breaking,en,\nother,Card breaking,en,\nother,断卡行动,en,\nalone,侵公,zh,\n`,
      ),
    ).toEqual([
      'data/thesaurus.csv:4:2 (column "term"): "Card breaking" is already in group "two-cards" on line 3; a term belongs to one group',
      'data/thesaurus.csv:5:3 (column "lang"): "断卡行动" has Chinese characters; write lang "zh" for a term in Chinese',
      'data/thesaurus.csv:6:1 (column "group"): group "alone" has one term; a group needs two terms or more, or remove it',
    ]);
  });
});

describe('termsFor', () => {
  const groups = termGroups(
    readThesaurus(resolve('data')).terms.filter((t) => ['two-cards', 'gansu'].includes(t.group)),
  );
  it('brings in the group of a term the texts hold, then the page’s own terms, each once', () => {
    expect(termsFor(['“断卡”行动', '“Card-breaking” operation'], ['“断卡”行动'], groups)).toBe(
      '断卡 断 卡 两卡 两 卡 card-breaking two cards “断卡”行动 断 卡 行动',
    );
    expect(termsFor(['甘肃省'], ['Gansu'], groups)).toBe('甘肃 甘 陇 Gansu');
  });
  it('never by a short name alone: 甘孜 is not in Gansu', () => {
    expect(termsFor(['甘孜藏族自治州'], [], groups)).toBe('');
  });
});
