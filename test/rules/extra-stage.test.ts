import { ruleTable } from '../helpers/rule-table.js';
import { assessment } from '../helpers/assessment.js';
import { extraStage } from '../../src/rules/extra-stage.js';

ruleTable(extraStage, [
  { name: 'no extra stage', assessment: () => assessment('2024'), expect: [] },
  {
    name: 'stage 0',
    assessment: () =>
      assessment('2024', [
        {
          id: '5.2',
          comply: 'Yes',
          evidence: 'Policy',
          commentary: 'Concerns are first handled at Stage 0 (informal complaint).',
        },
      ]),
    expect: [{ provision: '5.2', message: /extra stage "Stage 0".*5\.2/ }],
  },
  {
    name: 'pre-complaint stage',
    assessment: () =>
      assessment('2022', [{ id: '4.1', comply: 'Yes', evidence: 'We log issues at a pre-complaint stage first.' }]),
    expect: [{ provision: '4.1', message: /"pre-complaint stage"/ }],
  },
  {
    name: 'denied',
    assessment: () =>
      assessment('2024', [{ id: '5.2', comply: 'Yes', evidence: 'We do not have a stage 0 or informal stage.' }]),
    expect: [],
  },
  {
    name: "quoting the Code's own words",
    assessment: () =>
      assessment('2024', [
        {
          id: '5.2',
          comply: 'Yes',
          evidence: "As the Code says, extra named stages such as 'stage 0' are not appropriate.",
        },
      ]),
    expect: [],
  },
]);
