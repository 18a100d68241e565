import { ruleTable } from '../helpers/rule-table.js';
import { assessment } from '../helpers/assessment.js';
import { blankCopy } from '../../src/rules/blank-copy.js';

ruleTable(blankCopy, [
  { name: 'nothing left out', assessment: () => assessment('2024'), expect: [] },
  {
    name: 'a blank copy left out',
    assessment: () => ({
      ...assessment('2024'),
      leftOut: [
        {
          rows: 72,
          reason: 'a blank copy of the form: its provisions are answered elsewhere in the document',
          location: { table: 1 },
        },
      ],
    }),
    expect: [{ message: /^left out 72 unanswered rows: a blank copy of the form/ }],
  },
  {
    name: 'two blank copies',
    assessment: () => ({
      ...assessment('2022'),
      leftOut: [
        {
          rows: 40,
          reason: 'a blank copy of the form: its provisions are answered elsewhere in the document',
          location: { page: 3 },
        },
        {
          rows: 32,
          reason: 'a blank copy of the form: its provisions are answered elsewhere in the document',
          location: { page: 9 },
        },
      ],
    }),
    expect: [{ message: /left out 40 unanswered rows/ }, { message: /left out 32 unanswered rows/ }],
  },
]);
