import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One data release: its version (the release date, YYYY-MM-DD) and its notes in Markdown. */
export interface Release {
  version: string;
  notes: string;
}

const HEADING = /^## (.*)$/;
const VERSION = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The releases in a changelog, newest first. Each starts with a line `## YYYY-MM-DD`; dates must
 * be real and strictly decreasing, so the top entry is the current data version.
 */
export function parseChangelog(text: string, file = 'data/CHANGELOG.md'): Release[] {
  const releases: (Release & { line: number })[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((line, i) => {
    const heading = HEADING.exec(line);
    if (!heading) {
      const last = releases.at(-1);
      if (last) last.notes += `${line}\n`;
      return;
    }
    const version = heading[1]!.trim();
    const where = `${file}:${i + 1}:4`;
    if (!VERSION.test(version) || !isRealDate(version)) {
      throw new Error(
        `${where}: "${version}" is not a release date; expected a heading like "## 2026-11-26"`,
      );
    }
    const previous = releases.at(-1);
    if (previous && previous.version <= version) {
      throw new Error(
        `${where}: release ${version} is listed below ${previous.version}; list releases newest first`,
      );
    }
    releases.push({ version, notes: '', line: i + 1 });
  });
  if (!releases.length) throw new Error(`${file}:1:1: no release found; add a heading like "## 2026-11-26"`);
  return releases.map(({ version, notes }) => ({ version, notes: notes.trim() }));
}

function isRealDate(date: string): boolean {
  const day = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(date);
}

/** The releases in data/CHANGELOG.md under `repoDir` (the working directory by default). */
export function readChangelog(repoDir = process.cwd()): Release[] {
  const file = join(repoDir, 'data', 'CHANGELOG.md');
  return parseChangelog(readFileSync(file, 'utf8'), 'data/CHANGELOG.md');
}

/** The current data version: the date of the newest release in data/CHANGELOG.md. */
export function dataVersion(repoDir = process.cwd()): string {
  return readChangelog(repoDir)[0]!.version;
}
