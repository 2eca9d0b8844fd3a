import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/lib/data/csv.ts';
import { loadDataset, readDataset } from '../../../src/lib/data/load.ts';
import { checkDataset } from '../../../src/lib/data/checks.ts';

// A frozen copy of data/, so that curating a figure never breaks this test.
const DATA = resolve(import.meta.dirname, 'fixtures/data');
const SOURCES = resolve(import.meta.dirname, '../../../../shared/sources');
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
  /** The new file content: text, or bytes for encodings. */
  mutate: (text: string) => string | Uint8Array;
  expected: () => string[];
}

/** The text with `bytes` in place of the first `from` in the row of `id` (a file in another encoding). */
const bytesInRow = (id: string, from: string, bytes: number[]) => (text: string) => {
  const at = text.indexOf(from, text.indexOf(`\n${id},`));
  const enc = new TextEncoder();
  return Buffer.concat([
    enc.encode(text.slice(0, at)),
    Uint8Array.from(bytes),
    enc.encode(text.slice(at + from.length)),
  ]);
};

/** 1-based column (in characters) of `from` in the row of `id`. */
function columnOf(file: string, id: string, from: string): number {
  const row = readFileSync(join(DATA, file), 'utf8').split('\n')[lineOfRow(file, id) - 1]!;
  return row.indexOf(from) + 1;
}

/** Reads a copy of data/ with `file` replaced by `content`. */
function readMutated(file: string, mutate: (text: string) => string | Uint8Array) {
  const dir = mkdtempSync(join(work, 'data-'));
  cpSync(DATA, dir, { recursive: true });
  const path = join(dir, file);
  writeFileSync(path, mutate(readFileSync(path, 'utf8')));
  return readDataset(dir, 'data', { sourcesDir: SOURCES });
}

const F = 'figures.csv';
const P = 'provenance.csv';
/** Line of the provenance row about a campaign's field. */
const provLine = (id: string, field: string) =>
  readFileSync(join(DATA, P), 'utf8')
    .split('\n')
    .findIndex((l) => l.startsWith(`campaigns,${id},${field},`)) + 1;
