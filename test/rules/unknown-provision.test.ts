import { ruleTable } from '../helpers/rule-table.js';
import { assessment } from '../helpers/assessment.js';
import { unknownProvision } from '../../src/rules/unknown-provision.js';

ruleTable(unknownProvision, [
  { name: 'catalogue ids only', assessment: () => assessment('2024'), expect: [] },
  {
    name: '2024 has no 1.1 row',
    assessment: () => assessment('2024', [{ id: '1.1', comply: 'Yes', evidence: 'x' }]),
    expect: [{ provision: '1.1', message: /1\.1 is not a row of the 2024 Code form/ }],
  },
  {
    name: 'a 2022-only id on a 2024 form',
    assessment: () => assessment('2024', [{ id: '4.19', comply: 'Yes', evidence: 'x' }]),
    expect: [{ provision: '4.19', message: /not a row/ }],
  },
]);
