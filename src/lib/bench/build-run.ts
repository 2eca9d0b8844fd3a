// One measured `npm run build`: wall time, Astro's own rendering time, peak resident memory (of its
// largest process, and of its processes together, polled from /proc on Linux), the output's pages,
// files and bytes.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { walkFiles } from '../built-site/walk.ts';

export interface BuildRun {
  ok: boolean;
  /** The build's last lines when it failed. */
  log: string;
  wallMs: number;
  /** "N page(s) built in X s" as Astro reports it, in ms. */
  renderMs?: number;
  /** Astro's time for each file it wrote ("├─ /path (+3ms)"), in ms, by kind of file (see fileKind). */
  fileMs: Map<string, number[]>;
  /** Peak resident set size of the largest process of the build (Astro's or Pagefind's VmHWM) in bytes; undefined where /proc is not available. */
  peakRss?: number;
  /** Peak of the build's processes together (Astro, then Pagefind), sampled every 100 ms. */
  peakTreeRss?: number;
  pages: number;
  files: number;
  bytes: number;
}

/** Astro's rendering time from its log ("201 page(s) built in 4.96s", "… in 7m 24s", "… in 850ms"), in ms; summed over the parts of a build made in parts. */
export function renderMsOf(log: string): number | undefined {
  const runs = [
    ...log.replace(/\x1b\[[0-9;]*m/g, '').matchAll(/page\(s\) built in (?:(\d+)m\s*)?([\d.]+)(m?s)/g),
  ];
  if (!runs.length) return undefined;
  return runs.reduce(
    (ms, m) => ms + Number(m[1] ?? 0) * 60_000 + Number(m[2]) * (m[3] === 's' ? 1000 : 1),
    0,
  );
}

/** What a written file is, for its render times: a page (any HTML but the offline chart.html), or its extension. */
function fileKind(path: string): string {
  if (path.endsWith('/chart.html')) return 'chart.html';
  if (path.endsWith('.html')) return 'page';
  const name = path.replace(/\/$/, '').split('/').at(-1)!; // data files are logged as /data/figures.csv/
  return name.includes('.') ? name.slice(name.lastIndexOf('.') + 1) : 'other';
}

/** Astro's time per written file from its log lines ("├─ /places/gansu/index.html (+3ms)"), by kind. */
export function fileMsOf(log: string): Map<string, number[]> {
  const times = new Map<string, number[]>();
  for (const m of log.replace(/\x1b\[[0-9;]*m/g, '').matchAll(/─ (\/\S+) \(\+([\d.]+)(m?s)\)/g)) {
    const kind = fileKind(m[1]!);
    const ms = Number(m[2]) * (m[3] === 's' ? 1000 : 1);
    const list = times.get(kind);
    if (list) list.push(ms);
    else times.set(kind, [ms]);
  }
  return times;
}

/** The peak RSS (VmHWM) in a /proc/<pid>/status text, in bytes. */
export function peakRssOf(status: string): number | undefined {
  const m = /^VmHWM:\s+(\d+)\s+kB/m.exec(status);
  return m ? Number(m[1]) * 1024 : undefined;
}

/** A process and its descendants, from /proc/<pid>/task/<tid>/children (Linux). */
function processTree(pid: number): number[] {
  let children: number[] = [];
  try {
    for (const task of readdirSync(`/proc/${pid}/task`))
      children = children.concat(
        readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number),
      );
  } catch {
    return [pid];
  }
  return [pid, ...children.flatMap(processTree)];
}

/** The resident memory of a process now (VmRSS), in bytes, or 0 when it is gone. */
function rssOf(pid: number): number {
  try {
    const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Every file under a folder, recursively. */
export const listFiles = (dir: string): string[] => [...walkFiles(dir)];

/** Runs `npm run build -- --outDir outDir` (scripts/build.ts: astro build, then the search index) in `repoDir` with extra environment, in this Node. */
export function measureBuild(
  repoDir: string,
  outDir: string,
  env: Record<string, string>,
): Promise<BuildRun> {
  const started = performance.now();
  const child = spawn(process.execPath, [join(repoDir, 'scripts', 'build.ts'), '--outDir', outDir], {
    cwd: repoDir,
    env: { ...process.env, ...env, FORCE_COLOR: '0' },
  });
  let log = '';
  child.stdout.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr.on('data', (d: Buffer) => (log += d.toString()));
  let peakRss: number | undefined;
  let peakTreeRss: number | undefined;
  const poll = setInterval(() => {
    try {
      const pids = processTree(child.pid!);
      for (const pid of pids) {
        const rss = peakRssOf(readFileSync(`/proc/${pid}/status`, 'utf8'));
        if (rss !== undefined) peakRss = Math.max(peakRss ?? 0, rss);
      }
      const tree = pids.reduce((sum, pid) => sum + rssOf(pid), 0);
      peakTreeRss = Math.max(peakTreeRss ?? 0, tree);
    } catch {
      // not Linux, or the process has just exited
    }
  }, 100);
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearInterval(poll);
      const wallMs = performance.now() - started;
      const ok = code === 0;
      const files = ok ? listFiles(outDir) : [];
      resolve({
        ok,
        log: ok ? '' : log.split('\n').slice(-30).join('\n'),
        wallMs,
        renderMs: renderMsOf(log),
        fileMs: fileMsOf(log),
        peakRss,
        peakTreeRss,
        pages: files.filter((f) => f.endsWith('.html')).length,
        files: files.length,
        bytes: files.reduce((sum, f) => sum + statSync(f).size, 0),
      });
    });
  });
}
