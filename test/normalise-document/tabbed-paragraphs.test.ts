import { describe, expect, it } from 'vitest';
import type { DocumentModel, TableBlock } from '../../src/ingest/document.js';
import { normaliseDocument } from '../../src/normalise/document/normalise-document.js';
import { withTabbedTables } from '../../src/normalise/document/tabbed-paragraphs.js';
import { CATALOGUES, doc, HEADER_2024, para, table, TEXT_2022, TEXT_2024 } from './helpers.js';

const tab = (...cells: string[]): string => cells.join('\t');
const grids = (d: DocumentModel) =>
  d.blocks.map((b) => (b.kind === 'table' ? b.rows.map((r) => r.cells.map((c) => c.text)) : b.text));

function normalise(d: DocumentModel) {
  const r = normaliseDocument(d, { file: 'tabbed.docx', catalogues: CATALOGUES });
  if (!r.ok) throw new Error(r.failure.message);
  return r.assessment;
}
const brief = (d: DocumentModel) =>
  normalise(d).provisions.map((p) => [p.id, p.comply ?? p.rawAnswer ?? '-', p.evidence, p.commentary]);

describe('withTabbedTables: runs of tab-separated paragraphs', () => {
  it('turns a header line and its rows into one table, rows padded to the header width', () => {
    const out = withTabbedTables(
      doc(
        para('Section 1: Definition of a complaint', 2),
        para(tab(...HEADER_2024)),
        para(tab('1.2', TEXT_2024['1.2'], 'Yes', 'Policy 2.1', 'Used word for word.')),
        para(tab('1.3', TEXT_2024['1.3'], 'Yes')),
      ),
    );
    expect(grids(out)).toEqual([
      'Section 1: Definition of a complaint',
      [
        HEADER_2024,
        ['1.2', TEXT_2024['1.2'], 'Yes', 'Policy 2.1', 'Used word for word.'],
        ['1.3', TEXT_2024['1.3'], 'Yes', '', ''],
      ],
    ]);
    // Each row keeps the paragraph it came from.
    expect((out.blocks[1] as TableBlock).rows.map((r) => r.location)).toEqual([
      { paragraph: 2 },
      { paragraph: 3 },
      { paragraph: 4 },
    ]);
  });

  it('puts a cell of several paragraphs back into its row, and a trailing piece of the last cell', () => {
    const out = withTabbedTables(
      doc(
        para(tab('2.2', 'A complaints policy must set out the circumstances. Acceptable exclusions include:')),
        para('The issue giving rise to the complaint occurred over twelve months ago.'),
        para(tab('Legal proceedings have started.', 'Yes', 'Policy 7.1', 'Applied case by case and')),
        para('reviewed by the complaints officer.'),
        para('Section 3: Accessibility', 2),
        para(tab('3.1', 'Landlords must make it easy to complain.', 'Yes', 'Leaflet', 'Online form.')),
        para(tab('3.2', 'Residents must be able to complain in any way.', 'Yes', 'Policy 8.2', 'Any member of staff.')),
      ),
    );
    expect(grids(out)).toEqual([
      [
        [
          '2.2',
          'A complaints policy must set out the circumstances. Acceptable exclusions include:\nThe issue giving rise to the complaint occurred over twelve months ago.\nLegal proceedings have started.',
          'Yes',
          'Policy 7.1',
          'Applied case by case and\nreviewed by the complaints officer.',
        ],
      ],
      'Section 3: Accessibility',
      [
        ['3.1', 'Landlords must make it easy to complain.', 'Yes', 'Leaflet', 'Online form.'],
        ['3.2', 'Residents must be able to complain in any way.', 'Yes', 'Policy 8.2', 'Any member of staff.'],
      ],
    ]);
  });

  it('keeps a row going on with the cells of the row above (leading tabs) as a row of its own', () => {
    const out = withTabbedTables(
      doc(
        para(tab('6.3', 'Landlords must respond', 'Yes', 'Policy', 'Responses are')),
        para(tab('', '', '', '', 'checked by a manager.')),
        para(tab('6.4', 'Extensions', 'No')),
      ),
    );
    expect(grids(out)).toEqual([
      [
        ['6.3', 'Landlords must respond', 'Yes', 'Policy', 'Responses are'],
        ['', '', '', '', 'checked by a manager.'],
        ['6.4', 'Extensions', 'No', '', ''],
      ],
    ]);
  });

  it('takes a wrapped line opening with a number for the rest of the row above, not a new row', () => {
    // A PDF line "15.5<TAB>Complaints ..." after "... Section": 15.5 cannot follow 6.20.
    const out = withTabbedTables(
      doc(
        para(tab('6.19', 'Landlords must respond', 'Yes', 'Policy 15.4', 'Done.')),
        para(tab('6.20', 'Stage 2 is the final response', 'Yes', 'Policy Section')),
        para(tab('15.5', 'Collated by the housing officer.')),
        para(tab('7.1', 'Where something has gone wrong', 'Yes', 'Remedies policy', 'Applied.')),
      ),
    );
    expect(grids(out)).toEqual([
      [
        ['6.19', 'Landlords must respond', 'Yes', 'Policy 15.4', 'Done.'],
        ['6.20', 'Stage 2 is the final response', 'Yes', 'Policy Section\n15.5', 'Collated by the housing officer.'],
        ['7.1', 'Where something has gone wrong', 'Yes', 'Remedies policy', 'Applied.'],
      ],
    ]);
  });

  it('reads a one-row run under its heading like the form around it; leaves tabbed prose alone', () => {
    const out = withTabbedTables(
      doc(
        para('Mandatory requirements', 3),
        para(tab('1.2', TEXT_2022['1.2'], 'Yes', 'Policy 2')),
        para(tab('1.3', TEXT_2022['1.3'], 'No', 'Being reviewed')),
        para('Best practice requirements', 3),
        para(tab('2.5', TEXT_2022['2.5'], 'Yes', 'Equality policy')),
        para('Signed on behalf of the Board', 3),
        para(tab('Date:', '12 March 2025')),
      ),
    );
    expect(grids(out)).toEqual([
      'Mandatory requirements',
      [
        ['1.2', TEXT_2022['1.2'], 'Yes', 'Policy 2'],
        ['1.3', TEXT_2022['1.3'], 'No', 'Being reviewed'],
      ],
      'Best practice requirements',
      [['2.5', TEXT_2022['2.5'], 'Yes', 'Equality policy']],
      'Signed on behalf of the Board',
      'Date:\t12 March 2025',
    ]);
    const prose = doc(para(tab('Prepared by:', 'Complaints team')), para(tab('Approved:', 'Board, March 2025')));
    expect(withTabbedTables(prose)).toBe(prose);
  });

  it('glues nothing to a row that ends on its answer, nor numbered paragraphs into a table', () => {
    const out = withTabbedTables(
      doc(
        para(tab(...HEADER_2024)),
        para(tab('1.2', TEXT_2024['1.2'], 'Yes', 'Policy 2.1', 'Used word for word.')),
        para(tab('1.3', TEXT_2024['1.3'], 'Yes')),
        para('Approved by the Board on 12 March 2025'),
        para('Appendix A: the Code', 2),
        para(tab('1.2', 'A complaint must be defined as ...')),
        para(tab('1.3', 'A resident does not have to use the word complaint ...')),
      ),
    );
    expect(grids(out).slice(1)).toEqual([
      'Approved by the Board on 12 March 2025',
      'Appendix A: the Code',
      '1.2\tA complaint must be defined as ...',
      '1.3\tA resident does not have to use the word complaint ...',
    ]);
  });

  it('keeps the short rows of a question list apart (they print no ids)', () => {
    const out = withTabbedTables(
      doc(
        para(tab('Question', 'Answer', 'Comments')),
        para(tab('Are these exclusions reasonable and fair to residents?', 'Yes')),
        para(tab('Do we have a reasonable adjustments policy?', 'No')),
        para(tab('At what stage are most complaints resolved?', 'Stage 1', 'Most of them.')),
      ),
    );
    expect(grids(out)).toEqual([
      [
        ['Question', 'Answer', 'Comments'],
        ['Are these exclusions reasonable and fair to residents?', 'Yes', ''],
        ['Do we have a reasonable adjustments policy?', 'No', ''],
        ['At what stage are most complaints resolved?', 'Stage 1', 'Most of them.'],
      ],
    ]);
  });

  it('continues the table just above it (a header line a reader found as a table of its own)', () => {
    const out = withTabbedTables(
      doc(table([HEADER_2024]), para(tab('6.14', TEXT_2024['6.14'], 'Yes', 'Policy 15', 'Within 20 days.'))),
    );
    expect(grids(out)).toEqual([[HEADER_2024], [['6.14', TEXT_2024['6.14'], 'Yes', 'Policy 15', 'Within 20 days.']]]);
  });
});

