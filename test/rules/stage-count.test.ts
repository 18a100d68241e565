import { ruleTable } from '../helpers/rule-table.js';
import { assessment } from '../helpers/assessment.js';
import { stageCount } from '../../src/rules/stage-count.js';

ruleTable(stageCount, [
  {
    name: 'two stages',
    assessment: () => assessment('2024', [{ id: '5.3', comply: 'Yes', evidence: 'We follow a two stage process.' }]),
    expect: [],
  },
  {
    name: 'three stages under 2024',
    assessment: () =>
      assessment('2024', [
        { id: '5.3', comply: 'Yes', evidence: 'Policy', commentary: 'We operate a three stage complaints process.' },
      ]),
    expect: [{ provision: '5.3', message: /3-stage process is more than the 2024 Code allows \(exactly 2/ }],
  },
  {
    name: 'three stages under 2022 → info (needs reasons)',
    assessment: () =>
      assessment('2022', [{ id: '5.17', comply: 'Yes', evidence: 'We have a 3-stage procedure with a panel.' }]),
    expect: [{ provision: '5.17', message: /allows a third stage only with reasons/, severity: 'info' }],
  },
  {
    name: 'four stages under 2022',
    assessment: () =>
      assessment('2022', [
        { id: '5.17', comply: 'Yes', evidence: 'Our four stage complaints procedure ends with a panel.' },
      ]),
    expect: [{ provision: '5.17', message: /4-stage process is more than the 2022 Code allows \(at most 3/ }],
  },
  {
    name: 'negated',
    assessment: () =>
      assessment('2024', [{ id: '5.3', comply: 'Yes', evidence: 'We no longer run a three stage process.' }]),
    expect: [],
  },
  {
    name: 'a structured stages count',
    assessment: () => ({
      ...assessment('2024'),
      stageCounts: [{ count: 3, quote: 'stages: 3', source: 'timescales', location: { line: 5 } }],
    }),
    expect: [{ message: /3-stage/ }],
  },
]);
