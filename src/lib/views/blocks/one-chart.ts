/**
 * The one rule of what may share a chart. Every chart the site draws groups its figures here: the
 * chart forms of every page (chooseForms), and so the embeds, images and briefing sheets drawn from
 * them (registry), and the overview's tile maps.
 *
 * - Every figure of a chart is about one topic (its campaign's: the card trade or personal information).
 * - Bars of different places or reporters (a ranked chart, a tile map) also count one metric (one
 *   definition) at one level; their periods may differ, and each bar then says its own.
 * - The bars of one operation (several metrics in one unit) share its campaign, reporter, period and unit.
 * - A whole and its parts (其中) share the whole's topic and level; each part names its whole.
 */
import type { Figure } from '../../data/dataset.ts';
import type { Level, Topic, Unit } from '../../data/schema.ts';
import { periodKey } from '../../i18n/period.ts';
import type { ChartForm } from './choose-forms.ts';

/** What the rule needs to know about a figure beyond its row: its place's level, its metric's unit, its campaign's topic. */
export interface FigureFacts {
  levelOf(f: Figure): Level;
  unitOf(f: Figure): Unit;
  topicOf(f: Figure): Topic;
}

/** Who reports a figure: figures of one metric from different reporters may be ranked side by side. */
export const reporter = (f: Figure) => `${f.place}|${f.agency}`;

/** Equal for figures that may be bars of one comparison (ranked chart or tile map): one topic, metric and level. */
export const comparedKey = (f: Figure, facts: FigureFacts) =>
  [facts.topicOf(f), f.metric, facts.levelOf(f)].join('|');

/** Equal for figures that may be bars of one operation's chart: one topic, campaign, reporter, period and unit. */
export const operationKey = (f: Figure, facts: FigureFacts) =>
  [facts.topicOf(f), f.campaign, reporter(f), periodKey(f), facts.unitOf(f)].join('|');

/** How a chart's figures are grouped: compared across places, one operation's bars, or a whole with its parts. */
export type Sharing = 'compared' | 'operation' | 'part-whole';

/** What breaks the rule in one chart's figures (empty when nothing does); `figures[0]` is the whole of a part-whole. */
export function chartMixes(sharing: Sharing, figures: Figure[], facts: FigureFacts): string[] {
  const differ = (what: string, key: (f: Figure) => string) =>
    new Set(figures.map(key)).size > 1 ? [`${what}: ${[...new Set(figures.map(key))].join(', ')}`] : [];
  const topics = differ('topics', (f) => facts.topicOf(f));
  if (sharing === 'compared')
    return [...topics, ...differ('metrics', (f) => f.metric), ...differ('levels', (f) => facts.levelOf(f))];
  if (sharing === 'operation') return [...topics, ...differ('operations', (f) => operationKey(f, facts))];
  const [whole, ...parts] = figures;
  const strays = parts.filter((p) => p.part_of !== whole?.id).map((p) => p.id);
  return [
    ...topics,
    ...differ('levels', (f) => facts.levelOf(f)),
    ...(strays.length ? [`parts of another whole: ${strays.join(', ')}`] : []),
  ];
}

/** The figures a chart form draws, and how they share it; none for a stat (one figure, no chart). */
function formSharing(form: ChartForm): { sharing: Sharing; figures: Figure[] } | undefined {
  if (form.kind === 'ranked') return { sharing: 'compared', figures: form.bars.map((b) => b.figure) };
  if (form.kind === 'metric-bars') return { sharing: 'operation', figures: form.figures };
  if (form.kind === 'part-whole') return { sharing: 'part-whole', figures: [form.whole, ...form.parts] };
  return undefined;
}

/** Refuses a chart whose figures break the rule, naming them: no page, embed, image or sheet draws it. */
export function assertOneChart(sharing: Sharing, figures: Figure[], facts: FigureFacts): void {
  const mixes = chartMixes(sharing, figures, facts);
  if (mixes.length > 0)
    throw new Error(
      `figures ${figures.map((f) => f.id).join(', ')} cannot share a chart (${mixes.join('; ')})`,
    );
}

/** Refuses a chart form whose figures break the rule (a stat has nothing to mix). */
export function assertOneForm(form: ChartForm, facts: FigureFacts): void {
  const s = formSharing(form);
  if (s) assertOneChart(s.sharing, s.figures, facts);
}
