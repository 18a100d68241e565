import { ruleTable } from '../helpers/rule-table.js';
import { assessment } from '../helpers/assessment.js';
import { missingAnswer } from '../../src/rules/missing-answer.js';

ruleTable(missingAnswer, [
  { name: 'every row answered', assessment: () => assessment('2024'), expect: [] },
  { name: 'blank answer', assessment: () => assessment('2024', [{ id: '6.6', evidence: 'Policy 6' }]), expect: [{ provision: '6.6', message: /6\.6 has no Comply answer/ }] },
  { name: 'whitespace answer', assessment: () => assessment('2022', [{ id: '4.3', comply: '   ' }]), expect: [{ provision: '4.3', message: /no Comply answer/ }] },
  { name: 'invalid answer is not also missing', assessment: () => assessment('2024', [{ id: '6.6', comply: '*****' }]), expect: [] },
  { name: 'N/A counts as an answer', assessment: () => assessment('2022', [{ id: '5.20', comply: 'N/A' }]), expect: [] },
  { name: 'unknown id is left to unknown-provision', assessment: () => assessment('2024', [{ id: '10.1' }]), expect: [] },
]);
