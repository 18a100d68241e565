/** Small catalogues (real wording, few provisions) and DocumentModel builders for the document normaliser tests. */
import { loadCatalogue } from '../../src/catalogue/load.js';
import type { Catalogue, CatalogueProvision, CodeVersion } from '../../src/catalogue/types.js';
import type { Block, Cell, DocumentModel, ParagraphBlock, Row, TableBlock } from '../../src/ingest/document.js';

const p = (id: string, section: number, text: string, extra: Partial<CatalogueProvision> = {}): CatalogueProvision => ({
  id,
  section,
  obligation: 'must',
  text,
  ...extra,
});

const base = (
  version: CodeVersion,
  provisions: CatalogueProvision[],
  recognise: Catalogue['recognise'],
): Catalogue => ({
  version,
  scheme: 'hos',
  name: `${version} Code`,
  title: `Complaint Handling Code ${version}`,
  effective: `${version}-04-01`,
  recognise,
  evidence: version === '2024' ? 'separate' : version === '2022' ? 'combined' : 'none',
  answers: version === '2020' ? 'questions' : 'compliance',
  sections: [],
  provisions,
  timescales: [],
  stages: { expected: 2, max: version === '2024' ? 2 : 3, extraNeedsReasons: version !== '2024', provision: '1.1' },
});

export const TEXT_2024 = {
  '1.2':
    "A complaint must be defined as: 'an expression of dissatisfaction, however made, about the standard of service, actions or lack of action by the landlord, its own staff, or those acting on its behalf, affecting a resident or group of residents.'",
  '1.3':
    "A resident does not have to use the word 'complaint' for it to be treated as such. Whenever a resident expresses dissatisfaction landlords must give them the choice to make complaint. A complaint that is submitted via a third party or representative must be handled in line with the landlord's complaints policy.",
  '2.1':
    'Landlords must accept a complaint unless there is a valid reason not to do so. If landlords decide not to accept a complaint they must be able to evidence their reasoning. Each complaint must be considered on its own merits.',
  '2.2':
    'A complaints policy must set out the circumstances in which a matter will not be considered as a complaint or escalated, and these circumstances must be fair and reasonable to residents. Acceptable exclusions include: The issue giving rise to the complaint occurred over twelve months ago. Legal proceedings have started. Matters that have previously been considered under the complaints policy.',
  '2.5':
    'Landlords must not take a blanket approach to excluding complaints; they must consider the individual circumstances of each complaint.',
  '6.14':
    'Landlords must issue a final response to the stage 2 within 20 working days of the complaint being acknowledged.',
  '6.20':
    "Stage 2 is the landlord's final response and must involve all suitable staff members needed to issue such a response.",
  '9.3':
    "Accountability and transparency are also integral to a positive complaint handling culture. Landlords must report back on wider learning and improvements from complaints to stakeholders, such as residents' panels, staff and relevant committees.",
  '9.8':
    'Landlords must have a standard objective in relation to complaint handling for all relevant employees or third parties that reflects the need to: a. have a collaborative and cooperative approach towards resolving complaints, working with colleagues across teams and departments; b. take collective responsibility for any shortfalls identified through complaints, rather than blaming others; and c. act within the professional standards for engaging with complaints as set by any relevant professional body.',
} as const;

export const TEXT_2022 = {
  '1.2':
    'A complaint must be defined as: an expression of dissatisfaction, however made, about the standard of service, actions or lack of action by the organisation, its own staff, or those acting on its behalf, affecting an individual resident or group of residents.',
  '1.3':
    "The resident does not have to use the word 'complaint' for it to be treated as such. A complaint that is submitted via a third party or representative must still be handled in line with the landlord's complaints policy.",
  '2.1':
    'Landlords must make it easy for residents to complain by providing different channels through which residents can make a complaint such as in person, over the telephone, in writing, by email and digitally.',
  '2.5':
    "Landlords must comply with the Equality Act 2010 and may need to adapt normal policies, procedures, or processes to accommodate an individual's needs.",
  '4.19':
    "Any restrictions placed on a resident's contact due to unacceptable behaviour should be appropriate to their needs and should demonstrate regard for the provisions of the Equality Act 2010.",
  '5.20':
    'Landlords must confirm the following in writing to the resident at the completion of stage three in clear, plain language: the complaint stage; the complaint definition; the decision on the complaint.',
} as const;

