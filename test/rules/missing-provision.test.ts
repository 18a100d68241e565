import { ruleTable } from '../helpers/rule-table.js';
import { assessment } from '../helpers/assessment.js';
import { missingProvision } from '../../src/rules/missing-provision.js';
import { loadCatalogue } from '../../src/catalogue/load.js';

const without =
  (code: '2022' | '2024', ...ids: string[]) =>
  () => {
    const a = assessment(code);
    return { ...a, provisions: a.provisions.filter((p) => !ids.includes(p.id)) };
  };
const shouldId = () => loadCatalogue('2022').provisions.find((p) => p.obligation === 'should')?.id ?? 'none';

ruleTable(missingProvision, [
  { name: 'complete 2024 form', assessment: () => assessment('2024'), expect: [] },
  { name: 'complete 2022 form', assessment: () => assessment('2022'), expect: [] },
  {
    name: '2024 without 6.14 (must → error)',
    assessment: without('2024', '6.14'),
    expect: [{ provision: '6.14', message: /6\.14 \(must\) is missing/, severity: 'error' }],
  },
  {
    name: '2024 without 2.10-like ordering: 1.2 and 9.8 both reported in catalogue order',
    assessment: without('2024', '9.8', '1.2'),
    expect: [
      { provision: '1.2', message: /missing/, severity: 'error' },
      { provision: '9.8', message: /missing/, severity: 'error' },
    ],
  },
  {
    name: '2022 without a should provision → warning',
    assessment: () => without('2022', shouldId())(),
    expect: [{ provision: shouldId(), message: /\(should\) is missing/, severity: 'warning' }],
  },
]);
