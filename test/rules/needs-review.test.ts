import { ruleTable } from '../helpers/rule-table.js';
import { assessment } from '../helpers/assessment.js';
import { needsReview } from '../../src/rules/needs-review.js';

const withReview = (id: string, review: string) => {
  const a = assessment('2024');
  return { ...a, provisions: a.provisions.map((p) => (p.id === id ? { ...p, review } : p)) };
};

ruleTable(needsReview, [
  { name: 'no review notes', assessment: () => assessment('2024'), expect: [] },
  {
    name: 'a row carried over with a review note',
    assessment: () => withReview('6.14', 'carried over from 2022 5.13 (split into 6.14 and 6.15)'),
    expect: [{ provision: '6.14', message: /6\.14 is marked for review: carried over from 2022 5\.13/ }],
  },
  {
    name: 'an empty note is no note',
    assessment: () => withReview('6.14', ''),
    expect: [],
  },
]);
