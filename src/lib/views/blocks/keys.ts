/**
 * How a chart is named in its addresses (src/lib/urls.ts builds them): by its key,
 * `<kind>/<entity>/<chart>`: the page it is drawn on and its id there. A stat is the same figure
 * wherever it is shown, so it has one key per figure, `figures/<figure id>/stat`.
 */

/** The pages charts are drawn on. */
export type ChartPageKind = 'places' | 'campaigns' | 'metrics' | 'overview';
/** What a chart key starts with: a page kind, or `figures` for a stat. */
export type ChartKind = ChartPageKind | 'figures';

export const chartKey = (kind: ChartKind, entity: string, chartId: string) => `${kind}/${entity}/${chartId}`;
export const statKey = (figureId: string) => chartKey('figures', figureId, 'stat');

/** A key's parts, as the embed and share routes take them. */
export function keyParts(key: string): { kind: ChartKind; entity: string; chart: string } {
  const [kind, entity, chart] = key.split('/') as [ChartKind, string, string];
  return { kind, entity, chart };
}
