import { describe, expect, it } from 'vitest';
import { normaliseDocument } from '../../src/normalise/document/normalise-document.js';
import { CATALOGUES, doc, HEADER_2022, HEADER_2024, para, table, TEXT_2022, TEXT_2024 } from './helpers.js';

const run = (d: Parameters<typeof normaliseDocument>[0], code?: '2020' | '2022' | '2024') =>
  normaliseDocument(d, { file: 'form.docx', catalogues: CATALOGUES, ...(code ? { code } : {}) });

describe('detectVersion', () => {
  it('detects 2024 from ids only 2024 has, its wording and its header', () => {
    const r = run(
      doc(
        table([
          HEADER_2024,
          ['1.2', TEXT_2024['1.2'], 'Yes', 'P', ''],
          ['6.20', TEXT_2024['6.20'], 'Yes', 'P', ''],
          ['9.8', TEXT_2024['9.8'], 'Yes', 'P', ''],
        ]),
      ),
    );
    if (!r.ok) throw new Error(r.failure.message);
    expect(r.assessment.code).toBe('2024');
    expect(r.assessment.detection.method).toBe('detected');
    expect(r.assessment.detection.confidence).toBeGreaterThan(0.5);
    expect(r.assessment.detection.signals.join('; ')).toMatch(/ids only in 2024: .*6\.20.*9\.8/);
    expect(r.assessment.detection.signals.join('; ')).toMatch(/header "commentary \/ explanation"/);
  });

  it('detects 2022 from ids only 2022 has and its combined column header', () => {
    const r = run(
      doc(
        table([
          HEADER_2022,
          ['1.2', TEXT_2022['1.2'], 'Yes', 'P'],
          ['4.19', TEXT_2022['4.19'], 'Yes', 'P'],
          ['5.20', TEXT_2022['5.20'], 'N/A', 'No stage 3'],
        ]),
      ),
    );
    if (!r.ok) throw new Error(r.failure.message);
    expect(r.assessment.code).toBe('2022');
    expect(r.assessment.detection.signals.join('; ')).toMatch(/ids only in 2022: 4\.19, 5\.20/);
  });

  it('tells 2022 from 2024 by the requirement wording when the ids are shared and the header is neutral', () => {
    const header = ['Ref', 'Requirement', 'Compliant?', 'Notes'];
    const r22 = run(doc(table([header, ['1.2', TEXT_2022['1.2'], 'Yes', ''], ['1.3', TEXT_2022['1.3'], 'Yes', '']])));
    const r24 = run(doc(table([header, ['1.2', TEXT_2024['1.2'], 'Yes', ''], ['1.3', TEXT_2024['1.3'], 'Yes', '']])));
    expect(r22.ok && r22.assessment.code).toBe('2022');
    expect(r24.ok && r24.assessment.code).toBe('2024');
    if (r24.ok) expect(r24.assessment.detection.signals.join('; ')).toMatch(/requirement texts worded as in 2024/);
  });

  it('takes the wording over the template: 2024 rows on the 2022 form (its header and preamble), numbers lost', () => {
    const r = run(
      doc(
        para("Explanations must also be provided where a mandatory 'must' requirement is not met."),
        table([
          HEADER_2022,
          ['', TEXT_2024['1.2'], 'Yes', 'Policy 6.2'],
          ['', TEXT_2024['1.3'], 'Yes', 'Policy 9.2'],
          ['', TEXT_2024['2.5'], 'Yes', 'Each complaint is considered individually'],
          ['', TEXT_2024['6.14'], 'Partial', '81% on time; action plan agreed'],
        ]),
      ),
    );
    if (!r.ok) throw new Error(r.failure.message);
    expect(r.assessment.code).toBe('2024');
    expect(r.assessment.provisions.map((p) => p.id)).toEqual(['1.2', '1.3', '2.5', '6.14']);
    const [first, second] = r.assessment.detection.signals;
    expect(first).toMatch(/^4 requirement texts worded as in 2024/);
    // What pointed elsewhere is said, next to what decided.
    expect(second).toBe('against: header "evidence, commentary and any explanations", header "code section" (2022)');
    expect(r.assessment.detection.confidence).toBeGreaterThan(0.3);
    expect(r.assessment.detection.confidence).toBeLessThan(0.9);
  });

  it('uses distinctive phrases from the document text', () => {
    const r = run(
      doc(
        para('The Member Responsible for Complaints reviews this form.'),
        table([
          ['Ref', 'Requirement', 'Compliant?', 'Notes'],
          ['1.2', 'See policy', 'Yes', ''],
          ['1.3', 'See policy', 'Yes', ''],
        ]),
      ),
    );
    expect(r.ok && r.assessment.code).toBe('2024');
  });

  it('cannot tell when nothing distinguishes the versions, and says what it saw', () => {
    const r = run(
      doc(
        table([
          ['Ref', 'Requirement', 'Compliant?', 'Notes'],
          ['1.2', 'See policy', 'Yes', ''],
          ['1.3', 'See policy', 'Yes', ''],
        ]),
      ),
    );
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.failure.message).toMatch(
        /^cannot tell the Code version: saw ids 1\.2, 1\.3, 2 rows, headers "Ref", "Requirement", "Compliant\?", "Notes" \(it fits .* equally\); pass --code 2020\|2022\|2024$/,
      );
    }
  });

  it('--code overrides detection (method flag) and notes when the document looks like another version', () => {
    const r = run(
      doc(table([HEADER_2024, ['6.20', TEXT_2024['6.20'], 'Yes', 'P', ''], ['9.8', TEXT_2024['9.8'], 'Yes', 'P', '']])),
      '2022',
    );
    if (!r.ok) throw new Error(r.failure.message);
    expect(r.assessment.code).toBe('2022');
    expect(r.assessment.detection).toEqual({
      method: 'flag',
      confidence: 1,
      signals: ['--code 2022', 'the document looks like 2024'],
      scheme: 'hos',
    });
  });

  it('--code settles an undetectable form', () => {
    const r = run(
      doc(
        table([
          ['Ref', 'Requirement', 'Compliant?', 'Notes'],
          ['1.2', 'See policy', 'Yes', ''],
          ['1.3', 'See policy', 'Yes', ''],
        ]),
      ),
      '2024',
    );
    expect(r.ok && r.assessment.code).toBe('2024');
  });
});
