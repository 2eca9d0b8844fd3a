import { expect, test } from 'vitest';
import { outDirOf } from '../../../src/lib/hosting/build-args.ts';

test('the output folder astro build writes to, from its options', () => {
  expect(outDirOf([])).toBe('dist');
  expect(outDirOf(['--outDir', '/tmp/x'])).toBe('/tmp/x');
  expect(outDirOf(['--silent', '--outDir=out'])).toBe('out');
});
