import { ruleTable } from '../helpers/rule-table.js';
import { assessment } from '../helpers/assessment.js';
import { duplicateProvision } from '../../src/rules/duplicate-provision.js';

const twice = (second: { comply: string }) => () => {
  const a = assessment('2024');
  const row = a.provisions.find((p) => p.id === '3.4');
  if (!row) throw new Error('no 3.4');
  const copy = { ...row, ...(second.comply === 'No' ? { comply: 'no' as const } : {}), location: { line: 999 } };
  return { ...a, provisions: [...a.provisions, copy] };
};

ruleTable(duplicateProvision, [
  { name: 'each id once', assessment: () => assessment('2024'), expect: [] },
  {
    name: 'section pasted twice, same answers → warning',
    assessment: twice({ comply: 'Yes' }),
    expect: [{ provision: '3.4', message: /appears 2 times$/ }],
  },
  {
    name: 'conflicting answers → error',
    assessment: twice({ comply: 'No' }),
    expect: [{ provision: '3.4', message: /conflicting answers \(yes \/ no\)/, severity: 'error' }],
  },
]);
