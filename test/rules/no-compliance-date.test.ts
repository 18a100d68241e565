import { ruleTable } from '../helpers/rule-table.js';
import { assessment, type RowSpec } from '../helpers/assessment.js';
import { noComplianceDate } from '../../src/rules/no-compliance-date.js';
import type { CodeVersion } from '../../src/catalogue/types.js';

/** A clean form but for one row. */
const form =
  (code: CodeVersion, row: RowSpec): (() => ReturnType<typeof assessment>) =>
  () =>
    assessment(code, [row]);
/** 2024: a Partial (or No) with its commentary. */
const partial = (id: string, commentary: string, comply = 'Partial', evidence = 'Complaints Policy s.6') =>
  form('2024', { id, comply, evidence, commentary });

ruleTable(noComplianceDate, [
  // --- fires: explained, but no date or timescale for compliance ---
  {
    name: 'the 2020 form: No to a question whose compliant answer is Yes (the default severity, warning)',
    assessment: form('2020', { id: 'Q2.3', comply: 'No', commentary: 'No policy, but we follow the Equality Act.' }),
    expect: [
      {
        provision: 'Q2.3',
        message:
          /^provision Q2\.3 is answered No with no date for compliance: "No policy, but we follow the Equality Act\."$/,
      },
    ],
  },
  {
    name: 'a bare pointer to an action plan gives no date',
    assessment: partial('7.4', 'See action plan.'),
    expect: [
      {
        provision: '7.4',
        severity: 'error',
        message: /7\.4 is answered Partial with no date for compliance: "See action plan\."/,
      },
    ],
  },
  {
    name: "the Code's timescale described as met where possible is no timescale for compliance",
    assessment: partial('6.2', 'Acknowledgements are sent within five working days where possible.'),
    expect: [{ provision: '6.2', severity: 'error', message: /6\.2 is answered Partial with no date for compliance/ }],
  },
  {
    name: 'we are reviewing this (2024: error)',
    assessment: partial('6.11', 'Extensions are not always agreed with the resident; we are reviewing this.'),
    expect: [
      {
        provision: '6.11',
        severity: 'error',
        message:
          /^provision 6\.11 is answered Partial with no date for compliance: "Extensions are not always agreed with the resident; we are reviewing this\."$/,
      },
    ],
  },
  {
    name: 'No: we are developing a framework',
    assessment: partial(
      '9.6',
      'We are developing a reporting framework to provide reports to senior management.',
      'No',
    ),
    expect: [
      {
        provision: '9.6',
        severity: 'error',
        message: /9\.6 is answered No with no date for compliance: "We are developing a reporting framework/,
      },
    ],
  },
  {
    name: "the Code's timescale described as missed is no timescale for compliance",
    assessment: partial('6.3', 'Stage 1 responses are not always sent within 10 working days.', 'No'),
    expect: [
      { provision: '6.3', severity: 'error', message: /6\.3 .*"Stage 1 responses are not always sent within 10/ },
    ],
  },
  {
    name: 'a date in the past: last reviewed in March 2023',
    assessment: partial(
      '3.5',
      'The policy was last reviewed in March 2023 and does not explain how we publicise the Code.',
    ),
    expect: [{ provision: '3.5', severity: 'error', message: /3\.5 .*"The policy was last reviewed in March 2023/ }],
  },
  {
    name: 'a date in the past: since April 2024',
    assessment: partial('8.2', 'Since April 2024 the report goes to the Board, but it is not on the website.', 'No'),
    expect: [{ provision: '8.2', severity: 'error', message: /8\.2 .*"Since April 2024 the report goes to the Board/ }],
  },
  {
    name: 'a year in the past: in 2023/24 we received',
    assessment: partial('3.1', 'In 2023/24 we received 12 complaints by email that were not logged.'),
    expect: [{ provision: '3.1', severity: 'error', message: /3\.1 .*"In 2023\/24 we received 12 complaints/ }],
  },
  {
    name: 'a past publication date',
    assessment: partial(
      '8.2',
      "The annual report for 2023/24 was published in October 2024 without the governing body's response.",
    ),
    expect: [{ provision: '8.2', severity: 'error', message: /8\.2 .*"The annual report for 2023\/24 was published/ }],
  },
  {
    name: 'as soon as possible is no date',
    assessment: partial('6.5', 'We will update the extension letter as soon as possible.'),
    expect: [{ provision: '6.5', severity: 'error', message: /6\.5 .*"We will update the extension letter as soon/ }],
  },
  {
    name: 'in due course is no date',
    assessment: partial('5.14', 'We aim to have a policy on unacceptable behaviour in due course.', 'No'),
    expect: [{ provision: '5.14', severity: 'error', message: /5\.14 is answered No .*"We aim to have a policy/ }],
  },
  {
    name: 'most responses within the timescale is performance, not a plan',
    assessment: partial('6.14', 'Most stage 2 responses are sent within 20 working days; complex cases take longer.'),
    expect: [{ provision: '6.14', severity: 'error', message: /6\.14 .*"Most stage 2 responses are sent within 20/ }],
  },
  {
    name: "a document's own date in the Evidence column is no date for compliance",
    assessment: partial('4.1', 'We are recruiting a complaints officer.', 'No', 'Complaints Policy (April 2024)'),
    expect: [{ provision: '4.1', severity: 'error', message: /4\.1 .*"We are recruiting a complaints officer\."/ }],
  },
  {
    name: 'the explanation in the Comply cell',
    assessment: form('2024', { id: '4.3', comply: 'Partial - staff training is ongoing', evidence: 'Training log' }),
    expect: [{ provision: '4.3', severity: 'error', message: /4\.3 is answered Partial .*"Partial - staff training/ }],
  },
  {
    name: 'approved on a past date; the role still vacant',
    assessment: partial(
      '9.5',
      'The self-assessment was approved by the Board on 12 March 2024; the MRC role is vacant.',
    ),
    expect: [{ provision: '9.5', severity: 'error', message: /9\.5 .*"The self-assessment was approved by the Board/ }],
  },
  {
    name: '2022 combined column (warning): while the team is recruited',
    assessment: form('2022', {
      id: '5.1',
      comply: 'No',
      evidence: 'Stage 1 responses take 15 days while the team is recruited.',
    }),
    expect: [{ provision: '5.1', message: /5\.1 is answered No .*"Stage 1 responses take 15 days while the team/ }],
  },
  {
    name: '2022 (warning): the policy will be amended, no date',
    assessment: form('2022', {
      id: '4.13',
      comply: 'Partial',
      evidence: 'The policy will be amended to include the escalation timescale.',
    }),
    expect: [{ provision: '4.13', message: /4\.13 is answered Partial .*"The policy will be amended to include/ }],
  },
  {
    name: '2022 (warning): training was completed in 2022 for frontline staff only',
    assessment: form('2022', {
      id: '3.3',
      comply: 'Partial',
      evidence: 'Training was completed in 2022 for frontline staff only.',
    }),
    expect: [{ provision: '3.3', message: /3\.3 .*"Training was completed in 2022/ }],
  },

  // --- does not fire ---
  { name: 'a clean form', assessment: () => assessment('2024'), expect: [] },
  {
    name: 'by March 2025',
    assessment: partial('3.5', 'The policy will be amended by March 2025 to explain how we publicise the Code.'),
    expect: [],
  },
  {
    name: 'within the next quarter',
    assessment: partial('6.5', 'Extension letters will include the Ombudsman details within the next quarter.'),
    expect: [],
  },
  {
    name: 'from 1 April',
    assessment: partial('6.14', 'The 20 working day stage 2 timescale applies from 1 April.'),
    expect: [],
  },
  {
    name: 'Q3 2025/26',
    assessment: partial('9.7', 'Quarterly Board reporting starts in Q3 2025/26.'),
    expect: [],
  },
  {
    name: 'by the end of the year',
    assessment: partial('4.3', 'All staff will complete Code training by the end of the year.'),
    expect: [],
  },
  {
    name: 'in 6 weeks',
    assessment: partial('6.9', 'Template letters will be updated in 6 weeks.'),
    expect: [],
  },
  {
    name: 'a target date as dd/mm/yyyy',
    assessment: partial('5.12', 'Record keeping gaps identified. Target completion 31/03/2025.'),
    expect: [],
  },
  {
    name: 'over the next 12 months',
    assessment: partial('9.1', 'A learning log will be set up over the next 12 months.', 'No'),
    expect: [],
  },
  {
    name: 'next month',
    assessment: partial('9.5', 'The MRC will be appointed next month.', 'No'),
    expect: [],
  },
  {
    name: 'a past date and a future one',
    assessment: partial('3.5', 'The policy was last reviewed in March 2023; it will be reviewed again by June 2025.'),
    expect: [],
  },
  {
    name: 'training booked for 14 May',
    assessment: partial('4.3', 'Training sessions for the repairs team are booked for 14 May.'),
    expect: [],
  },
  {
    name: 'the deadline is in the Evidence column: action plan item by March 2025',
    assessment: partial(
      '8.1',
      'We are reviewing this.',
      'Partial',
      'Action plan item 4: report to Board by March 2025',
    ),
    expect: [],
  },
  {
    name: 'the target dates are said to be in the action plan',
    assessment: partial('5.10', 'Gaps and actions are listed in our action plan (Appendix C), with target dates.'),
    expect: [],
  },
  {
    name: '2022 combined column with a month and year',
    assessment: form('2022', { id: '5.1', comply: 'No', evidence: 'The new case system goes live in June 2025.' }),
    expect: [],
  },
  {
    name: 'spring 2025',
    assessment: partial('3.1', 'A webchat channel is planned for spring 2025.'),
    expect: [],
  },
  {
    name: 'the 2020 form: No to a question of fact (Q1.2, "does the policy have exclusions?") needs no date',
    assessment: form('2020', { id: 'Q1.2', comply: 'No', commentary: 'No, every complaint is considered.' }),
    expect: [],
  },
  {
    name: 'the 2020 form: Yes, and an answer in figures, need no date',
    assessment: () =>
      assessment('2020', [
        { id: 'Q2.3', comply: 'Yes', commentary: 'Yes, we are reviewing it.' },
        { id: 'Q4.5', comply: '88% of complaints', commentary: 'We are working to raise it.' },
      ]),
    expect: [],
  },
  {
    name: 'the 2020 form: a No with a dated action',
    assessment: form('2020', {
      id: 'Q2.4',
      comply: 'No',
      commentary: 'Not regularly advertised; a leaflet will go to every tenant by June 2021.',
    }),
    expect: [],
  },
  {
    name: "no explanation at all is unexplained-noncompliance's finding",
    assessment: form('2024', { id: '5.1', comply: 'No', evidence: 'Complaints Policy' }),
    expect: [],
  },
  {
    name: 'Yes and N/A need no date',
    assessment: () =>
      assessment('2024', [
        { id: '5.1', comply: 'Yes', commentary: 'We are reviewing this.' },
        { id: '5.4', comply: 'N/A', commentary: 'No third parties handle complaints.' },
      ]),
    expect: [],
  },
]);
