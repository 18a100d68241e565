import { ruleTable } from '../helpers/rule-table.js';
import { assessment } from '../helpers/assessment.js';
import { timescaleBreach } from '../../src/rules/timescale-breach.js';

ruleTable(timescaleBreach, [
  {
    name: 'within the Code',
    assessment: () =>
      assessment('2024', [
        {
          id: '6.14',
          comply: 'Yes',
          evidence: 'We resolve most stage 2 complaints in 20 days unless an extension has been approved.',
        },
      ]),
    expect: [],
  },
  {
    name: 'faster than the Code',
    assessment: () => assessment('2020', [{ id: 'Q4.3', comply: 'Yes', commentary: 'Yes, within 3 days' }]),
    expect: [],
  },
  {
    name: 'stage 2 in 25 working days (2024)',
    assessment: () =>
      assessment('2024', [
        {
          id: '6.10',
          comply: 'Yes',
          evidence: 'Policy 15',
          commentary: 'We respond to stage 2 complaints within 25 working days.',
        },
      ]),
    expect: [
      {
        provision: '6.10',
        message:
          /stage 2 response window of 25 working days exceeds the 2024 Code's 20 working days \(6\.14\): "We respond to stage 2/,
      },
    ],
  },
  {
    name: 'stage two wording in words',
    assessment: () =>
      assessment('2022', [
        {
          id: '5.13',
          comply: 'Yes',
          evidence: 'Stage two responses are sent within twenty-five working days of escalation.',
        },
      ]),
    expect: [{ provision: '5.13', message: /stage 2 response window of twenty-five working days exceeds/ }],
  },
  {
    name: 'one month may exceed 20 working days',
    assessment: () =>
      assessment('2024', [{ id: '6.14', comply: 'Yes', evidence: 'A final response is issued within one month.' }]),
    expect: [{ provision: '6.14', message: /one month \(read as up to 23 working days\) can exceed/ }],
  },
  {
    name: '28 calendar days never exceed 20 working days',
    assessment: () =>
      assessment('2024', [
        { id: '6.14', comply: 'Yes', evidence: 'A final response is issued within 28 calendar days.' },
      ]),
    expect: [],
  },
  {
    name: 'stage 1 acknowledgement in the row of 6.2 without a stage word',
    assessment: () =>
      assessment('2024', [
        { id: '6.2', comply: 'Yes', evidence: 'We acknowledge all complaints within seven working days' },
      ]),
    expect: [
      { provision: '6.2', message: /stage 1 acknowledgement window of seven working days exceeds the 2024 Code's 5/ },
    ],
  },
  {
    name: "the resident's time to escalate is not a window",
    assessment: () =>
      assessment('2024', [
        {
          id: '6.10',
          comply: 'Yes',
          evidence: 'Residents can request a stage 2 review within 30 working days of our stage 1 response.',
        },
      ]),
    expect: [],
  },
  {
    name: 'age of the complaint is not a window',
    assessment: () =>
      assessment('2024', [
        { id: '2.3', comply: 'Yes', evidence: 'We accept complaints about issues that occurred up to 12 months ago.' },
      ]),
    expect: [],
  },
  {
    name: 'a structured block from YAML',
    assessment: () => ({
      ...assessment('2024'),
      timescales: [
        {
          stage: 2,
          kind: 'extend',
          duration: { text: '30 working days', minWorkingDays: 30, maxWorkingDays: 30, converted: false },
          quote: 'stage2.extend: 30 working days',
          source: 'timescales',
          location: { line: 9 },
        },
      ],
    }),
    expect: [{ message: /stage 2 extension window of 30 working days exceeds the 2024 Code's 20/ }],
  },
]);
