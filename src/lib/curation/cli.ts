// What the curation tools share on the command line: one source text argument, options, and
// one-line errors that exit 2.
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';

/** Prints `<tool>: message` to stderr and exits 2 (wrong arguments or data). */
export function exitWith(tool: string, message: string): never {
  console.error(`${tool}: ${message}`);
  process.exit(2);
}

/**
 * Reads `<source text> [--option value…]`; `options` maps each option to what its value is
 * (`{ out: 'file.csv' }`). Exits 2 with one line when the arguments are wrong.
 */
export function readToolArgs<O extends string>(
  tool: string,
  options: Record<O, string>,
  argv = process.argv.slice(2),
): { text: string; values: Partial<Record<O, string>> } {
  const usage = `usage: npm run ${tool} -- <source text>${Object.entries(options)
    .map(([o, what]) => ` [--${o} <${what}>]`)
    .join('')}`;
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: Object.fromEntries(Object.keys(options).map((o) => [o, { type: 'string' as const }])),
    });
  } catch (error) {
    return exitWith(tool, (error as Error).message);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1)
    exitWith(tool, `expected one source text file, got ${positionals.length}; ${usage}`);
  if (!existsSync(positionals[0]!)) exitWith(tool, `source text "${positionals[0]}" does not exist`);
  return { text: positionals[0]!, values: values as Partial<Record<O, string>> };
}

/** How a folder is named in messages: relative to the working directory when inside it. */
export function pathLabel(dir: string): string {
  const rel = relative(process.cwd(), dir);
  return rel.startsWith('..') ? dir : rel || '.';
}
