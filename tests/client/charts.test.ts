import { brotliCompressSync, constants } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

describe('src/client/charts.ts', () => {
  it('bundles small and without the ECharts runtime', async () => {
    const out = await build({
      entryPoints: ['src/client/charts.ts'],
      bundle: true,
      minify: true,
      format: 'esm',
      write: false,
      logLevel: 'silent',
    });
    const code = out.outputFiles[0]?.contents ?? new Uint8Array();
    const brotli = brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    expect(brotli).toBeLessThan(1500);
    expect(new TextDecoder().decode(code)).not.toContain('zrender');
  });
});
