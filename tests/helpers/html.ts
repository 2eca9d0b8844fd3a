// The HTML scanner now lives in src/lib/built-site/ (npm run bench uses it too); tests import it from here.
export * from '../../src/lib/built-site/html-scan.ts';
