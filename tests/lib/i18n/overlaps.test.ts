import { DatabaseSync } from 'node:sqlite';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createQuery } from '../../../src/lib/data/query.ts';
import { curatedTable } from '../../../src/lib/exports/export.ts';
import { toSqlite } from '../../../src/lib/exports/sqlite.ts';
import { tableSchema } from '../../../src/lib/exports/table-schema.ts';
import {
  derivedDiscrepancies,
  discrepanciesOf,
  discrepancyNote,
  OUTER_IN_FULL,
  siteDiscrepancies,
} from '../../../src/lib/i18n/overlaps.ts';
import { fixtureQuery, loadFixtureDataset } from '../../helpers/fixture-data.ts';

const q = fixtureQuery();
const derived = derivedDiscrepancies(q);
const row = (id: string) => derived.find((d) => d.id === id)!;
const GANSU_YUZHONG = 'may-overlap-gansu-suspects-yuzhong-suspects';

describe('derived may-overlap rows', () => {
  it("give one row per group of a smaller place's figures, citing its page and naming every figure of both sides", () => {
    expect(derived.map((d) => [d.id, d.kind, d.page])).toEqual([
      ['may-overlap-heilongjiang-people-caught-daqing-people-caught', 'may-overlap', 56],
      [GANSU_YUZHONG, 'may-overlap', 58],
      ['may-overlap-gansu-suspects-jingchuan-suspects', 'may-overlap', 60],
    ]);
    expect(row(GANSU_YUZHONG).figures.split(' ')).toEqual([
      'gansu-suspects',
      'gansu-gangs',
      'gansu-phone-cards',
      'yuzhong-suspects',
      'yuzhong-gangs',
      'yuzhong-cards-seized',
    ]);
  });

  it('say it in plain words in both languages, naming each side by place, campaign and figure, never by id', () => {
    const d = row(GANSU_YUZHONG);
    expect(d.text_en).toBe(
      'These figures of Yuzhong County may count the same people or things as figures of Gansu, so do not add them: ' +
        'Yuzhong County lies within Gansu, both count the same kind of thing, and their periods overlap or are not given in full. ' +
        'Yuzhong County, Yuzhong phone-card gang case (4 Nov 2020 to Dec 2020; p. 58): suspects arrested (6 people); a gang selling phone cards (1 gang); phone cards seized (200+ cards). ' +
        'Gansu, “Card-breaking” operation (since the operation began there (start not given), reported 25 Dec 2020; p. 57): suspects arrested (2,289 people); gangs that opened and sold cards (112 gangs); phone cards seized (6,489 cards).',
    );
    expect(d.text_zh).toContain('榆中县的以下数据与甘肃省的数据可能包含同一批人或物，不可相加');
    expect(d.text_zh).toContain(
      '榆中县，榆中县贩卖手机卡团伙案（2020年11月4日至2020年12月；第58页）：抓获犯罪嫌疑人（6人）',
    );
    for (const r of derived)
      for (const id of r.figures.split(' ')) {
        expect(r.text_en).not.toContain(id);
        expect(r.text_zh).not.toContain(id);
      }
  });

  it(`name more than ${OUTER_IN_FULL} groups of the larger place each by campaign, period and page, in one row`, () => {
    const data = loadFixtureDataset();
    const gansu = data.figures.find((f) => f.id === 'gansu-suspects')!;
    // Running totals of Gansu as of four days of December: four groups Yuzhong's case may overlap with.
    const totals = [1, 2, 3, 4].map((day) => ({
      ...gansu,
      id: `gansu-total-${day}`,
      as_of: `2020-12-0${day}`,
      line: 900 + day,
    }));
    const many = createQuery({ ...data, figures: [...data.figures, ...totals] });
    const rows = derivedDiscrepancies(many).filter((d) => d.figures.includes('yuzhong-suspects'));
    expect(rows).toHaveLength(1);
    const [d] = rows;
    expect(d!.figures.split(' ')).toEqual(
      expect.arrayContaining(['gansu-suspects', ...totals.map((f) => f.id), 'yuzhong-suspects']),
    );
    expect(d!.text_en).toContain(
      'Yuzhong County, Yuzhong phone-card gang case (4 Nov 2020 to Dec 2020; p. 58): suspects arrested (6 people)',
    );
    expect(d!.text_en).toContain(
      'Gansu: “Card-breaking” operation (since the operation began there (start not given), reported 25 Dec 2020; p. 57); “Card-breaking” operation (since the operation began there, as of 1 Dec 2020, reported 25 Dec 2020; p. 57);',
    );
    // The province's values are not repeated in each county's row: they are on its figures' pages.
    expect(d!.text_en).not.toContain('2,289');
    expect(d!.text_zh).toContain('甘肃省：“断卡”行动（');
  });

  it("are told on a figure's page from its side: the other side's figures only", () => {
    const d = row(GANSU_YUZHONG);
    const gansu = discrepancyNote(q, d, q.figure('gansu-suspects'), 'en');
    expect(gansu).toBe(
      'These figures of a place within Gansu may count some of the same people or things as this one, so do not add them: ' +
        'Yuzhong County, Yuzhong phone-card gang case (4 Nov 2020 to Dec 2020; p. 58): suspects arrested (6 people); a gang selling phone cards (1 gang); phone cards seized (200+ cards).',
    );
    const yuzhong = discrepancyNote(q, d, q.figure('yuzhong-gangs'), 'zh');
    expect(yuzhong).toMatch(
      /^本地所在的甘肃省的以下数据可能与本数据包含同一批人或物，不可相加：甘肃省，“断卡”行动（.*抓获犯罪嫌疑人（2289人）/,
    );
    expect(yuzhong).not.toContain('榆中县，');
    // A curated row reads as written.
    const curated = q.data.discrepancies[0]!;
    expect(discrepancyNote(q, curated, q.figure(curated.figures.split(' ')[0]!), 'en')).toBe(curated.text_en);
  });

  it('leave a pair to a curated may-overlap row that names it', () => {
    const data = loadFixtureDataset();
    const curated = {
      id: 'hand-written',
      source: 'topic-2020-pp56-60',
      page: 58,
      kind: 'may-overlap' as const,
      figures: 'gansu-suspects yuzhong-suspects',
      text_en: 'x',
      text_zh: 'x',
      line: 99,
    };
    const withRow = createQuery({ ...data, discrepancies: [...data.discrepancies, curated] });
    const gansuYuzhong = derivedDiscrepancies(withRow).find((d) => d.figures.includes('yuzhong-gangs'))!;
    // The other figures of the pair of groups keep their derived row.
    expect(gansuYuzhong.figures.split(' ')).toEqual([
      'gansu-gangs',
      'gansu-phone-cards',
      'yuzhong-gangs',
      'yuzhong-cards-seized',
    ]);
  });

  it("are said on both pages' lists: the province's and the county's", () => {
    expect(discrepanciesOf(q, ['gansu-suspects']).map((d) => d.id)).toContain(GANSU_YUZHONG);
    expect(discrepanciesOf(q, ['yuzhong-suspects']).map((d) => d.id)).toContain(GANSU_YUZHONG);
    expect(discrepanciesOf(q, ['feicheng-suspects']).map((d) => d.kind)).not.toContain('may-overlap');
  });

  it('follow the curated rows in the published discrepancies table (CSV, JSON and SQLite), in its columns', () => {
    expect(siteDiscrepancies(q).slice(0, q.data.discrepancies.length)).toEqual(q.data.discrepancies);
    const table = curatedTable(q, 'discrepancies');
    expect(table.columns).toEqual(['id', 'source', 'page', 'kind', 'figures', 'text_en', 'text_zh']);
    expect(table.rows).toHaveLength(q.data.discrepancies.length + derived.length);
    expect(table.rows.at(-1)).toEqual({
      id: 'may-overlap-gansu-suspects-jingchuan-suspects',
      source: 'topic-2020-pp56-60',
      page: 60,
      kind: 'may-overlap',
      figures: row('may-overlap-gansu-suspects-jingchuan-suspects').figures,
      text_en: row('may-overlap-gansu-suspects-jingchuan-suspects').text_en,
      text_zh: row('may-overlap-gansu-suspects-jingchuan-suspects').text_zh,
    });
    const dir = mkdtempSync(join(tmpdir(), 'overlaps-db-'));
    try {
      const sources = curatedTable(q, 'sources');
      const file = join(dir, 'x.db');
      writeFileSync(
        file,
        toSqlite([
          { name: 'sources', table: sources, schema: tableSchema('sources', sources.columns) },
          { name: 'discrepancies', table, schema: tableSchema('discrepancies', table.columns) },
        ]),
      );
      const db = new DatabaseSync(file);
      const ids = db.prepare("SELECT id FROM discrepancies WHERE kind = 'may-overlap' ORDER BY rowid").all();
      db.close();
      expect(ids.map((r) => r.id)).toEqual(['zhoukou-police-300-350', ...derived.map((d) => d.id)]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
