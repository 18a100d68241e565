import { ruleTable } from '../helpers/rule-table.js';
import { assessment } from '../helpers/assessment.js';
import { unexplainedNoncompliance } from '../../src/rules/unexplained-noncompliance.js';

ruleTable(unexplainedNoncompliance, [
  {
    name: 'Partial with commentary',
    assessment: () =>
      assessment('2024', [
        {
          id: '8.1',
          comply: 'Partial',
          evidence: 'Policy 20.2',
          commentary: 'We are developing a reporting framework.',
        },
      ]),
    expect: [],
  },
  {
    name: 'Partial with evidence only (2024: evidence is not an explanation)',
    assessment: () =>
      assessment('2024', [
        { id: '9.3', comply: 'Partial', evidence: 'Defined in Customer Feedback policy Section 20.1 and 20.2' },
      ]),
    expect: [{ provision: '9.3', message: /9\.3 is answered Partial with no explanation/ }],
  },
  {
    name: 'No with nothing',
    assessment: () => assessment('2024', [{ id: '5.1', comply: 'No' }]),
    expect: [{ provision: '5.1', message: /answered No/ }],
  },
  {
    name: 'No with the explanation in the answer cell',
    assessment: () => assessment('2024', [{ id: '5.1', comply: 'No - we have two policies until March 2025' }]),
    expect: [],
  },
  {
    name: '2022 combined evidence column explains',
    assessment: () =>
      assessment('2022', [
        { id: '5.1', comply: 'No', evidence: 'Stage 1 responses take 15 days while the team is recruited.' },
      ]),
    expect: [],
  },
  {
    name: 'Yes needs no explanation',
    assessment: () => assessment('2024', [{ id: '5.1', comply: 'Yes' }]),
    expect: [],
  },
]);
