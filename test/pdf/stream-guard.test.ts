import { readdirSync, readFileSync } from 'node:fs';
import { createDeflate, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { findStreamBomb } from '../../src/ingest/pdf/stream-guard.js';

const limits = { maxStreamBytes: 8 * 2 ** 20, maxTotalBytes: 20 * 2 ** 20 };

/** `mib` MiB of zeros, deflated in 1 MiB steps (so the test never holds the inflated bytes). */
async function zeros(mib: number): Promise<Buffer> {
  const deflate = createDeflate({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  const block = Buffer.alloc(2 ** 20);
  for (let i = 0; i < mib; i++) deflate.write(block);
  deflate.end();
  await done;
  return Buffer.concat(chunks);
}

/** A real fixture with one more stream object appended (an incremental update's body). */
const base = readFileSync('fixtures/pdf/council-2024-table.pdf');
const withStream = (dictionary: string, data: Buffer): Buffer =>
  Buffer.concat([
    base,
    Buffer.from(`\n999 0 obj\n<< ${dictionary} >>\nstream\n`),
    data,
    Buffer.from('\nendstream\nendobj\n'),
  ]);

describe('findStreamBomb: FlateDecode streams inflated natively, to a limit, before pdf.js', () => {
  it('passes every real PDF fixture', () => {
    for (const dir of ['fixtures/pdf', 'fixtures/pdf-special']) {
      for (const name of readdirSync(dir).filter((n) => n.endsWith('.pdf'))) {
        expect(findStreamBomb(readFileSync(`${dir}/${name}`)), name).toBeUndefined();
      }
    }
  });

  it('stops a metadata stream of zeros past the per-stream limit', async () => {
    const data = await zeros(32);
    const pdf = withStream(`/Type /Metadata /Subtype /XML /Filter /FlateDecode /Length ${data.length}`, data);
    expect(findStreamBomb(pdf, limits)).toEqual({
      code: 'too-large',
      message: 'a compressed stream in the PDF expands to more than 8 MiB (a decompression bomb?)',
    });
    // Under a limit it fits, it passes.
    expect(findStreamBomb(pdf, { maxStreamBytes: 64 * 2 ** 20, maxTotalBytes: 64 * 2 ** 20 })).toBeUndefined();
  });

  it('a /Length that lies, an endstream planted early and an indirect /Length hide nothing', async () => {
    const data = await zeros(16);
    for (const dictionary of ['/Filter /FlateDecode /Length 10', '/Length 12 0 R /Filter [/FlateDecode]']) {
      expect(findStreamBomb(withStream(dictionary, data), limits)?.code, dictionary).toBe('too-large');
    }
    const planted = Buffer.concat([data.subarray(0, 100), Buffer.from('\nendstream\n'), data.subarray(100)]);
    // The planted keyword breaks the deflate data there: what zlib inflates of it is all pdf.js could.
    expect(findStreamBomb(withStream('/Filter /FlateDecode /Length 10', planted), limits)).toBeUndefined();
  });

  it('inflates twice a stream filtered twice, and adds up many streams against the total', async () => {
    const inner = await zeros(16);
    const twice = deflateSync(inner);
    expect(twice.length).toBeLessThan(inner.length);
    const pdf = withStream(`/Filter [/FlateDecode /Fl] /Length ${twice.length}`, twice);
    expect(findStreamBomb(pdf, limits)?.code).toBe('too-large');
    // Five streams of 6 MiB: each under the 8 MiB limit, together over the 20 MiB total.
    const six = await zeros(6);
    let many = base;
    for (let i = 0; i < 5; i++) {
      many = Buffer.concat([many, Buffer.from(`\n${900 + i} 0 obj\n<< /Filter /FlateDecode >>\nstream\n`), six]);
      many = Buffer.concat([many, Buffer.from('\nendstream\nendobj\n')]);
    }
    expect(findStreamBomb(many, limits)?.message).toBe(
      "the PDF's compressed streams expand to more than 20 MiB together (a decompression bomb?)",
    );
  });

  it('leaves damaged data and other filters to pdf.js', () => {
    const junk = Buffer.from('x'.repeat(1000));
    expect(findStreamBomb(withStream('/Filter /FlateDecode', junk), limits)).toBeUndefined();
    expect(
      findStreamBomb(withStream('/Filter /DCTDecode', deflateSync(Buffer.alloc(9 * 2 ** 20))), limits),
    ).toBeUndefined();
  });
});
