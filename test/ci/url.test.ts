/**
 * `assess check https://…` on the built binary, against a local HTTP server on 127.0.0.1 that the test starts and
 * stops (nothing leaves the machine): a published page is read like the saved one; redirects are followed up to
 * the limit and only to http(s); a wrong content type, an error status, a body over --max-size and a server that
 * never answers are each one line and exit 2.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = process.env['ASSESS_SCENARIO_BIN'] ?? join(root, 'bin', 'assess.js');
const page = readFileSync(join(root, 'fixtures/html/council-2024-table-cms.html'));
const pdf = readFileSync(join(root, 'fixtures/pdf/council-2024-table.pdf'));

let server: Server;
let base: string;
const agents: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    agents.push(req.headers['user-agent'] ?? '');
    const url = req.url ?? '/';
    if (url === '/form') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    else if (url === '/form.pdf') res.writeHead(200, { 'content-type': 'application/pdf' }).end(pdf);
    else if (url === '/parts/broken.pdf')
      res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7\n%%EOF');
    else if (url === '/moved') res.writeHead(301, { location: '/form' }).end();
    else if (url.startsWith('/hop')) res.writeHead(302, { location: `/hop${url.length}` }).end();
    else if (url === '/ftp') res.writeHead(302, { location: 'ftp://127.0.0.1/form' }).end();
    else if (url === '/image') res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.alloc(10));
    else if (url === '/big') res.writeHead(200, { 'content-type': 'text/html' }).end(Buffer.alloc(3 * 2 ** 20, 0x20));
    else if (url === '/slow') res.writeHead(200, { 'content-type': 'text/html' }).write('<html>');
    else res.writeHead(404).end('not here');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

/** The built binary, asynchronously: the server answers in this process meanwhile. */
const assess = (...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });

describe('check a URL', () => {
  it('reads a published page as its saved copy, under the URL, with the User-Agent given', async () => {
    const r = await assess('check', `${base}/form`, '--format', 'json', '--user-agent', 'audit-bot/1');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const f = (JSON.parse(r.stdout) as { files: { file: string; format: string; code: string; counts: object }[] })
      .files[0]!;
    expect(f).toMatchObject({ file: `${base}/form`, format: 'html', code: '2024' });
    expect(f.counts).toMatchObject({ found: 72, answered: 72, error: 5, warning: 4, info: 33 });
    expect(agents).toContain('audit-bot/1');
  });

  it('follows a redirect to the page, and reads a PDF by its content type', async () => {
    const moved = await assess('check', `${base}/moved`, '--format', 'csv');
    expect(moved.stdout).toMatch(/\nhttp:\/\/127\.0\.0\.1:\d+\/moved,Example Council,2024,72,72,72,/);
    const pdfRun = await assess('check', `${base}/form.pdf`, '--format', 'csv');
    expect(pdfRun.stdout).toMatch(/\/form\.pdf,Example Council,2024,72,72,72,/);
  });

  it('names a joined part fetched from a URL by its last segment, not by the file it was fetched into', async () => {
    const r = await assess('check', '--join', `${base}/form.pdf`, `${base}/parts/broken.pdf`, '--format', 'json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const f = (JSON.parse(r.stdout) as { files: { file: string; findings: { message: string }[] }[] }).files[0]!;
    expect(f.file).toBe(`${base}/form.pdf`);
    expect(f.findings[0]?.message).toMatch(/^part 2 \(broken\.pdf\): /);
  });

  it.each([
    ['/hop', /^assess: http:\/\/127\.0\.0\.1:\d+\/hop: more than 5 redirects\n$/],
    ['/ftp', /^assess: http:\/\/127\.0\.0\.1:\d+\/ftp: redirects to ftp: \(only http and https are followed\)\n$/],
    ['/image', /^assess: http:\/\/127\.0\.0\.1:\d+\/image: served as image\/png, not a form/],
    ['/missing', /^assess: http:\/\/127\.0\.0\.1:\d+\/missing: the server answered 404 Not Found\n$/],
  ])('%s: one line, exit 2', async (path, line) => {
    const r = await assess('check', `${base}${path}`);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(line);
  });

  it('a body over --max-size, and a server that never finishes (--timeout), are one line and exit 2', async () => {
    const big = await assess('check', `${base}/big`, '--max-size', '1');
    expect(big.code).toBe(2);
    expect(big.stderr).toMatch(/\/big: is (?:\d+ bytes, )?over the --max-size limit\n$/);
    const slow = await assess('check', `${base}/slow`, '--timeout', '1');
    expect(slow.code).toBe(2);
    expect(slow.stderr).toMatch(/\/slow: no answer within 1 s\n$/);
  });
});

describe('report and normalise a URL', () => {
  it('report reads a published page (HTML) and a PDF through the same bounded fetch', async () => {
    const r = await assess('report', `${base}/moved`, '--format', 'markdown', '--user-agent', 'board-report/1');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^# Complaint handling self-assessment: Example Council\n/);
    expect(r.stdout).toMatch(/\*\*Form:\*\* http:\/\/127\.0\.0\.1:\d+\/moved/);
    expect(agents).toContain('board-report/1');
    const html = await assess('report', `${base}/form.pdf`, '--previous', `${base}/form`);
    expect(html.code).toBe(0);
    expect(html.stdout).toContain('<h2 id="changes-title">Changes since the previous form</h2>');
  });

  it('normalise reads a URL; a bad one is one line and exit 2', async () => {
    const ok = await assess('normalise', `${base}/form`, '--format', 'json');
    expect(JSON.parse(ok.stdout)).toMatchObject({ code: '2024', landlord: 'Example Council' });
    const bad = await assess('report', `${base}/image`);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^assess: http:\/\/127\.0\.0\.1:\d+\/image: served as image\/png, not a form/);
  });
});
