/**
 * The built CLI's pdf.js hands a page's painted paths over with its text content (scripts/build.mjs), and the PDF
 * reader takes the table rulings from them instead of building the page's operator list. From the TypeScript
 * sources (pdf.js as installed) the reader still builds the operator list. The two must read every PDF fixture
 * into the same document: this runs the built reader (dist/lazy/read-pdf.js) in a node process of its own and
 * compares it with the reader from source.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../../src/ingest/pdf/read-pdf.js';
import { repoRoot } from './scenario.js';

const dist = join(repoRoot, 'dist');
const chunk = (prefix: string): string => {
  const name = readdirSync(join(dist, 'chunks')).find((f) => f.startsWith(prefix) && f.endsWith('.js'));
  if (!name) throw new Error(`no dist/chunks/${prefix}*.js: run npm run build`);
  return pathToFileURL(join(dist, 'chunks', name)).href;
};

function runBuilt(script: string, args: string[]): string {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script, ...args], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`built reader failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}

const fixtures = readdirSync(join(repoRoot, 'fixtures', 'pdf'))
  .filter((f) => f.endsWith('.pdf'))
  .sort()
  .map((f) => join(repoRoot, 'fixtures', 'pdf', f));

describe('painted paths with the text content (built pdf.js)', () => {
  it('come as one drawnPaths item of a ruled page, with its rules as stroked or filled paths', () => {
    // pdf.js's display half and its worker as the build bundles them (patched), loaded as src/ingest/pdf/pdfjs.ts
    // does: the worker module handed over as globalThis.pdfjsWorker.
    const out = runBuilt(
      `
      import { readFileSync } from 'node:fs';
      globalThis.pdfjsWorker = await import(${JSON.stringify(chunk('pdf.worker-'))});
      const pdfjs = await import(${JSON.stringify(chunk('pdf-'))});
      const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(process.argv[1])), verbosity: 0 }).promise;
      const page = await doc.getPage(1);
      const items = (await page.getTextContent()).items;
      const drawn = items.filter((i) => 'drawnPaths' in i);
      const paints = [...new Set(drawn.flatMap((i) => i.drawnPaths.map((p) => p.paint)))];
      console.log(JSON.stringify({ markers: drawn.length, paths: drawn.flatMap((i) => i.drawnPaths).length,
        paints, strokeOrFill: paints.every((p) => [pdfjs.OPS.stroke, pdfjs.OPS.fill, pdfjs.OPS.eoFill,
          pdfjs.OPS.fillStroke, pdfjs.OPS.closeStroke].includes(p)), text: items.filter((i) => 'str' in i).length }));
      await doc.destroy();
      `,
      [join(repoRoot, 'fixtures', 'pdf', 'lo-council-2024.pdf')],
    );
    const seen = JSON.parse(out) as { markers: number; paths: number; strokeOrFill: boolean; text: number };
    expect(seen.markers).toBeGreaterThanOrEqual(1);
    expect(seen.paths).toBeGreaterThan(20);
    expect(seen.strokeOrFill).toBe(true);
    expect(seen.text).toBeGreaterThan(50);
  });

  it('read every PDF fixture into the same document as the operator list does', async () => {
    const out = runBuilt(
      `
      import { readFileSync } from 'node:fs';
      const { readPdf } = await import(${JSON.stringify(pathToFileURL(join(dist, 'lazy', 'read-pdf.js')).href)});
      const results = [];
      for (const file of process.argv.slice(1))
        results.push(await readPdf(new Uint8Array(readFileSync(file)), { maxPages: 500, ocr: 'never' }));
      console.log(JSON.stringify(results));
      `,
      fixtures,
    );
    const built = JSON.parse(out) as unknown[];
    expect(built).toHaveLength(fixtures.length);
    for (const [i, file] of fixtures.entries()) {
      const fromSource = await readPdf(new Uint8Array(readFileSync(file)), { maxPages: 500, ocr: 'never' });
      expect(built[i], file).toEqual(JSON.parse(JSON.stringify(fromSource)));
    }
  }, 120_000);
});
