/**
 * Browser code bundled by esbuild once `astro build` has exited (the search's, the pages made on
 * request): pages load it with a plain import(), without Vite's preload helper at load. The site's
 * sub-path (`base`) is fixed in, as Vite would (urls.ts reads import.meta.env.BASE_URL).
 */
import { build } from 'esbuild';

export async function bundleBrowserCode(
  entryPoints: string[] | Record<string, string>,
  outdir: string,
  base: string,
): Promise<void> {
  await build({
    entryPoints,
    outdir,
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    define: { 'import.meta.env.BASE_URL': JSON.stringify(base) },
    logLevel: 'warning',
  });
}
