import { ruleTable } from '../helpers/rule-table.js';
import { assessment, type RowSpec } from '../helpers/assessment.js';
import { boilerplateEvidence } from '../../src/rules/boilerplate-evidence.js';
import { loadCatalogue } from '../../src/catalogue/load.js';
import type { CodeVersion } from '../../src/catalogue/types.js';

const ids = (code: CodeVersion): string[] => loadCatalogue(code).provisions.map((p) => p.id);
const IDS_2024 = ids('2024');

/** Every row answered Yes, its evidence from `evidence(i)` (the i-th row, from 0). */
const every = (code: CodeVersion, evidence: (i: number, id: string) => string) => () =>
  assessment(
    code,
    ids(code).map((id, i) => ({ id, comply: 'Yes', evidence: evidence(i, id) })),
  );
/** A clean 2024 form but for the given rows. */
const rows =
  (...specs: RowSpec[]) =>
  () =>
    assessment('2024', specs);
const yes = (id: string, evidence: string): RowSpec => ({ id, comply: 'Yes', evidence });

const citesNothing = (id: string, quote: string) => ({
  provision: id,
  message: new RegExp(
    `^provision ${id.replace('.', '\\.')}'s evidence cites no document, section, page or link: "${quote.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"$`,
  ),
});

ruleTable(boilerplateEvidence, [
  // --- fires: the same evidence on most rows (one finding, at the first row) ---
  {
    name: '"Detailed in policy" on every row',
    assessment: every('2024', () => 'Detailed in policy'),
    expect: [{ provision: '1.2', message: /^the same evidence on 72 of 72 rows, from 1\.2 on: "Detailed in policy"$/ }],
  },
  {
    name: 'the same words in different case and spacing count as one',
    assessment: every('2024', (i) => ['Detailed in policy', 'detailed in Policy.', 'Detailed  in  POLICY'][i % 3]!),
    expect: [{ provision: '1.2', message: /the same evidence on 72 of 72 rows, from 1\.2 on: "Detailed in policy"/ }],
  },
  {
    name: 'a real document named on most rows, with nothing more, is still the same on most rows',
    assessment: every('2024', (i, id) => (i < 50 ? 'Complaints Policy 2024' : `Complaints Policy s.${id}`)),
    expect: [
      { provision: '1.2', message: /the same evidence on 50 of 72 rows, from 1\.2 on: "Complaints Policy 2024"/ },
    ],
  },
  {
    name: 'pointing at the first row that has it',
    assessment: every('2024', (i, id) => (i < 10 ? `Complaints Policy s.${id}` : 'See the complaints policy')),
    expect: [
      {
        provision: IDS_2024[10],
        message: new RegExp(`the same evidence on 62 of 72 rows, from ${IDS_2024[10]!.replace('.', '\\.')} on`),
      },
    ],
  },
  {
    name: '2022 combined column: "As per policy" on every row',
    assessment: every('2022', () => 'As per policy'),
    expect: [{ provision: '1.2', message: /the same evidence on 72 of 72 rows, from 1\.2 on: "As per policy"/ }],
  },
  {
    name: 'the same on most rows, and another row citing nothing',
    assessment: every('2024', (i, id) => (id === '7.3' ? 'See above' : 'Complaints Policy')),
    expect: [
      { provision: '1.2', message: /the same evidence on 71 of 72 rows, from 1\.2 on: "Complaints Policy"/ },
      citesNothing('7.3', 'See above'),
    ],
  },

  // --- fires: a row's evidence cites nothing ---
  { name: '"See above"', assessment: rows(yes('7.3', 'See above')), expect: [citesNothing('7.3', 'See above')] },
  { name: '"As above"', assessment: rows(yes('7.3', 'As above')), expect: [citesNothing('7.3', 'As above')] },
  { name: '"Yes" as the evidence', assessment: rows(yes('5.4', 'Yes')), expect: [citesNothing('5.4', 'Yes')] },
  {
    name: '"Detailed in policy" on one Partial row',
    assessment: rows({ id: '6.4', comply: 'Partial', evidence: 'Detailed in policy', commentary: 'Reviewing.' }),
    expect: [citesNothing('6.4', 'Detailed in policy')],
  },
  {
    name: '"As stated above"',
    assessment: rows(yes('6.16', 'As stated above.')),
    expect: [citesNothing('6.16', 'As stated above.')],
  },
  {
    name: 'the answer repeated before it: "Yes - see policy"',
    assessment: rows(yes('3.3', 'Yes - see policy')),
    expect: [citesNothing('3.3', 'Yes - see policy')],
  },
  {
    name: '"Covered in the policy and procedure"',
    assessment: rows(yes('5.5', 'Covered in the policy and procedure')),
    expect: [citesNothing('5.5', 'Covered in the policy and procedure')],
  },
  {
    name: '"The policy covers this"',
    assessment: rows(yes('2.5', 'The policy covers this')),
    expect: [citesNothing('2.5', 'The policy covers this')],
  },
  { name: '"In place"', assessment: rows(yes('9.8', 'In place')), expect: [citesNothing('9.8', 'In place')] },
  {
    name: 'the same empty words on three rows: three findings (too few to be the form-wide case)',
    assessment: rows(yes('7.2', 'See above'), yes('7.3', 'See above'), yes('7.4', 'See above')),
    expect: [citesNothing('7.2', 'See above'), citesNothing('7.3', 'See above'), citesNothing('7.4', 'See above')],
  },
  // --- fires: an account of practice, a system, a meeting, a person, a plan: nothing a reader can check ---
  {
    name: 'a bare account of practice',
    assessment: rows(yes('6.2', 'We acknowledge all complaints within five days')),
    expect: [citesNothing('6.2', 'We acknowledge all complaints within five days')],
  },
  {
    name: 'figures that are no citation: a timescale, a stage, a month',
    assessment: rows(
      yes('6.3', 'We resolve most complaints within 10 days at stage 1'),
      yes('7.4', 'Went to board July 2022'),
    ),
    expect: [
      citesNothing('6.3', 'We resolve most complaints within 10 days at stage 1'),
      citesNothing('7.4', 'Went to board July 2022'),
    ],
  },
  {
    name: 'a system, a meeting, a person',
    assessment: rows(
      yes('5.12', 'All complaints are logged on our housing system (QLx)'),
      yes('8.1', 'Themes are covered in Customer Experience meetings'),
      yes('9.5', 'Jane Smith, a board member, is our Complaints Champion'),
    ),
    expect: [
      citesNothing('5.12', 'All complaints are logged on our housing system (QLx)'),
      citesNothing('8.1', 'Themes are covered in Customer Experience meetings'),
      citesNothing('9.5', 'Jane Smith, a board member, is our Complaints Champion'),
    ],
  },
  {
    name: 'a document not named ("the new policy"), and generic kinds in the plural ("newsletters", "letters")',
    assessment: rows(
      yes('3.4', 'The new policy will set this out'),
      yes('3.5', 'Included in newsletters and on all complaint letters'),
    ),
    expect: [
      citesNothing('3.4', 'The new policy will set this out'),
      citesNothing('3.5', 'Included in newsletters and on all complaint letters'),
    ],
  },
  {
    name: 'a Partial row is judged too',
    assessment: rows({
      id: '5.8',
      comply: 'Partial',
      evidence: 'Most responses do this',
      commentary: 'Training by May 2025.',
    }),
    expect: [citesNothing('5.8', 'Most responses do this')],
  },

  // --- does not fire ---
  {
    name: 'a document named without a section: "Included in the Annual Report", "tenancy management policy"',
    assessment: rows(
      yes('3.4', 'Included in the Annual Report and customer correspondence'),
      yes('4.18', 'We also refer to the tenancy management policy'),
      yes('5.2', "This has been added to the persistent complainant's policy"),
    ),
    expect: [],
  },
  {
    name: 'a dated document, minutes with their item, a link to a domain',
    assessment: rows(
      yes('9.3', 'EIA completed on 19.08.22'),
      yes('9.4', 'Board minutes, item 7'),
      yes('3.5', 'Complaints (example-homes.org.uk)'),
    ),
    expect: [],
  },
  {
    name: "evidence worded as the Code's requirement itself (a form printing it beside the answer) is not judged",
    assessment: rows(
      yes(
        '6.17',
        'A complaint response must be provided to the resident when the answer to the complaint is known, not when the outstanding actions required to address the issue are completed.',
      ),
    ),
    expect: [],
  },
  {
    name: 'an account of practice on a No or N/A row is not offered as evidence of compliance',
    assessment: rows(
      {
        id: '5.9',
        comply: 'No',
        evidence: 'We acknowledge within ten days',
        commentary: 'To be five days by May 2025.',
      },
      { id: '5.10', comply: 'N/A', evidence: 'We have no contractors', commentary: '' },
    ),
    expect: [],
  },
  { name: 'a clean form', assessment: () => assessment('2024'), expect: [] },
  {
    name: 'a short real citation: "Complaints Policy s.4.2"',
    assessment: rows(yes('6.2', 'Complaints Policy s.4.2')),
    expect: [],
  },
  { name: '"See policy section 5"', assessment: rows(yes('6.3', 'See policy section 5')), expect: [] },
  { name: 'a URL', assessment: rows(yes('3.5', 'https://www.example-homes.org.uk/complaints')), expect: [] },
  { name: 'a bare web address', assessment: rows(yes('3.4', 'www.example-homes.co.uk/complaints')), expect: [] },
  { name: 'a named document: "Complaints Policy"', assessment: rows(yes('5.1', 'Complaints Policy')), expect: [] },
  {
    name: 'sections of a named policy',
    assessment: rows(yes('1.3', 'Defined in Customer Feedback Policy 6.2/6.3')),
    expect: [],
  },
  { name: 'a named template', assessment: rows(yes('6.9', 'Stage 1 response letter template')), expect: [] },
  { name: '"See appendix A"', assessment: rows(yes('8.1', 'See appendix A')), expect: [] },
  { name: 'a PDF named', assessment: rows(yes('3.4', 'complaints-policy.pdf')), expect: [] },
  { name: 'a page of a handbook', assessment: rows(yes('3.7', 'Tenant handbook p. 12')), expect: [] },
  {
    name: '"See above" with the document after it',
    assessment: rows(yes('7.3', 'See above: Complaints Policy 4.2')),
    expect: [],
  },
  {
    name: '"See above" on a No row is not offered as evidence of compliance',
    assessment: rows({
      id: '5.9',
      comply: 'No',
      evidence: 'See above',
      commentary: 'Policy to be amended by May 2025.',
    }),
    expect: [],
  },
  {
    name: 'the same citation on four rows is not most rows',
    assessment: rows(
      yes('6.2', 'Complaints Policy'),
      yes('6.3', 'Complaints Policy'),
      yes('6.4', 'Complaints Policy'),
      yes('6.5', 'Complaints Policy'),
    ),
    expect: [],
  },
  {
    name: 'the same citation on 30 of 72 rows is not most rows',
    assessment: every('2024', (i, id) => (i < 30 ? 'Complaints Policy 2024' : `Complaints Policy s.${id}`)),
    expect: [],
  },
  {
    name: 'empty Evidence cells are not counted (missing-evidence reports them)',
    assessment: every('2024', (i, id) => (i < 60 ? '' : `Complaints Policy s.${id}`)),
    expect: [],
  },
  { name: 'the 2020 form (no evidence column), clean', assessment: () => assessment('2020'), expect: [] },
]);