describe('normaliseDocument: tab-separated forms', () => {
  it('reads rows opening with an empty cell as the rows they were (a lead-in, the rest of a requirement)', () => {
    // As a council's published 2024 form reads as text: the lead-in of 2.2's exclusions above its id row.
    const d = doc(
      para(tab(...HEADER_2024)),
      para(tab('2.1', TEXT_2024['2.1'], 'Yes', 'Policy section 7.1')),
      para(tab('', 'A complaints policy must set out the circumstances. Acceptable exclusions include:')),
      para(tab('2.2', 'The issue giving rise to the complaint occurred over twelve months ago.', 'Yes', 'Policy 7.1')),
      para(tab('', 'Legal proceedings have started.')),
    );
    expect(normalise(d).provisions.map((p) => [p.id, p.requirement, p.comply, p.evidence, p.commentary])).toEqual([
      ['2.1', TEXT_2024['2.1'], 'yes', 'Policy section 7.1', ''],
      [
        '2.2',
        'A complaints policy must set out the circumstances. Acceptable exclusions include: The issue giving rise to the complaint occurred over twelve months ago. Legal proceedings have started.',
        'yes',
        'Policy 7.1',
        '',
      ],
    ]);
  });

  it('reads a 2024 form flattened with its header line, answers in the wrong column and empty cells included', () => {
    const d = doc(
      para('Example Homes – Complaint Handling Code self-assessment 2024-25', 1),
      para('Section 1: Definition of a complaint', 2),
      para(tab(...HEADER_2024)),
      para(tab('1.2', TEXT_2024['1.2'], 'Yes', 'Policy 2.1', 'Used word for word.')),
      para(tab('1.3', TEXT_2024['1.3'], '', 'Yes – Policy 2.3')),
      para('Section 2: Exclusions', 2),
      para(tab(...HEADER_2024)),
      para(tab('2.1', TEXT_2024['2.1'], 'Partially', '', 'Reasons are not always recorded.')),
    );
    const a = normalise(d);
    expect(a.code).toBe('2024');
    expect(brief(d)).toEqual([
      ['1.2', 'yes', 'Policy 2.1', 'Used word for word.'],
      ['1.3', 'yes', 'Policy 2.3', ''],
      ['2.1', 'partial', '', 'Reasons are not always recorded.'],
    ]);
    expect(a.provisions.map((p) => p.location)).toEqual([{ paragraph: 4 }, { paragraph: 5 }, { paragraph: 8 }]);
  });

  it('reads a 2022 form flattened without any header line', () => {
    const d = doc(
      para("Best practice 'should' requirements", 3),
      para(tab('1.2', TEXT_2022['1.2'], 'Yes', 'Section 2 of the policy')),
      para(tab('1.3', TEXT_2022['1.3'], 'Yes', 'Section 2.3')),
      para(tab('2.5', TEXT_2022['2.5'], '', 'Equality policy')),
    );
    expect(normalise(d).code).toBe('2022');
    expect(brief(d)).toEqual([
      ['1.2', 'yes', 'Section 2 of the policy', ''],
      ['1.3', 'yes', 'Section 2.3', ''],
      ['2.5', '-', 'Equality policy', ''],
    ]);
  });

  it('reads a 2020 question list flattened with a header line ("Question<TAB>Answer<TAB>Comments")', () => {
    const d = doc(
      para(tab('Question', 'Answer', 'Comments')),
      para(tab('Does the policy have exclusions where a complaint will not be considered?', 'Yes', 'Section 4')),
      para(tab('Are these exclusions reasonable and fair to residents?', 'No', 'Being reviewed')),
      para(tab('At what stage are most complaints resolved?', 'Stage 1 (88%)')),
    );
    expect(normalise(d).code).toBe('2020');
    expect(brief(d)).toEqual([
      ['Q1.2', 'yes', '', 'Section 4'],
      ['Q1.3', 'no', '', 'Being reviewed'],
      ['Q3.8', 'Stage 1 (88%)', '', ''],
    ]);
  });
});
