import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/lib/data/csv.ts';
import { readDataset } from '../../../src/lib/data/load.ts';

// A frozen, smaller copy of data/, so that curating a figure never breaks this test.
const DATA = resolve(import.meta.dirname, 'fixtures/data');
const work = mkdtempSync(join(tmpdir(), 'crackdown-validate-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Line number (1-based) of the row whose first cell is `id` in a data file. */
function lineOfRow(file: string, id: string): number {
  const lines = readFileSync(join(DATA, file), 'utf8').split('\n');
  const index = lines.findIndex((l) => l.startsWith(`${id},`));
  if (index < 0) throw new Error(`no row ${id} in ${file}`);
  return index + 1;
}

/** Replaces `from` by `to` once in the row of `id` (or anywhere when id is null). */
const inRow = (id: string | null, from: string, to: string) => (text: string) => {
  const lines = text.split('\n');
  const i =
    id === null ? lines.findIndex((l) => l.includes(from)) : lines.findIndex((l) => l.startsWith(`${id},`));
  if (i < 0 || !lines[i]!.includes(from)) throw new Error(`fixture: cannot find ${from} in row ${id}`);
  lines[i] = lines[i]!.replace(from, to);
  return lines.join('\n');
};

interface Fixture {
  name: string;
  file: string;
  mutate: (text: string) => string;
  expected: () => string[];
}

const F = 'figures.csv';
const I = 'coverage-ignore.csv';
/** `data/coverage-ignore.csv:<line>` of the entry whose context contains `phrase`. */
const ign = (phrase: string) => {
  const index = readFileSync(join(DATA, I), 'utf8')
    .split('\n')
    .findIndex((l) => l.split(',')[2]?.includes(phrase));
  if (index < 0) throw new Error(`no entry with ${phrase} in ${I}`);
  return `data/${I}:${index + 1}`;
};
const fig = (id: string) => `data/figures.csv:${lineOfRow(F, id)}`;
const fixtures: Fixture[] = [
  {
    name: 'a value that is not a number',
    file: F,
    mutate: inRow('gansu-suspects', ',2289,', ',12o4,'),
    expected: () => [
      `${fig('gansu-suspects')}:7 (column "value"): "12o4" is not a number; expected a non-negative integer in base units, with no separators, units or qualifiers (e.g. 15000000)`,
    ],
  },
  {
    name: 'a value with a thousands separator',
    file: F,
    mutate: inRow('gansu-suspects', ',2289,', ',"2,289",'),
    expected: () => [
      `${fig('gansu-suspects')}:7 (column "value"): "2,289" is not a number; expected a non-negative integer in base units, with no separators, units or qualifiers (e.g. 15000000)`,
    ],
  },
  {
    name: 'a value with 万 left in',
    file: F,
    mutate: inRow('sichuan-phone-cards', ',49000,', ',4.9万,'),
    expected: () => [
      `${fig('sichuan-phone-cards')}:7 (column "value"): "4.9万" is not a number; expected a non-negative integer in base units, with no separators, units or qualifiers (e.g. 15000000)`,
    ],
  },
  {
    name: 'a negative value',
    file: F,
    mutate: inRow('gansu-dens', ',113,', ',-113,'),
    expected: () => [
      `${fig('gansu-dens')}:7 (column "value"): "-113" is not a number; expected a non-negative integer in base units, with no separators, units or qualifiers (e.g. 15000000)`,
    ],
  },
  {
    name: 'a value the quote does not state',
    file: F,
    mutate: inRow('gansu-cases', ',342,', ',343,'),
    expected: () => [
      `${fig('gansu-cases')}:7 (column "value"): value 343 (exact) is not what the quote states: "核破案件342起" reads as 342起 = 342 (exact)`,
    ],
  },
  {
    name: 'a qualifier that contradicts the quote (余 read as exact)',
    file: F,
    mutate: inRow('daqing-records', ',at_least,', ',exact,'),
    expected: () => [
      `${fig('daqing-records')}:7 (column "value"): value 15000000 (exact) is not what the quote states: "缴获公民个人信息1500余万条" reads as 1500余万条 = 15000000 (at_least)`,
    ],
  },
  {
    name: 'a qualifier not in the list',
    file: F,
    mutate: inRow('daqing-police', ',approximately,', ',about,'),
    expected: () => [
      `${fig('daqing-police')}:8 (column "qualifier"): "about" is not allowed; expected one of: exact, at_least, approximately`,
    ],
  },
  {
    name: 'an unknown place',
    file: F,
    mutate: inRow('jiangxi-cases', 'jiangxi-cases,jiangxi,', 'jiangxi-cases,jiangxi-province,'),
    expected: () => [
      `${fig('jiangxi-cases')}:2 (column "place"): unknown place "jiangxi-province"; expected an id from places.csv`,
      `${fig('jiangxi-cases')}:4 (column "agency"): agency "jiangxi-police" serves "jiangxi", but the figure's place is "jiangxi-province"`,
    ],
  },
  {
    name: 'an unknown metric',
    file: F,
    mutate: inRow('gansu-dens', ',dens_destroyed,', ',dens,'),
    expected: () => [
      `${fig('gansu-dens')}:6 (column "metric"): unknown metric "dens"; expected an id from metrics.csv`,
    ],
  },
  {
    name: 'an unknown campaign',
    file: F,
    mutate: inRow('gansu-dens', ',duanka,', ',duan-ka,'),
    expected: () => [
      `${fig('gansu-dens')}:5 (column "campaign"): unknown campaign "duan-ka"; expected an id from campaigns.csv`,
    ],
  },
  {
    name: 'an unknown source',
    file: F,
    mutate: inRow('gansu-dens', ',topic-2020-pp56-60,', ',topic-2021,'),
    expected: () => [
      `${fig('gansu-dens')}:13 (column "source"): unknown source "topic-2021"; expected an id from sources.csv`,
    ],
  },
  {
    name: 'a page outside the source',
    file: F,
    mutate: inRow('gansu-dens', ',topic-2020-pp56-60,57,', ',topic-2020-pp56-60,61,'),
    expected: () => [
      `${fig('gansu-dens')}:14 (column "page"): page 61 is outside source "topic-2020-pp56-60" (pages 56-60)`,
    ],
  },
  {
    name: 'a duplicate figure id',
    file: F,
    mutate: inRow('gansu-dens', 'gansu-dens,', 'gansu-gangs,'),
    expected: () => [
      `${fig('gansu-dens')}:1 (column "id"): duplicate id "gansu-gangs"; it is already used on line ${lineOfRow(F, 'gansu-gangs')}`,
    ],
  },
  {
    name: 'an id that is not a slug',
    file: F,
    mutate: inRow('gansu-dens', 'gansu-dens,', 'Gansu Dens,'),
    expected: () => [
      `${fig('gansu-dens')}:1 (column "id"): "Gansu Dens" is not a valid id; expected a lowercase ASCII slug such as "gansu" or "suspects_arrested"`,
    ],
  },
  {
    name: 'a date that does not exist',
    file: F,
    mutate: inRow('gansu-dens', ',2020-12-25,', ',2020-02-30,'),
    expected: () => [
      `${fig('gansu-dens')}:12 (column "as_of"): "2020-02-30" is not a valid date; expected YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2020-12-25)`,
    ],
  },
  {
    name: 'a date in the wrong format',
    file: F,
    mutate: inRow('gansu-dens', ',2020-12-25,', ',25/12/2020,'),
    expected: () => [
      `${fig('gansu-dens')}:12 (column "as_of"): "25/12/2020" is not a valid date; expected YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2020-12-25)`,
    ],
  },
  {
    name: 'reversed dates',
    file: F,
    mutate: inRow('feicheng-suspects', ',2020-03,2020-09,', ',2020-09,2020-03,'),
    expected: () => [
      `${fig('feicheng-suspects')}:11 (column "period_end"): period_end 2020-03 is before period_start 2020-09; dates are reversed`,
    ],
  },
  {
    name: 'an as-of date on an operation',
    file: F,
    mutate: inRow('feicheng-suspects', ',2020-03,2020-09,,', ',2020-03,2020-09,2020-10,'),
    expected: () => [
      `${fig('feicheng-suspects')}:12 (column "as_of"): an operation figure has no as_of; put the end of the operation in period_end`,
    ],
  },
  {
    name: 'a period type not in the list',
    file: F,
    mutate: inRow('gansu-dens', ',cumulative,', ',total,'),
    expected: () => [
      `${fig('gansu-dens')}:9 (column "period_type"): "total" is not allowed; expected one of: cumulative, operation`,
    ],
  },
  {
    name: 'a missing required cell (quote)',
    file: F,
    mutate: inRow('gansu-dens', ',捣毁犯罪窝点113个,', ',,'),
    expected: () => [`${fig('gansu-dens')}:15 (column "quote"): is empty; this cell is required`],
  },
  {
    name: 'a part larger than its whole',
    file: F,
    mutate: inRow('daqing-compulsory-measures', ',129,', ',182,').bind(null),
    expected: () => [
      `${fig('daqing-compulsory-measures')}:16 (column "part_of"): value 182 is larger than the whole it is part of ("daqing-people-caught", 181)`,
      `${fig('daqing-compulsory-measures')}:7 (column "value"): value 182 (exact) is not what the quote states: "依法采取刑事强制措施129人" reads as 129人 = 129 (exact)`,
    ],
  },
  {
    name: 'a stray delimiter (unquoted comma)',
    file: F,
    mutate: inRow('gansu-dens', ',捣毁犯罪窝点113个,', ',捣毁犯罪窝点,113个,'),
    expected: () => [
      `${fig('gansu-dens')}: row has 21 cells but the header has 20; check for a stray or missing comma, or quote cells that contain commas`,
    ],
  },
  {
    name: 'a detail in one language only',
    file: F,
    mutate: inRow('zhoukou-card-gangs', ',贩卖卡团伙,card-selling gangs,', ',贩卖卡团伙,,'),
    expected: () => [
      `${fig('zhoukou-card-gangs')}:18 (column "detail_en"): detail_zh and detail_en go together; fill both or neither`,
    ],
  },
  {
    name: 'a note in one language only',
    file: 'places.csv',
    mutate: (t) => t.replace(/(jieyang,[^\n]*?),原文作“潮汕市”[^\n]*/, '$1,'),
    expected: () => [
      `data/places.csv:${lineOfRow('places.csv', 'jieyang')}:9 (column "note_zh"): note_en and note_zh go together; fill both or neither`,
    ],
  },
  {
    name: 'a wrong header',
    file: F,
    mutate: (t) => t.replace('period_start,period_end,as_of', 'start,end,as_of'),
    expected: () => [
      `data/figures.csv:1:10: wrong header (missing "period_start", "period_end"; unexpected "start", "end"); expected exactly: id,place,located_in,agency,campaign,metric,value,qualifier,period_type,period_start,period_end,as_of,source,page,quote,part_of,detail_zh,detail_en,note_en,note_zh`,
    ],
  },
  {
    name: 'a byte-order mark',
    file: F,
    mutate: (t) => `\ufeff${t}`,
    expected: () => [
      'data/figures.csv:1:1: file starts with a byte-order mark (BOM); save it as UTF-8 without BOM',
    ],
  },
  {
    name: 'semicolon delimiters',
    file: 'sources.csv',
    mutate: (t) => t.split('\n')[0]!.replaceAll(',', ';') + '\n',
    expected: () => [
      'data/sources.csv:1:1: header uses ";" as delimiter; use "," (comma-separated values)',
      'data/sources.csv:1:1: wrong header (missing "id", "title_zh", "title_en", "publication_zh", "publication_en", "section_zh", "section_en", "year", "first_page", "last_page", "file", "note_en", "note_zh"; unexpected "id;title_zh;title_en;publication_zh;publication_en;section_zh;section_en;year;first_page;last_page;file;note_en;note_zh"); expected exactly: id,title_zh,title_en,publication_zh,publication_en,section_zh,section_en,year,first_page,last_page,file,note_en,note_zh',
    ],
  },
  {
    name: 'Windows line endings',
    file: 'metrics.csv',
    mutate: (t) => t.replaceAll('\n', '\r\n'),
    expected: () => [
      'data/metrics.csv:1: file has Windows (CRLF) or CR line endings; save it with LF line endings',
    ],
  },
  {
    name: 'a cell with trailing spaces',
    file: F,
    mutate: inRow('gansu-dens', ',dens_destroyed,', ',dens_destroyed ,'),
    expected: () => [
      `${fig('gansu-dens')}:6 (column "metric"): "dens_destroyed " has leading or trailing spaces; remove them`,
    ],
  },
  {
    name: 'a county whose parent is a county',
    file: 'places.csv',
    mutate: inRow('yuzhong', ',lanzhou,', ',jingchuan,'),
    expected: () => [
      `data/places.csv:${lineOfRow('places.csv', 'yuzhong')}:6 (column "parent"): wrong level for a parent: "jingchuan" is a county, but a county's parent must be a prefecture or province`,
    ],
  },
  {
    name: 'a province with a parent',
    file: 'places.csv',
    mutate: inRow('gansu', 'province,province,,', 'province,province,jiangxi,'),
    expected: () => [
      `data/places.csv:${lineOfRow('places.csv', 'gansu')}:6 (column "parent"): a province has no parent; found "jiangxi"`,
    ],
  },
  {
    name: 'a prefecture without a parent',
    file: 'places.csv',
    mutate: inRow('daqing', ',heilongjiang,', ',,'),
    expected: () => [
      `data/places.csv:${lineOfRow('places.csv', 'daqing')}:6 (column "parent"): a prefecture needs a parent; expected the id of a province`,
    ],
  },
  {
    name: 'a level not in the list',
    file: 'places.csv',
    mutate: inRow('daqing', ',prefecture,', ',city,'),
    expected: () => [
      `data/places.csv:${lineOfRow('places.csv', 'daqing')}:4 (column "level"): "city" is not allowed; expected one of: province, prefecture, county`,
    ],
  },
  {
    name: 'a code outside its parent',
    file: 'places.csv',
    mutate: inRow('daqing', ',230600,', ',620600,'),
    expected: () => [
      `data/places.csv:${lineOfRow('places.csv', 'daqing')}:7 (column "gbt2260"): code 620600 is not inside its parent "heilongjiang" (230000); the first two digits must match`,
    ],
  },
  {
    name: 'a campaign whose parent is a case',
    file: 'campaigns.csv',
    mutate: inRow('longfeng-2020', ',duanka,', ',case-4-03,'),
    expected: () => [
      `data/campaigns.csv:${lineOfRow('campaigns.csv', 'longfeng-2020')}:6 (column "parent"): parent "case-4-03" is a case; a parent must be a campaign or operation`,
    ],
  },
  {
    name: 'a unit not in the list',
    file: 'metrics.csv',
    mutate: inRow('cash_seized', ',yuan,', ',RMB,'),
    expected: () => [
      `data/metrics.csv:${lineOfRow('metrics.csv', 'cash_seized')}:4 (column "unit"): "RMB" is not allowed; expected one of: people, officers, cases, gangs, groups, dens, companies, sources, chains, tools, cards, sets, phones, computers, devices, vehicles, records, leads, numbers, documents, channels, teams, zones, departments, sub-bureaus, provinces, cities, days, months, yuan, yuan-per-set`,
    ],
  },
  {
    name: 'a discrepancy naming an unknown figure',
    file: 'discrepancies.csv',
    mutate: inRow('zhoukou-cash-unit', ',zhoukou-cash,', ',zhoukou-money,'),
    expected: () => [
      `data/discrepancies.csv:${lineOfRow('discrepancies.csv', 'zhoukou-cash-unit')}:5 (column "figures"): unknown figure "zhoukou-money"; expected an id from figures.csv`,
    ],
  },
  {
    name: 'a coverage-ignore entry with an unknown reason',
    file: I,
    mutate: inRow(null, ',2020年,date,', ',2020年,year,'),
    expected: () => [
      `${ign('2020年以来')}:5 (column "reason"): "year" is not allowed; expected one of: date, case-name, operation-name, place-name, repeat, article, not-a-statistic`,
    ],
  },
  {
    name: 'a coverage-ignore repeat that names no figure',
    file: I,
    mutate: inRow(null, ',repeat,daqing-police', ',repeat,daqing-officers'),
    expected: () => [
      `${ign('近200名')}:6 (column "note"): unknown figure "daqing-officers"; a repeat names the figure it repeats, by its id in figures.csv`,
    ],
  },
  {
    name: 'a coverage-ignore repeat with an empty note',
    file: I,
    mutate: inRow(null, ',repeat,daqing-police', ',repeat,'),
    expected: () => [
      `${ign('近200名')}:6 (column "note"): is empty; a repeat names the figure it repeats, by its id in figures.csv`,
    ],
  },
  {
    name: 'a coverage-ignore entry on a page outside its source, of an unknown source',
    file: I,
    mutate: (t) =>
      inRow(
        null,
        'topic-2020-pp56-60,56,抓获涉案人员',
        'topic-2020-pp56-60,61,抓获涉案人员',
      )(inRow(null, 'topic-2020-pp56-60,56,2020年以来', 'topic-2021,56,2020年以来')(t)),
    expected: () => [
      `${ign('181名')}:2 (column "page"): page 61 is outside source "topic-2020-pp56-60" (pages 56-60)`,
      `${ign('2020年以来')}:1 (column "source"): unknown source "topic-2021"; expected an id from sources.csv`,
    ],
  },
  {
    name: 'a coverage-ignore number that is not in its context, and an entry twice',
    file: I,
    mutate: (t) =>
      inRow(null, '抓获涉案人员181名,181名', '抓获涉案人员181名,18名')(t) + t.split('\n')[1] + '\n',
    expected: () => [
      `${ign('181名')}:4 (column "number"): "18名" is not in the context "抓获涉案人员181名"`,
      `data/coverage-ignore.csv:10:4 (column "number"): the same entry is already on line 2; remove one`,
    ],
  },
  {
    name: 'a coverage-ignore file with a wrong header',
    file: I,
    mutate: (t) => t.replace('context,number', 'phrase,number'),
    expected: () => [
      'data/coverage-ignore.csv:1:3: wrong header (missing "context"; unexpected "phrase"); expected exactly: source,page,context,number,reason,note',
    ],
  },
];

describe('validation of bad input', () => {
  it('has at least 25 fixtures', () => expect(fixtures.length).toBeGreaterThanOrEqual(25));

  it.each(fixtures.map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
    const dir = mkdtempSync(join(work, 'data-'));
    cpSync(DATA, dir, { recursive: true });
    const path = join(dir, fixture.file);
    writeFileSync(path, fixture.mutate(readFileSync(path, 'utf8')));
    const { dataset, issues } = readDataset(dir, 'data');
    expect(dataset).toBeUndefined();
    expect(issues.map(formatIssue).sort()).toEqual(fixture.expected().sort());
  });

  it('lists every problem at once, not only the first', () => {
    const dir = mkdtempSync(join(work, 'data-'));
    cpSync(DATA, dir, { recursive: true });
    const path = join(dir, F);
    let text = readFileSync(path, 'utf8');
    text = inRow('gansu-suspects', ',2289,', ',12o4,')(text);
    text = inRow('gansu-dens', ',dens_destroyed,', ',dens,')(text);
    text = inRow('gansu-cases', ',cumulative,', ',total,')(text);
    writeFileSync(path, text);
    expect(readDataset(dir, 'data').issues).toHaveLength(3);
  });
});
