import { ruleTable } from '../helpers/rule-table.js';
import { assessment } from '../helpers/assessment.js';
import { requirementMismatch } from '../../src/rules/requirement-mismatch.js';
import { loadCatalogue } from '../../src/catalogue/load.js';

const text = (code: '2022' | '2024', id: string) => loadCatalogue(code).provisions.find((p) => p.id === id)?.text ?? '';

ruleTable(requirementMismatch, [
  {
    name: 'own wording',
    assessment: () =>
      assessment('2024', [{ id: '6.14', comply: 'Yes', evidence: 'x', requirement: text('2024', '6.14') }]),
    expect: [],
  },
  {
    name: 'a fragment of its own wording (split row)',
    assessment: () =>
      assessment('2024', [
        { id: '6.4', comply: 'Yes', evidence: 'x', requirement: text('2024', '6.4').split(' ').slice(0, 14).join(' ') },
      ]),
    expect: [],
  },
  {
    name: 'copied from the row above',
    assessment: () =>
      assessment('2024', [{ id: '6.14', comply: 'Yes', evidence: 'x', requirement: text('2024', '6.13') }]),
    expect: [{ provision: '6.14', message: /printed for 6\.14 is the text of 6\.13/ }],
  },
  {
    name: "another version's wording",
    assessment: () =>
      assessment('2024', [
        {
          id: '3.1',
          comply: 'Yes',
          evidence: 'x',
          requirement:
            'Complaint handlers should be able to act sensitively and fairly, be trained to handle complaints and deal with distressed and upset residents',
        },
      ]),
    expect: [{ provision: '3.1', message: /does not match the 2024 Code's wording/ }],
  },
  {
    name: 'too short to judge',
    assessment: () => assessment('2024', [{ id: '3.1', comply: 'Yes', evidence: 'x', requirement: 'See above' }]),
    expect: [],
  },
]);
