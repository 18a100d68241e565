/**
 * The generated DOCX fixtures (fixtures/docx) read and normalised to their expected canonical reading
 * (fixtures/expected).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CODE_VERSIONS, type Catalogue, type CodeVersion } from '../../src/catalogue/types.js';
import { readDocx } from '../../src/ingest/docx/read-docx.js';
import { parseAnswer } from '../../src/normalise/answer.js';
import { normaliseDocument } from '../../src/normalise/document/normalise-document.js';
import { LIMITS } from './build-docx.js';

const root = new URL('../../fixtures/', import.meta.url);
// every catalogue in codes/: the LGSCO's too, so its forms are read as its own
const CATS = CODE_VERSIONS.map(
  (v) => parse(readFileSync(new URL(`../../codes/${v}.yaml`, import.meta.url), 'utf8')) as Catalogue,
);

interface Expected {
  code: CodeVersion;
  landlord: string;
  period?: string;
  provisions: { id: string; requirement?: string; comply?: string; evidence?: string; commentary?: string }[];
}

const names = existsSync(new URL('docx/', root))
  ? readdirSync(new URL('docx/', root)).filter((f) => f.endsWith('.docx'))
  : [];
const withExpected = names.filter((f) => existsSync(new URL(`expected/${f.replace(/\.docx$/, '.yaml')}`, root)));

describe.skipIf(withExpected.length === 0)('DOCX fixtures read as expected', () => {
  it.each(withExpected)('%s', async (name) => {
    const expected = parse(
      readFileSync(new URL(`expected/${name.replace(/\.docx$/, '.yaml')}`, root), 'utf8'),
    ) as Expected;
    const read = await readDocx(new Uint8Array(readFileSync(new URL(`docx/${name}`, root))), LIMITS);
    if (!read.ok) throw new Error(read.failure.message);
    const r = normaliseDocument(read.document, { file: name, catalogues: CATS });
    if (!r.ok) throw new Error(r.failure.message);
    const a = r.assessment;
    expect({ code: a.code, landlord: a.landlord, period: a.period }).toEqual({
      code: expected.code,
      landlord: expected.landlord,
      period: expected.period,
    });
    expect(
      a.provisions.map((p) => ({
        id: p.id,
        comply: p.comply,
        rawAnswer: p.rawAnswer,
        requirement: p.requirement,
        evidence: p.evidence,
        commentary: p.commentary,
      })),
    ).toEqual(
      expected.provisions.map((e) => {
        const answer = parseAnswer(e.comply);
        return {
          id: e.id,
          comply: answer.comply,
          rawAnswer: answer.rawAnswer,
          requirement: e.requirement,
          evidence: e.evidence ?? '',
          commentary: e.commentary ?? '',
        };
      }),
    );
  });
});
