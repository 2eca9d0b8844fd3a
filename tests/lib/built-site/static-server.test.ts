import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../../../src/lib/built-site/static-server.ts';

/** A raw GET (fetch would decompress and follow redirects, hiding what the server sent). */
function get(url: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>((ok, fail) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', fail)
      .end();
  });
}

describe('startStaticServer', () => {
  const dir = mkdtempSync(join(tmpdir(), 'static-server-'));
  const page = '<!doctype html><title>甘肃</title>'.repeat(20);
  let server: StaticServer;
  beforeAll(async () => {
    mkdirSync(join(dir, 'places', 'gansu'), { recursive: true });
    writeFileSync(join(dir, 'places', 'gansu', 'index.html'), page);
    writeFileSync(join(dir, 'logo.png'), Buffer.from([137, 80, 78, 71]));
    server = await startStaticServer(dir);
  });
  afterAll(() => server.close());

  it('serves index.html for a directory, gzipped when the client accepts it', async () => {
    const plain = await get(`${server.url}/places/gansu/`);
    expect(plain.status).toBe(200);
    expect(plain.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(plain.body.toString()).toBe(page);
    const zipped = await get(`${server.url}/places/gansu/`, { 'accept-encoding': 'gzip, br' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.body.length).toBeLessThan(Buffer.byteLength(page));
    expect(gunzipSync(zipped.body).toString()).toBe(page);
  });

  it('does not compress binary files', async () => {
    const png = await get(`${server.url}/logo.png`, { 'accept-encoding': 'gzip' });
    expect(png.headers['content-type']).toBe('image/png');
    expect(png.headers['content-encoding']).toBeUndefined();
    expect([...png.body]).toEqual([137, 80, 78, 71]);
  });

  it('redirects a directory without its slash, and answers 404 for missing files and paths outside', async () => {
    const redirect = await get(`${server.url}/places/gansu`);
    expect(redirect.status).toBe(301);
    expect(redirect.headers.location).toBe('/places/gansu/');
    expect((await get(`${server.url}/places/nowhere/`)).status).toBe(404);
    expect((await get(`${server.url}/%2e%2e/%2e%2e/etc/passwd`)).status).toBe(404);
  });
});
