// `npm run build` splits a large build into parts, one `astro build` process after another into the
// same folder: Astro keeps about 1 kB for every file it writes until it exits (680,000 files at 40,000
// figures), so each part holds only its share. Every route's paths are cut into consecutive slices, so
// a path is rendered by exactly one part, and the charts of one page (which are drawn from the whole
// page) mostly by the same part; the few pages without paths (404, robots.txt) are rendered by every
// part, identically.

/** The part of the build this `astro build` renders: BUILD_PART (0-based) of BUILD_PARTS. */
export interface BuildPart {
  index: number;
  count: number;
}

/** Figures per part of the build; 40,000 figures build in 3 parts, 10,000 in one. */
const FIGURES_PER_BUILD_PART = 15_000;

function wholeNumber(name: string, value: string, min: number): number {
  if (!/^\d+$/.test(value) || Number(value) < min)
    throw new Error(`${name} must be a whole number from ${min}, not "${value}"`);
  return Number(value);
}

/** This process's part: the whole build unless BUILD_PARTS is set (by scripts/build.ts). */
export function currentBuildPart(env: NodeJS.ProcessEnv = process.env): BuildPart {
  if (!env.BUILD_PARTS) return { index: 0, count: 1 };
  const count = wholeNumber('BUILD_PARTS', env.BUILD_PARTS, 1);
  const index = wholeNumber('BUILD_PART', env.BUILD_PART ?? '0', 0);
  if (index >= count) throw new Error(`BUILD_PART must be below BUILD_PARTS (${count}), not ${index}`);
  return { index, count };
}

/** How many parts to build `figures` figures in: BUILD_PARTS when set, else one per FIGURES_PER_BUILD_PART. */
export function buildPartCount(figures: number, env: NodeJS.ProcessEnv = process.env): number {
  if (env.BUILD_PARTS) return wholeNumber('BUILD_PARTS', env.BUILD_PARTS, 1);
  return Math.max(1, Math.ceil(figures / FIGURES_PER_BUILD_PART));
}

/** A route's getStaticPaths entries that this part renders: its slice of them, in order. */
export function inBuildPart<T>(entries: T[], part: BuildPart = currentBuildPart()): T[] {
  if (part.count === 1) return entries;
  const at = (index: number) => Math.round((entries.length * index) / part.count);
  return entries.slice(at(part.index), at(part.index + 1));
}

/** All of a route's entries in the first part, none (and not computed) in the others: for a route whose files share one costly computation (the data release). */
export async function inFirstBuildPart<T>(
  entries: () => T[] | Promise<T[]>,
  part: BuildPart = currentBuildPart(),
): Promise<T[]> {
  return part.index === 0 ? entries() : [];
}
