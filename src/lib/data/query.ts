import type { Dataset, Figure, Row } from './dataset.ts';
import { overlapPairs, type OverlapPair } from './overlaps.ts';
import {
  LEVEL_RANK,
  type Campaign,
  type Level,
  type Metric,
  type Place,
  type Provenance,
  type Topic,
  type Unit,
} from './schema.ts';

/** Figures that may be set side by side: same metric, place level, kind of period and dates. */
export interface Series {
  key: string;
  metric: Row<Metric>;
  level: Level;
  period_type: Figure['period_type'];
  period_start: string;
  period_end: string;
  as_of: string;
  reported: string;
  figures: Figure[];
}

/** Typed look-ups over a validated dataset; never sums figures across places or levels. */
export function createQuery(data: Dataset) {
  const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));
  const places = byId(data.places);
  const campaigns = byId(data.campaigns);
  const metrics = byId(data.metrics);
  const agencies = byId(data.agencies);
  const sources = byId(data.sources);
  // Built once, so that each page's look-ups cost the size of their answer, not of the whole data set.
  const groupBy = <T>(rows: T[], key: (row: T) => string) => {
    const groups = new Map<string, T[]>();
    for (const row of rows) {
      const list = groups.get(key(row));
      if (list) list.push(row);
      else groups.set(key(row), [row]);
    }
    return groups;
  };
  const figuresByPlace = groupBy(data.figures, (f) => f.place);
  const figuresByCampaign = groupBy(data.figures, (f) => f.campaign);
  const figuresByMetric = groupBy(data.figures, (f) => f.metric);
  const placesByParent = groupBy(data.places, (p) => p.parent);
  const campaignsByParent = groupBy(data.campaigns, (c) => c.parent);
  const get = <T>(map: Map<string, T>, id: string, what: string): T => {
    const row = map.get(id);
    if (!row) throw new Error(`unknown ${what} "${id}"`);
    return row;
  };

  const place = (id: string) => get(places, id, 'place');
  const campaign = (id: string) => get(campaigns, id, 'campaign');
  const metric = (id: string) => get(metrics, id, 'metric');
  const agency = (id: string) => get(agencies, id, 'agency');
  const source = (id: string) => get(sources, id, 'source');
  const levelOf = (f: Figure): Level => place(f.place).level;
  const unitOf = (f: Figure): Unit => metric(f.metric).unit;
  /** What a figure is about: its campaign's topic (the card trade, or personal information). */
  const topicOf = (f: Figure): Topic => campaign(f.campaign).topic;

  /** The place's ancestors, nearest first. */
  const ancestors = (id: string): Row<Place>[] => {
    const out: Row<Place>[] = [];
    for (let p = place(id).parent; p; p = place(p).parent) out.push(place(p));
    return out;
  };
  const children = (id: string) => [...(placesByParent.get(id) ?? [])];
  const descendants = (id: string): Row<Place>[] => children(id).flatMap((c) => [c, ...descendants(c.id)]);
  /** The province a place lies in (itself for a province). */
  const provinceOf = (id: string): Row<Place> =>
    [place(id), ...ancestors(id)].find((p) => p.level === 'province')!;

  /** Figures reported for this place itself, at its own level. */
  const figuresOfPlace = (id: string) => [...(figuresByPlace.get(id) ?? [])];
  /** Places with at least one figure. */
  const placesWithData = () => data.places.filter((p) => figuresByPlace.has(p.id));

  /** A province's page: its own figures, then each place below it with figures, grouped by level. */
  const provinceSections = (id: string) => {
    const below = descendants(id).filter((p) => figuresOfPlace(p.id).length);
    return {
      own: figuresOfPlace(id),
      prefectures: below
        .filter((p) => p.level === 'prefecture')
        .map((p) => ({ place: p, figures: figuresOfPlace(p.id) })),
      counties: below
        .filter((p) => p.level === 'county')
        .map((p) => ({ place: p, figures: figuresOfPlace(p.id) })),
    };
  };

  const campaignChildren = (id: string) => [...(campaignsByParent.get(id) ?? [])];
  const campaignDescendants = (id: string): Row<Campaign>[] =>
    campaignChildren(id).flatMap((c) => [c, ...campaignDescendants(c.id)]);
  const campaignAncestors = (id: string): Row<Campaign>[] => {
    const out: Row<Campaign>[] = [];
    for (let c = campaign(id).parent; c; c = campaign(c).parent) out.push(campaign(c));
    return out;
  };
  /** Figures of a campaign, operation or case; with `nested`, also those of its operations and cases. */
  const figuresOfCampaign = (id: string, { nested = false } = {}) => {
    const ids = [id, ...(nested ? campaignDescendants(id).map((c) => c.id) : [])];
    const figures = ids.flatMap((c) => figuresByCampaign.get(c) ?? []);
    // In file order, as the pages list them.
    return ids.length > 1 ? figures.sort((a, b) => a.line - b.line) : figures;
  };
  /** Campaigns, operations and cases with figures in this place. */
  const campaignsOfPlace = (id: string) => {
    const ids = new Set(figuresOfPlace(id).map((f) => f.campaign));
    return data.campaigns.filter((c) => ids.has(c.id) || c.place === id);
  };
  /** Places with figures under a campaign (with its operations and cases). */
  const placesOfCampaign = (id: string) => {
    const ids = new Set(figuresOfCampaign(id, { nested: true }).map((f) => f.place));
    return data.places.filter((p) => ids.has(p.id));
  };

  /** Splits a metric's figures into comparable series; parts of a larger figure (part_of) form their own series. */
  const comparableSeries = (metricId: string): Series[] => {
    const m = metric(metricId);
    const groups = new Map<string, Series>();
    for (const f of figuresByMetric.get(metricId) ?? []) {
      const level = levelOf(f);
      const key = [
        level,
        f.period_type,
        f.period_start,
        f.period_end,
        f.as_of,
        f.reported,
        f.part_of ? `part:${f.part_of}` : '',
      ].join('|');
      const series = groups.get(key) ?? {
        key,
        metric: m,
        level,
        period_type: f.period_type,
        period_start: f.period_start,
        period_end: f.period_end,
        as_of: f.as_of,
        reported: f.reported,
        figures: [],
      };
      series.figures.push(f);
      groups.set(key, series);
    }
    return [...groups.values()].sort(
      (a, b) =>
        LEVEL_RANK[a.level] - LEVEL_RANK[b.level] ||
        b.figures.length - a.figures.length ||
        a.key.localeCompare(b.key),
    );
  };

  /** Groups figures by unit, so a chart never puts people and yuan on one axis. */
  const byUnit = (figures: Figure[]) => {
    const groups = new Map<Unit, Figure[]>();
    for (const f of figures) {
      const list = groups.get(unitOf(f));
      if (list) list.push(f);
      else groups.set(unitOf(f), [f]);
    }
    return groups;
  };

  // Indexed: at national scale every figure page asks for its dates' provenance.
  const provenance = new Map(data.provenance.map((p) => [`${p.table}|${p.id}|${p.field}`, p]));
  /** Where a fact comes from: its row of provenance.csv (table, row id, column), if it has one. */
  const provenanceOf = (table: Provenance['table'], id: string, field: string): Row<Provenance> | undefined =>
    provenance.get(`${table}|${id}|${field}`);

  const figuresById = byId(data.figures);
  const figure = (id: string): Figure => get(figuresById, id, 'figure');

  /** A metric's figures, in file order (an index: pages ask for them per place). */
  const figuresOfMetric = (metricId: string): Figure[] => figuresByMetric.get(metricId) ?? [];

  /** Metrics with at least one figure, in file order. */
  const metricsWithData = () => data.metrics.filter((m) => figuresByMetric.has(m.id));

  let pairs: OverlapPair[] | undefined;
  /** Every pair of figures that may count the same people: a place's and one of a place within it, of one metric family, over periods that may meet (overlaps.ts); worked out once. */
  const mayOverlap = (): OverlapPair[] =>
    (pairs ??= overlapPairs(data.figures, {
      parentOf: (id) => place(id).parent,
      familyOf: (id) => metric(id).family || id,
      campaignStart: (id) => campaign(id).start,
    }));

  return {
    data,
    place,
    campaign,
    metric,
    agency,
    source,
    figure,
    levelOf,
    unitOf,
    topicOf,
    ancestors,
    children,
    descendants,
    provinceOf,
    figuresOfPlace,
    placesWithData,
    provinceSections,
    campaignChildren,
    campaignDescendants,
    campaignAncestors,
    figuresOfCampaign,
    campaignsOfPlace,
    placesOfCampaign,
    comparableSeries,
    byUnit,
    metricsWithData,
    figuresOfMetric,
    mayOverlap,
    provenanceOf,
  };
}

export type Query = ReturnType<typeof createQuery>;