export const QUESTIONS_2020: [string, number, string, 'text'?][] = [
  ['Q1.1', 1, 'Does the complaints process use the following definition of a complaint?'],
  ['Q1.2', 1, 'Does the policy have exclusions where a complaint will not be considered?'],
  ['Q1.3', 1, 'Are these exclusions reasonable and fair to residents?'],
  ['Q2.1', 2, 'Are multiple accessibility routes available for residents to make a complaint?'],
  ['Q2.2', 2, 'Is the complaints policy and procedure available online?'],
  ['Q2.3', 2, 'Do we have a reasonable adjustments policy?'],
  ['Q3.1', 3, 'Is there a complaint officer or equivalent in post?'],
  ['Q3.2', 3, 'Does the complaint officer have autonomy to resolve complaints?'],
  ['Q3.8', 3, 'At what stage are most complaints resolved?', 'text'],
  [
    'Q4.2',
    4,
    "Are residents informed of the landlord's position and given a chance to respond and challenge any area of dispute before the final decision?",
  ],
  ['Q4.5', 4, 'What proportion of complaints are resolved at stage one?', 'text'],
  ['Q4.6', 4, 'What proportion of complaints are resolved at stage two?', 'text'],
  ['Q5.2', 5, 'Where the timescale was extended did we keep the Ombudsman informed?'],
];

export const CAT_2024 = base(
  '2024',
  Object.entries(TEXT_2024).map(([id, text]) => p(id, Number(id.split('.')[0]), text)),
  { headers: ['commentary / explanation', 'code provision'], phrases: ['member responsible for complaints'] },
);

export const CAT_2022 = base(
  '2022',
  Object.entries(TEXT_2022).map(([id, text]) => p(id, Number(id.split('.')[0]), text)),
  {
    headers: ['evidence, commentary and any explanations', 'code section'],
    phrases: ["best practice 'should' requirements"],
  },
);

export const CAT_2020 = base(
  '2020',
  QUESTIONS_2020.map(([id, section, text, answer]) => p(id, section, text, answer ? { answer } : {})),
  { headers: [], phrases: ['compliance with the complaint handling code'] },
);

/** The LGSCO's Code as the build has it (its wording tells an LGSCO form from a Housing Ombudsman one). */
export const CAT_LGSCO = loadCatalogue('lgsco-2024');

export const CATALOGUES = [CAT_2020, CAT_2022, CAT_2024, CAT_LGSCO];

// ---- DocumentModel builders -------------------------------------------------------------

export type CellSpec = string | Cell;

const toCell = (c: CellSpec): Cell => (typeof c === 'string' ? { text: c } : c);

/** A document from blocks; table and row numbers are filled in in document order. */
export function doc(...blocks: (TableSpec | ParagraphBlock)[]): DocumentModel {
  let tableNo = 0;
  let paragraphNo = 0;
  const out: Block[] = blocks.map((b) => {
    if ('kind' in b) {
      paragraphNo++;
      return { ...b, location: { paragraph: paragraphNo } };
    }
    tableNo++;
    const t: TableBlock = {
      kind: 'table',
      location: { table: tableNo },
      rows: b.rows.map((cells, i): Row => ({
        cells: cells.map(toCell),
        location: { table: tableNo, row: i + 1 },
        ...(b.headerRows?.includes(i) ? { header: true } : {}),
      })),
    };
    return t;
  });
  return { format: 'docx', blocks: out };
}

export interface TableSpec {
  rows: CellSpec[][];
  headerRows?: number[];
}

export const table = (rows: CellSpec[][], headerRows?: number[]): TableSpec => ({
  rows,
  ...(headerRows ? { headerRows } : {}),
});

export const para = (text: string, heading?: number): ParagraphBlock => ({
  kind: 'paragraph',
  text,
  ...(heading !== undefined ? { heading } : {}),
  location: {},
});

export const HEADER_2024 = [
  'Code provision',
  'Code requirement',
  'Comply: Yes / No',
  'Evidence',
  'Commentary / explanation',
];
export const HEADER_2022 = [
  'Code section',
  'Code requirement',
  'Comply: Yes/No',
  'Evidence, commentary and any explanations',
];
