import { ruleTable } from '../helpers/rule-table.js';
import { assessment } from '../helpers/assessment.js';
import { missingEvidence } from '../../src/rules/missing-evidence.js';

ruleTable(missingEvidence, [
  { name: 'Yes with evidence', assessment: () => assessment('2024'), expect: [] },
  {
    name: 'Yes with nothing at all',
    assessment: () => assessment('2024', [{ id: '6.16', comply: 'Yes' }]),
    expect: [{ provision: '6.16', message: /6\.16 is answered Yes with no evidence/ }],
  },
  {
    name: 'Yes with commentary but an empty Evidence cell → info',
    assessment: () =>
      assessment('2024', [{ id: '6.12', comply: 'Yes', commentary: 'We accept escalation without a reason.' }]),
    expect: [{ provision: '6.12', message: /empty Evidence cell/, severity: 'info' }],
  },
  {
    name: 'No without evidence is not this rule',
    assessment: () => assessment('2024', [{ id: '6.16', comply: 'No', commentary: 'x' }]),
    expect: [],
  },
  {
    name: 'the 2020 question form has no evidence column: a bare Yes is enough',
    assessment: () => assessment('2020', [{ id: 'Q3.6', comply: 'Yes' }]),
    expect: [],
  },
  {
    name: 'N/A without evidence is fine',
    assessment: () => assessment('2022', [{ id: '5.20', comply: 'N/A' }]),
    expect: [],
  },
]);