/** Number of lines (header included) in provenance.csv. */
const provCount = () => readFileSync(join(DATA, P), 'utf8').trimEnd().split('\n').length;
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
    name: 'a value stated in round form marked exact (4.9万)',
    file: F,
    mutate: inRow('sichuan-phone-cards', ',rounded,', ',exact,'),
    expected: () => [
      `${fig('sichuan-phone-cards')}:7 (column "value"): value 49000 (exact) is not what the quote states: "电话卡4.9万张" reads as 4.9万张 = 49000 (rounded)`,
    ],
  },
  {
    name: 'a precision the quote does not state',
    file: F,
    mutate: inRow('sichuan-phone-cards', ',rounded,1000,', ',rounded,100,'),
    expected: () => [
      `${fig('sichuan-phone-cards')}:9 (column "precision"): precision 100 is not how the quote states the value: "4.9万张" is stated to 1000`,
    ],
  },
  {
    name: 'a precision that is not a power of ten',
    file: F,
    mutate: inRow('sichuan-phone-cards', ',rounded,1000,', ',rounded,500,'),
    expected: () => [
      `${fig('sichuan-phone-cards')}:9 (column "precision"): "500" is not a power of ten; expected 1 when the text gives every digit, or e.g. 1000 for 4.9万`,
    ],
  },
  {
    name: 'a since-launch total with a start of its own',
    file: F,
    mutate: inRow('sichuan-gangs', ',cumulative,,', ',since-launch,2020-10-10,'),
    expected: () => [
      `${fig('sichuan-gangs')}:11 (column "period_start"): a since-launch figure runs from its campaign's start (行动开展以来); leave period_start empty, or make it cumulative from period_start`,
      `${fig('sichuan-gangs')}:10 (column "period_type"): period_type since-launch has no provenance; add a row to provenance.csv (figures,sichuan-gangs,period_type,…) with the page and the quote that dates it (以来, 截至, a month), or its basis and reason`,
      `${fig('sichuan-gangs')}:11 (column "period_start"): period_start 2020-10-10 has no provenance; add a row to provenance.csv (figures,sichuan-gangs,period_start,…) with the page and the quote that dates it (以来, 截至, a month), or its basis and reason`,
    ],
  },
  {
    name: 'a reported date before the as-of date it reports',
    file: F,
    mutate: inRow('sichuan-gangs', ',2020-10-30,,', ',2020-10-30,2020-10-01,'),
    expected: () => [
      `${fig('sichuan-gangs')}:14 (column "reported"): reported 2020-10-01 has no provenance; add a row to provenance.csv (figures,sichuan-gangs,reported,…) with the page and the quote that dates it (以来, 截至, a month), or its basis and reason`,
      `${fig('sichuan-gangs')}:14 (column "reported"): reported 2020-10-01 is before as_of 2020-10-30; dates are reversed`,
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
      `${fig('daqing-police')}:8 (column "qualifier"): "about" is not allowed; expected one of: exact, at_least, approximately, rounded`,
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
      `${fig('gansu-dens')}:15 (column "source"): unknown source "topic-2021"; expected an id from sources.csv`,
    ],
  },
  {
    name: 'a page outside the source',
    file: F,
    mutate: inRow('gansu-dens', ',topic-2020-pp56-60,57,', ',topic-2020-pp56-60,61,'),
    expected: () => [
      `${fig('gansu-dens')}:16 (column "page"): page 61 is outside source "topic-2020-pp56-60" (pages 56-60)`,
    ],
  },
  {
    name: 'a duplicate figure id',
    file: F,
    mutate: inRow('daqing-arrest-teams', 'daqing-arrest-teams,', 'daqing-police,'),
    expected: () => [
      `${fig('daqing-arrest-teams')}:1 (column "id"): duplicate id "daqing-police"; it is already used on line ${lineOfRow(F, 'daqing-police')}`,
    ],
  },
  {
    name: 'an id that is not a slug',
    file: F,
    mutate: inRow('daqing-arrest-teams', 'daqing-arrest-teams,', 'Arrest Teams,'),
    expected: () => [
      `${fig('daqing-arrest-teams')}:1 (column "id"): "Arrest Teams" is not a valid id; expected a lowercase ASCII slug such as "gansu" or "suspects_arrested"`,
    ],
  },
  {
    name: 'a date that does not exist',
    file: F,
    mutate: inRow('gansu-dens', ',2020-12-25,', ',2020-02-30,'),
    expected: () => [
      `${fig('gansu-dens')}:14 (column "reported"): "2020-02-30" is not a valid date; expected YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2020-12-25)`,
    ],
  },
  {
    name: 'a date in the wrong format',
    file: F,
    mutate: inRow('gansu-dens', ',2020-12-25,', ',25/12/2020,'),
    expected: () => [
      `${fig('gansu-dens')}:14 (column "reported"): "25/12/2020" is not a valid date; expected YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2020-12-25)`,
    ],
  },
  {
    name: 'reversed dates',
    file: F,
    mutate: inRow('feicheng-suspects', ',2020-03,2020-09,', ',2020-09,2020-03,'),
    expected: () => [
      `${fig('feicheng-suspects')}:12 (column "period_end"): period_end 2020-03 is before period_start 2020-09; dates are reversed`,
    ],
  },
  {
    name: 'an as-of date on an operation',
    file: F,
    mutate: inRow('feicheng-suspects', ',2020-03,2020-09,,', ',2020-03,2020-09,2020-10,'),
    expected: () => [
      `${fig('feicheng-suspects')}:13 (column "as_of"): an operation figure has no as_of; put the end of the operation in period_end`,
      `${fig('feicheng-suspects')}:13 (column "as_of"): as_of 2020-10 has no provenance; add a row to provenance.csv (figures,feicheng-suspects,as_of,…) with the page and the quote that dates it (以来, 截至, a month), or its basis and reason`,
    ],
  },
  {
    name: 'a period type not in the list',
    file: F,
    mutate: inRow('gansu-dens', ',since-launch,', ',total,'),
    expected: () => [
      `${fig('gansu-dens')}:10 (column "period_type"): "total" is not allowed; expected one of: cumulative, since-launch, operation`,
    ],
  },
  {
    name: 'a missing required cell (quote)',
    file: F,
    mutate: inRow('gansu-dens', ',捣毁犯罪窝点113个,', ',,'),
    expected: () => [`${fig('gansu-dens')}:17 (column "quote"): is empty; this cell is required`],
  },
  {
    name: 'a part larger than its whole',
    file: F,
    mutate: inRow('daqing-compulsory-measures', ',129,', ',182,').bind(null),
    expected: () => [
      `${fig('daqing-compulsory-measures')}:18 (column "part_of"): value 182 is larger than the whole it is part of ("daqing-people-caught", 181)`,
      `${fig('daqing-compulsory-measures')}:7 (column "value"): value 182 (exact) is not what the quote states: "依法采取刑事强制措施129人" reads as 129人 = 129 (exact)`,
    ],
  },
  {
    name: 'a stray delimiter (unquoted comma)',
    file: F,
    mutate: inRow('daqing-arrest-teams', ',分8个抓捕组,', ',分8个,抓捕组,'),
    expected: () => [
      `${fig('daqing-arrest-teams')}: row has 23 cells but the header has 22; check for a stray or missing comma, or quote cells that contain commas`,
    ],
  },
  {
    name: 'a detail in one language only',
    file: F,
    mutate: inRow('zhoukou-card-gangs', ',贩卖卡团伙,card-selling gangs,', ',贩卖卡团伙,,'),
    expected: () => [
      `${fig('zhoukou-card-gangs')}:20 (column "detail_en"): detail_zh and detail_en go together; fill both or neither`,
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
      `data/figures.csv:1:11: wrong header (missing "period_start", "period_end"; unexpected "start", "end"); expected exactly: id,place,located_in,agency,campaign,metric,value,qualifier,precision,period_type,period_start,period_end,as_of,reported,source,page,quote,part_of,detail_zh,detail_en,note_en,note_zh`,
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
      `data/metrics.csv:${lineOfRow('metrics.csv', 'cash_seized')}:4 (column "unit"): "RMB" is not allowed; expected one of: people, officers, cases, gangs, groups, dens, companies, sources, chains, tools, cards, sets, accounts, phones, computers, devices, vehicles, records, leads, numbers, documents, channels, teams, zones, departments, sub-bureaus, provinces, cities, cities-counties, days, months, yuan, yuan-per-set`,
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
    name: 'a file saved as GBK',
    file: F,
    mutate: bytesInRow('gansu-dens', '捣毁', [0xb5, 0xb7, 0xbb, 0xd9]),
    expected: () => [
      `${fig('gansu-dens')}:${columnOf(F, 'gansu-dens', '捣毁')}: not UTF-8 (it looks like GBK?): byte 0xB5 is not valid UTF-8 here; convert the file with: iconv -f GBK -t UTF-8 data/figures.csv > data/figures.csv.utf8 && mv data/figures.csv.utf8 data/figures.csv`,
    ],
  },
  {
    name: 'a stray byte that is not UTF-8',
    file: F,
    mutate: bytesInRow('gansu-dens', ',113,', [0x2c, 0x31, 0x31, 0x33, 0xff, 0x2c]),
    expected: () => [
      `${fig('gansu-dens')}:${columnOf(F, 'gansu-dens', ',113,') + 4}: not UTF-8: byte 0xFF is not part of a UTF-8 character; save the file as UTF-8 or delete the stray byte`,
    ],
  },
  {
    name: 'a value above the maximum',
    file: F,
    mutate: inRow('gansu-suspects', ',2289,', ',1000000000001,'),
    expected: () => [
      `${fig('gansu-suspects')}:7 (column "value"): "1000000000001" is larger than the maximum 1000000000000 (10^12); no figure comes near it, so check for a typing error`,
    ],
  },
  {
    name: 'a value above 2^53 (it would be rounded)',
    file: F,
    mutate: inRow('gansu-suspects', ',2289,', ',9007199254740993,'),
    expected: () => [
      `${fig('gansu-suspects')}:7 (column "value"): "9007199254740993" is larger than the maximum 1000000000000 (10^12); no figure comes near it, so check for a typing error`,
    ],
  },
  {
    name: 'a value in exponent form',
    file: F,
    mutate: inRow('gansu-suspects', ',2289,', ',1e+30,'),
    expected: () => [
      `${fig('gansu-suspects')}:7 (column "value"): "1e+30" is in exponent form; write the number out in full digits (e.g. 15000000)`,
    ],
  },
  {
    name: 'a value as Excel shows it in scientific format (4.9E+04)',
    file: F,
    mutate: inRow('sichuan-phone-cards', ',49000,', ',4.9E+04,'),
    expected: () => [
      `${fig('sichuan-phone-cards')}:7 (column "value"): "4.9E+04" is in exponent form; write the number out in full digits (e.g. 15000000)`,
    ],
  },
  {
    name: 'a value with full-width digits',
    file: F,
    mutate: inRow('gansu-suspects', ',2289,', ',２２８９,'),
    expected: () => [
      `${fig('gansu-suspects')}:7 (column "value"): "２２８９" has full-width digits (０-９); type the number with ASCII digits 0-9 (e.g. 2289)`,
    ],
  },
  {
    name: 'a value with decimals from a number format (2289.00)',
    file: F,
    mutate: inRow('gansu-suspects', ',2289,', ',2289.00,'),
    expected: () => [
      `${fig('gansu-suspects')}:7 (column "value"): "2289.00" is not a number; expected a non-negative integer in base units, with no separators, units or qualifiers (e.g. 15000000)`,
    ],
  },
  {
    name: 'a NUL character in a note',
    file: F,
    mutate: inRow('jiangxi-cases', ',Since 10 October', ',\u0000Since 10 October'),
    expected: () => [
      `${fig('jiangxi-cases')}:21 (column "note_en"): contains a control character (U+0000) at character 1; it does not show but is published: remove it`,
    ],
  },
  {
    name: 'a right-to-left override in a name',
    file: 'places.csv',
    mutate: inRow('gansu', ',Gansu,', ',\u202eGansu,'),
    expected: () => [
      `data/places.csv:${lineOfRow('places.csv', 'gansu')}:3 (column "name_en"): contains a text-direction control (U+202E) at character 1; it does not show but is published: remove it`,
    ],
  },
  {
    name: 'a left-to-right mark in a campaign name',
    file: 'campaigns.csv',
    mutate: inRow('case-chen', ',“陈某荣', ',\u200e“陈某荣'),
    expected: () => [
      `data/campaigns.csv:${lineOfRow('campaigns.csv', 'case-chen')}:2 (column "name_zh"): contains a text-direction control (U+200E) at character 1; it does not show but is published: remove it`,
    ],
  },
  {
    name: 'a tab inside a quote',
    file: F,
    mutate: inRow('gansu-dens', ',捣毁犯罪窝点113个,', ',捣毁犯罪窝点\t113个,'),
    expected: () => [
      `${fig('gansu-dens')}:17 (column "quote"): contains a tab (U+0009) at character 7; it does not show but is published: remove it`,
    ],
  },
  {
    name: 'a byte-order mark inside an id',
    file: F,
    mutate: inRow('daqing-arrest-teams', 'daqing-arrest-teams,', 'daqing\ufeff-arrest-teams,'),
    expected: () => [
      `${fig('daqing-arrest-teams')}:1 (column "id"): contains a zero-width character (U+FEFF) at character 7; it does not show but is published: remove it`,
    ],
  },
  {
    name: 'a zero-width space in a reference',
    file: F,
    mutate: inRow('gansu-dens', ',dens_destroyed,', ',dens\u200b_destroyed,'),
    expected: () => [
      `${fig('gansu-dens')}:6 (column "metric"): contains a zero-width character (U+200B) at character 5; it does not show but is published: remove it`,
    ],
  },
  {
    name: 'a lone CR (old Mac line ending) inside a cell',
    file: F,
    mutate: inRow('jiangxi-cases', 'Since 10 October', 'Since 10\rOctober'),
    expected: () => [
      `data/figures.csv:${lineOfRow(F, 'jiangxi-cases')}: line ends with a lone CR (old Mac line ending); save the file with LF line endings`,
      `${fig('jiangxi-cases')}:21 (column "note_en"): contains a control character (U+000D) at character 9; it does not show but is published: remove it`,
    ],
  },
  {
    name: 'a count of people filed under a money metric',
    file: F,
    mutate: inRow('gansu-suspects', ',suspects_arrested,', ',cash_seized,'),
    expected: () => [
      `${fig('gansu-suspects')}:6 (column "metric"): quote counts 2289人 in 人 (people or officers), but metric "cash_seized" is in yuan; file the figure under a metric counted in people or officers`,
    ],
  },
  {
    name: 'a count of cases filed under a cards metric',
    file: F,
    mutate: inRow('gansu-cases', ',cases_solved,', ',bank_cards_seized,'),
    expected: () => [
      `${fig('gansu-cases')}:6 (column "metric"): quote counts 342起 in 起 (cases), but metric "bank_cards_seized" is in cards; file the figure under a metric counted in cases`,
    ],
  },
  {
    name: 'a date in the year 0000',
    file: F,
    mutate: inRow('gansu-dens', ',2020-12-25,', ',0000-12-25,'),
    expected: () => [
      `${fig('gansu-dens')}:14 (column "reported"): "0000-12-25" has the year 0000, outside 1949-2099; check for a typing error`,
    ],
  },
  {
    name: 'a campaign date in the year 9999',
    file: 'campaigns.csv',
    mutate: inRow('case-10-29', ',2020-10-29,', ',9999-10-29,'),
    expected: () => [
      `data/campaigns.csv:${lineOfRow('campaigns.csv', 'case-10-29')}:8 (column "start"): "9999-10-29" has the year 9999, outside 1949-2099; check for a typing error`,
    ],
  },
  {
    name: 'a date after the year the source reports',
    file: F,
    mutate: inRow('gansu-dens', ',2020-12-25,', ',2021-01,'),
    expected: () => [
      `${fig('gansu-dens')}:14 (column "reported"): reported 2021-01 is after 2020, the last year the source reports; a source cannot state what had not happened`,
    ],
  },
  {
    name: 'a date typed with slashes (2020/10/10)',
    file: F,
    mutate: inRow('jiangxi-suspects', ',2020-10-10,', ',2020/10/10,'),
    expected: () => [
      `${fig('jiangxi-suspects')}:11 (column "period_start"): "2020/10/10" is not a valid date; expected YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2020-12-25)`,
    ],
  },
  {
    name: 'a source whose text does not exist',
    file: 'sources.csv',
    mutate: (t) => t.replace(',topic-pp56-60.zh.txt,', ',topic-pp56-60.txt,'),
    expected: () => [
      `data/sources.csv:2:11 (column "file"): source text ${relative(process.cwd(), join(SOURCES, 'topic-pp56-60.txt'))} does not exist; put the text there or correct the file name`,
    ],
  },
  {
    name: 'a quote that is not on its page',
    file: F,
    mutate: inRow('gansu-dens', ',捣毁犯罪窝点113个,', ',捣毁窝点113个,'),
    expected: () => [
      `${fig('gansu-dens')}:17 (column "quote"): quote "捣毁窝点113个" is not on page 57 of "topic-2020-pp56-60"; copy it verbatim`,
    ],
  },
  {
    name: 'a repeated header row (two files pasted together)',
    file: F,
    mutate: (t) => {
      const lines = t.split('\n');
      lines.splice(5, 0, lines[0]!);
      return lines.join('\n');
    },
    expected: () => ['data/figures.csv:6: header repeated (same as line 1); remove this line'],
  },
  {
    name: 'a figures file with only a header',
    file: F,
    mutate: (t) => `${t.split('\n')[0]}\n`,
    expected: () => ['data/figures.csv:1: no figures: the file has only a header; add rows below it'],
  },
  {
    name: 'an empty line in the middle',
    file: F,
    mutate: (t) => {
      const lines = t.split('\n');
      lines.splice(5, 0, '');
      return lines.join('\n');
    },
    expected: () => ['data/figures.csv:6: empty line; remove it'],
  },
  {
    name: 'a row of only commas (cleared cells in a spreadsheet)',
    file: F,
    mutate: (t) => {
      const lines = t.split('\n');
      lines.splice(5, 0, ','.repeat(19));
      return lines.join('\n');
    },
    expected: () => ['data/figures.csv:6: empty row (only commas); remove it'],
  },
  {
    name: 'curly quotes around an id (typed in a word processor)',
    file: F,
    mutate: inRow('daqing-arrest-teams', 'daqing-arrest-teams,', '“daqing-arrest-teams”,'),
    expected: () => [
      `${fig('daqing-arrest-teams')}:1 (column "id"): "“daqing-arrest-teams”" is not a valid id; expected a lowercase ASCII slug such as "gansu" or "suspects_arrested"`,
    ],
  },
  {
    name: 'a full-width space after an id (Chinese input method)',
    file: F,
    mutate: inRow('daqing-arrest-teams', 'daqing-arrest-teams,', 'daqing-arrest-teams\u3000,'),
    expected: () => [
      `${fig('daqing-arrest-teams')}:1 (column "id"): "daqing-arrest-teams\u3000" has leading or trailing spaces; remove them`,
    ],
  },
  {
    name: 'a duplicated column (copied in a spreadsheet over another)',
    file: F,
    mutate: (t) => t.replace(',quote,part_of,', ',quote,quote,'),
    expected: () => [
      'data/figures.csv:1:18: wrong header (missing "part_of"; duplicated "quote"); expected exactly: id,place,located_in,agency,campaign,metric,value,qualifier,precision,period_type,period_start,period_end,as_of,reported,source,page,quote,part_of,detail_zh,detail_en,note_en,note_zh',
    ],
  },
  {
    name: 'a deleted column',
    file: F,
    mutate: (t) =>
      t
        .split('\n')
        .map((l) => l.replace(/^([^,]*,[^,]*),[^,]*/, '$1'))
        .join('\n'),
    expected: () => [
      'data/figures.csv:1:3: wrong header (missing "located_in"); expected exactly: id,place,located_in,agency,campaign,metric,value,qualifier,precision,period_type,period_start,period_end,as_of,reported,source,page,quote,part_of,detail_zh,detail_en,note_en,note_zh',
    ],
  },
  {
    name: 'a campaign date without provenance',
    file: 'provenance.csv',
    mutate: (t) => t.replace(/\ncampaigns,case-10-29,start,[^\n]*/, ''),
    expected: () => [
      `data/campaigns.csv:${lineOfRow('campaigns.csv', 'case-10-29')}:8 (column "start"): start 2020-10-29 has no provenance; add a row to provenance.csv (campaigns,case-10-29,start,…) with its page and quote, or its basis and reason`,
    ],
  },
  {
    name: 'a provenance quote that is not on its page',
    file: 'provenance.csv',
    mutate: (t) => t.replace('2020年10月29日,该局经过线索摸排', '2020年10月29日,该局立案'),
    expected: () => [
      `data/provenance.csv:${provLine('case-10-29', 'start')}:7 (column "quote"): quote "2020年10月29日,该局立案" is not on page 60 of "topic-2020-pp56-60"; copy it verbatim`,
    ],
  },
  {
    name: 'an inferred basis without a reason',
    file: 'provenance.csv',
    mutate: (t) => t.replace('campaigns,case-10-29,start,source,', 'campaigns,case-10-29,start,inferred,'),
    expected: () => [
      `data/provenance.csv:${provLine('case-10-29', 'start')}:8 (column "reason_en"): an "inferred" basis needs the reason, in reason_en and reason_zh`,
    ],
  },
  {
    name: 'provenance for an unknown campaign',
    file: 'provenance.csv',
    mutate: (t) => t.replace('campaigns,case-10-29,start,', 'campaigns,case-10-30,start,'),
    expected: () => [
      `data/provenance.csv:${provLine('case-10-29', 'start')}:2 (column "id"): unknown campaign "case-10-30"; expected an id from campaigns.csv`,
      `data/campaigns.csv:${lineOfRow('campaigns.csv', 'case-10-29')}:8 (column "start"): start 2020-10-29 has no provenance; add a row to provenance.csv (campaigns,case-10-29,start,…) with its page and quote, or its basis and reason`,
    ],
  },
  {
    name: 'provenance for a column that does not exist',
    file: 'provenance.csv',
    mutate: (t) => t.replace('campaigns,case-10-29,start,', 'campaigns,case-10-29,began,'),
    expected: () => [
      `data/provenance.csv:${provLine('case-10-29', 'start')}:3 (column "field"): campaigns.csv has no column "began"; expected one of: id, name_zh, name_en, kind, topic, parent, place, start, end, page, note_en, note_zh`,
      `data/campaigns.csv:${lineOfRow('campaigns.csv', 'case-10-29')}:8 (column "start"): start 2020-10-29 has no provenance; add a row to provenance.csv (campaigns,case-10-29,start,…) with its page and quote, or its basis and reason`,
    ],
  },
  {
    name: 'provenance for an empty cell, and a fact given two',
    file: 'provenance.csv',
    mutate: (t) =>
      `${t}campaigns,case-10-29,end,inferred,,,,A guess.,猜测。\ncampaigns,case-10-29,parent,inferred,,,,A guess.,猜测。\n`,
    expected: () => [
      `data/provenance.csv:${provCount() + 1}:3 (column "field"): campaigns "case-10-29" has no end; there is nothing to give a basis for`,
      `data/provenance.csv:${provCount() + 2}:3 (column "field"): campaigns "case-10-29" parent already has provenance on line ${provLine('case-10-29', 'parent')}; keep exactly one`,
    ],
  },
  {
    name: 'a figure counted from names that loses its provenance',
    file: 'provenance.csv',
    mutate: (t) => t.replace(/\nfigures,yixing-arrests,value,[^\n]*/, ''),
    expected: () => [
      `${fig('yixing-arrests')}:7 (column "value"): value 2 (exact) is not what the quote states: "将外号“黑熊”的张某瑞抓获" reads as no number`,
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
    const { dataset, issues } = readMutated(fixture.file, fixture.mutate);
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
    text = inRow('gansu-cases', ',since-launch,', ',total,')(text);
    writeFileSync(path, text);
    expect(readDataset(dir, 'data', { sourcesDir: SOURCES }).issues).toHaveLength(3);
  });
});

