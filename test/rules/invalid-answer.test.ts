import { ruleTable } from '../helpers/rule-table.js';
import { assessment } from '../helpers/assessment.js';
import { invalidAnswer } from '../../src/rules/invalid-answer.js';

ruleTable(invalidAnswer, [
  {
    name: 'Yes/No/Partial/N/A',
    assessment: () =>
      assessment('2024', [
        { id: '1.2', comply: 'yes' },
        { id: '1.3', comply: 'Partially', commentary: 'x' },
        { id: '1.4', comply: 'n/a' },
        { id: '1.5', comply: 'No', commentary: 'y' },
      ]),
    expect: [],
  },
  {
    name: '"yes – see below" is a Yes',
    assessment: () => assessment('2024', [{ id: '1.2', comply: 'yes – see below' }]),
    expect: [],
  },
  {
    name: 'asterisks',
    assessment: () => assessment('2024', [{ id: '3.1', comply: '*****' }]),
    expect: [{ provision: '3.1', message: /"\*\*\*\*\*" is not Yes, No, Partial or N\/A/ }],
  },
  {
    name: '"Comply"',
    assessment: () => assessment('2024', [{ id: '3.2', comply: 'Comply' }]),
    expect: [{ provision: '3.2', message: /"Comply"/ }],
  },
  {
    name: '"Yes/No" prompt left in place',
    assessment: () => assessment('2024', [{ id: '3.3', comply: 'Yes/No' }]),
    expect: [{ provision: '3.3', message: /"Yes\/No"/ }],
  },
  { name: '2020 text question answered with a figure is valid', assessment: () => assessment('2020', []), expect: [] },
]);
