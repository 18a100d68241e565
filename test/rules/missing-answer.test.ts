import { ruleTable } from '../helpers/rule-table.js';
import { assessment } from '../helpers/assessment.js';
import { missingAnswer } from '../../src/rules/missing-answer.js';

ruleTable(missingAnswer, [
  { name: 'every row answered', assessment: () => assessment('2024'), expect: [] },
  {
    name: 'blank answer',
    assessment: () => assessment('2024', [{ id: '6.6', evidence: 'Policy 6' }]),
    expect: [{ provision: '6.6', message: /6\.6 has no Comply answer/ }],
  },
  {
    name: 'whitespace answer',
    assessment: () => assessment('2022', [{ id: '4.3', comply: '   ' }]),
    expect: [{ provision: '4.3', message: /no Comply answer/ }],
  },
  {
    name: 'invalid answer is not also missing',
    assessment: () => assessment('2024', [{ id: '6.6', comply: '*****' }]),
    expect: [],
  },
  {
    name: 'a 2020 heading question answered in its sub-rows needs no answer',
    assessment: () => assessment('2020', [{ id: 'Q4.7' }, { id: 'Q8.2' }]),
    expect: [],
  },
  {
    name: 'a 2020 text question left blank',
    assessment: () => assessment('2020', [{ id: 'Q4.5' }]),
    expect: [{ provision: 'Q4.5', message: /Q4\.5 has no Comply answer/ }],
  },
  {
    name: 'N/A counts as an answer',
    assessment: () => assessment('2022', [{ id: '5.20', comply: 'N/A' }]),
    expect: [],
  },
  {
    name: 'unknown id is left to unknown-provision',
    assessment: () => assessment('2024', [{ id: '10.1' }]),
    expect: [],
  },
]);