describe("what curators' tools produce harmlessly", () => {
  it("reads Excel's CSV UTF-8 (a byte-order mark and CRLF line endings) as the plain file", () => {
    const { dataset, issues } = readMutated(F, (t) => `\ufeff${t.replaceAll('\n', '\r\n')}`);
    expect(issues.map(formatIssue)).toEqual([]);
    expect(dataset!.figures.find((f) => f.id === 'gansu-dens')).toMatchObject({ value: 113, note_zh: '' });
  });

  it('keeps a line break inside a quoted cell', () => {
    const { dataset, issues } = readMutated(
      F,
      inRow(
        'jiangxi-cases',
        ',Since 10 October 2020; the source gives no as-of date.,',
        ',"Since 10 October 2020;\nthe source gives no as-of date.",',
      ),
    );
    expect(issues.map(formatIssue)).toEqual([]);
    expect(dataset!.figures.find((f) => f.id === 'jiangxi-cases')!.note_en).toBe(
      'Since 10 October 2020;\nthe source gives no as-of date.',
    );
  });
});

describe('value against quote', () => {
  it('compares exact digits, never doubles (4.99999999999999999万 is not 50000)', () => {
    const data = loadDataset(DATA, 'data', { sourcesDir: SOURCES });
    const figure = data.figures.find((f) => f.id === 'gansu-dens')!;
    figure.quote = '捣毁犯罪窝点4.99999999999999999万个';
    figure.value = 50000;
    expect(Number('49999.9999999999999')).toBe(50000);
    expect(checkDataset(data, 'data').map(formatIssue)).toEqual([
      `${fig('gansu-dens')}:7 (column "value"): value 50000 (exact) is not what the quote states: "捣毁犯罪窝点4.99999999999999999万个" reads as 4.99999999999999999万个 = 49999.9999999999999 (exact)`,
    ]);
  });
});

describe('size warnings', () => {
  it('warns, without refusing, when one place has more figures than a page can list', () => {
    const { dataset, issues, warnings } = readMutated(F, (t) => {
      const row = t.split('\n')[lineOfRow(F, 'gansu-dens') - 1]!;
      // Undated copies, so that they need no provenance rows of their own.
      const undated = row.replace(/,20\d\d-\d\d-\d\d,/, ',,').replace(',since-launch,', ',cumulative,');
      // Each with its own detail, so that none is the same figure entered twice.
      const copies = Array.from({ length: 60 }, (_, i) =>
        undated.replace('gansu-dens,', `gansu-dens-${i},`).replace(/,,,,,$/, `,,第${i}处,den ${i},,`),
      );
      return `${t}${copies.join('\n')}\n`;
    });
    expect(issues).toEqual([]);
    expect(dataset).toBeDefined();
    expect(warnings.map(formatIssue)).toEqual([
      `data/figures.csv:${lineOfRow(F, 'gansu-suspects')}: place "gansu" has 66 figures, more than the 60 a reader can scan on one page; consider splitting it by campaign`,
    ]);
  });
});
