// Faults that only show across rows: each planted in the frozen fixture data and refused at the row
// to fix, with file, line and column.
import { describe, expect, it } from 'vitest';
import { checkDataset } from '../../../src/lib/data/checks.ts';
import { formatIssue } from '../../../src/lib/data/csv.ts';
import type { Dataset } from '../../../src/lib/data/dataset.ts';
import { loadFixtureDataset } from '../../helpers/fixture-data.ts';

const fresh = () => loadFixtureDataset();
const figure = (data: Dataset, id: string) => data.figures.find((f) => f.id === id)!;
const campaign = (data: Dataset, id: string) => data.campaigns.find((c) => c.id === id)!;
const problems = (data: Dataset) => checkDataset(data, 'data').map(formatIssue);
const at = (data: Dataset, file: string, id: string) => {
  const table = file.replace('.csv', '') as 'figures' | 'campaigns' | 'places' | 'agencies' | 'metrics';
  return `data/${file}:${(data[table] as { id: string; line: number }[]).find((r) => r.id === id)!.line}`;
};

describe('cross-row faults', () => {
  it('the fixture data has none', () => {
    expect(problems(fresh())).toEqual([]);
  });

  it('a part whose whole counts another kind of thing (people inside yuan)', () => {
    const data = fresh();
    figure(data, 'daqing-compulsory-measures').part_of = 'daqing-money-involved';
    expect(problems(data)).toContainEqual(
      `${at(data, 'figures.csv', 'daqing-compulsory-measures')}:18 (column "part_of"): counts people, but the whole it is part of ("daqing-money-involved") counts yuan: a part counts the same kind of thing as its whole (people, money, time or things)`,
    );
  });

  it('a part reported in another place, campaign or source than its whole', () => {
    const data = fresh();
    figure(data, 'zhoukou-detained').part_of = 'gansu-suspects';
    const found = problems(data);
    const line = at(data, 'figures.csv', 'zhoukou-detained');
    expect(found).toContainEqual(
      `${line}:2 (column "place"): is "zhoukou", but the whole it is part of ("gansu-suspects") has place "gansu"; a part is reported with its whole`,
    );
    expect(found).toContainEqual(
      `${line}:5 (column "campaign"): is "leiting-11", but the whole it is part of ("gansu-suspects") has campaign "duanka"; a part is reported with its whole`,
    );
  });

  it('a part dated outside its whole', () => {
    const data = fresh();
    figure(data, 'jieyang-shenzhen-arrests').period_start = '2020-06-30';
    expect(problems(data)).toContainEqual(
      `${at(data, 'figures.csv', 'jieyang-shenzhen-arrests')}:11 (column "period_start"): 2020-06-30 is before the start of the whole it is part of ("jieyang-suspects-2020", 2020-07-02); a part lies within its whole's period`,
    );
  });

  it('a part_of loop', () => {
    const data = fresh();
    figure(data, 'daqing-people-caught').part_of = 'daqing-compulsory-measures';
    expect(problems(data)).toContainEqual(
      `${at(data, 'figures.csv', 'daqing-compulsory-measures')}:18 (column "part_of"): part_of loops back to "daqing-compulsory-measures" through "daqing-people-caught"; a whole cannot be part of its part`,
    );
  });

  it('the same figure entered twice under another id, unless a discrepancy row links the two', () => {
    const data = fresh();
    const copy = { ...figure(data, 'gansu-cases'), id: 'gansu-cases-again', line: 999, value: 343 };
    data.figures.push(copy);
    expect(problems(data)).toContainEqual(
      `data/figures.csv:999:1 (column "id"): is the same figure as "gansu-cases" (line ${figure(data, 'gansu-cases').line}): same place, metric, detail, campaign and period; delete one, give each its detail, or list both in a discrepancies.csv row that says why both stand`,
    );
    data.discrepancies[0]!.figures += ' gansu-cases gansu-cases-again';
    data.discrepancies[0]!.source = copy.source;
    expect(problems(data).filter((p) => p.includes('same figure'))).toEqual([]);
  });

  it("a figure outside its campaign's place or after its end", () => {
    const data = fresh();
    figure(data, 'yuzhong-suspects').place = 'jingchuan';
    figure(data, 'yuzhong-suspects').agency = figure(data, 'jingchuan-suspects').agency;
    figure(data, 'yuzhong-gangs').period_end = '2021-01';
    campaign(data, 'yuzhong-card-gang').end = '2020-12';
    const found = problems(data);
    expect(found).toContainEqual(
      `${at(data, 'figures.csv', 'yuzhong-suspects')}:2 (column "place"): "jingchuan" is not "yuzhong" or a place within it, where its campaign "yuzhong-card-gang" was run; check the place or the campaign`,
    );
    expect(found).toContainEqual(
      `${at(data, 'figures.csv', 'yuzhong-gangs')}:12 (column "period_end"): 2021-01 is after its campaign "yuzhong-card-gang" ended (2020-12); check the date or the campaign`,
    );
  });

  it("an operation before its parent began, outside its parent's place, or of another topic", () => {
    const data = fresh();
    const child = campaign(data, 'case-10-29');
    child.start = '2019-05';
    child.topic = 'personal-information';
    child.place = 'yixing';
    campaign(data, 'clear-in-10-days').start = '2020-10';
    const found = problems(data);
    const line = at(data, 'campaigns.csv', 'case-10-29');
    expect(found).toContainEqual(
      `${line}:5 (column "topic"): is "personal-information", but its parent "clear-in-10-days" is "two-cards"; an operation has its parent's topic`,
    );
    expect(found).toContainEqual(
      `${line}:7 (column "place"): "yixing" is not "gansu" or a place within it, where its parent "clear-in-10-days" was run`,
    );
    expect(found).toContainEqual(
      `${line}:8 (column "start"): 2019-05 is before its parent "clear-in-10-days" began (2020-10)`,
    );
  });

  it('a GB/T 2260 code or a name used twice', () => {
    const data = fresh();
    const places = data.places;
    places.find((p) => p.id === 'yuzhong')!.gbt2260 = places.find((p) => p.id === 'jingchuan')!.gbt2260;
    data.metrics[1]!.name_en = data.metrics[0]!.name_en;
    const found = problems(data);
    // Reported at the later of the two rows.
    const later = [at(data, 'places.csv', 'yuzhong'), at(data, 'places.csv', 'jingchuan')].sort().at(-1);
    expect(found.some((p) => p.startsWith(`${later}:7 (column "gbt2260")`))).toBe(true);
    expect(
      found.some((p) => p.startsWith(`data/metrics.csv:${data.metrics[1]!.line}:3 (column "name_en")`)),
    ).toBe(true);
  });

  it('a discrepancy that lists a figure of another source', () => {
    const data = fresh();
    const d = data.discrepancies[0]!;
    d.source = 'elsewhere';
    data.sources.push({ ...data.sources[0]!, id: 'elsewhere', line: 3 });
    const first = d.figures.split(' ')[0];
    expect(problems(data)).toContainEqual(
      `data/discrepancies.csv:${d.line}:5 (column "figures"): lists "${first}", a figure of source "topic-2020-pp56-60", but this row is about source "elsewhere"; list only figures of its source`,
    );
  });
});
