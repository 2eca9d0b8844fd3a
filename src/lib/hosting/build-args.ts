/** The output folder `astro build` writes to given its options (`--outDir DIR` or `--outDir=DIR`), else dist. */
export function outDirOf(args: readonly string[]): string {
  for (const [i, arg] of args.entries()) {
    if (arg === '--outDir' && args[i + 1]) return args[i + 1]!;
    if (arg.startsWith('--outDir=')) return arg.slice('--outDir='.length);
  }
  return 'dist';
}
