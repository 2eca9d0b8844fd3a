// What a build writes, by kind of artifact (figure pages, embeds, share pages, chart files, search
// fragments…): files and bytes of each, and the folder with the most entries. `npm run bench` prints
// it for the seed build and each `--scale` build; docs/deploy.md ("What a national build writes")
// quotes it against the hosts' limits.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { textTable } from './report.ts';

export interface ArtifactCount {
  files: number;
  bytes: number;
}

export interface Census {
  artifacts: Map<string, ArtifactCount>;
  files: number;
  bytes: number;
  /** The folder with the most entries (files and folders), relative to the output folder. */
  widest: { dir: string; entries: number };
}

/** The kind of artifact a file of the output is, from its path relative to the output folder ('/'-separated). */
export function artifactOf(path: string): string {
  const p = path.replace(/^en\//, '');
  const embed = /^embed\/(?:[^/]+\/){3}(.+)$/.exec(p);
  if (embed) {
    const file = embed[1]!;
    if (file.endsWith('.png')) return 'chart PNGs';
    return `chart ${file}`;
  }
  if (p.startsWith('embed/')) return 'embed, on request';
  if (p.startsWith('share/')) return /^share\/(?:[^/]+\/){3}/.test(p) ? 'share pages' : 'share, on request';
  if (/^figures\/[^/]+\/index\.html$/.test(p) && !p.startsWith('figures/page/')) return 'figure pages';
  if (p.startsWith('figures/') || p.startsWith('figures-data/')) return 'figure explorer';
  if (p.startsWith('pagefind/fragment/')) return 'search fragments';
  if (p.startsWith('pagefind/')) return 'search index';
  if (/^(places|campaigns|metrics)\/[^/]+\/all-figures\.csv$/.test(p)) return 'page CSVs';
  if (/^(places|campaigns|metrics)\//.test(p) || p === 'index.html') return 'reading pages';
  if (p.startsWith('brief/')) return 'briefing sheets';
  if (p.startsWith('data/')) return 'data release';
  return 'other';
}

/** Counts every file of a build by artifact, and finds the widest folder. */
export function census(outDir: string): Census {
  const artifacts = new Map<string, ArtifactCount>();
  let widest = { dir: '.', entries: 0 };
  let files = 0;
  let bytes = 0;
  const walk = (dir: string, rel: string) => {
    const entries = readdirSync(dir, { withFileTypes: true });
    if (entries.length > widest.entries) widest = { dir: rel || '.', entries: entries.length };
    for (const e of entries) {
      const path = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        walk(join(dir, e.name), path);
        continue;
      }
      const size = statSync(join(dir, e.name)).size;
      const kind = artifactOf(path);
      const count = artifacts.get(kind) ?? { files: 0, bytes: 0 };
      count.files++;
      count.bytes += size;
      artifacts.set(kind, count);
      files++;
      bytes += size;
    }
  };
  walk(outDir, '');
  return { artifacts, files, bytes, widest };
}

/** The census as a table: one row per artifact, most files first, with files per figure when the figure count is known. */
export function censusReport(c: Census, figures?: number): string {
  const rows = [...c.artifacts].sort((a, b) => b[1].files - a[1].files);
  const perFigure = (n: number) => (figures ? (n / figures).toFixed(2) : '-');
  const body = rows.map(([kind, n]) => [
    kind,
    String(n.files),
    perFigure(n.files),
    (n.bytes / 1e6).toFixed(1),
  ]);
  body.push(['all', String(c.files), perFigure(c.files), (c.bytes / 1e6).toFixed(1)]);
  return [
    textTable([['artifact', 'files', 'files per figure', 'MB'], ...body], (i) => i > 0),
    `widest folder: ${c.widest.dir} (${c.widest.entries} entries)`,
  ].join('\n');
}
