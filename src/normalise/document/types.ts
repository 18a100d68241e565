/** Shapes shared by the document normaliser's steps. */
import type { Location } from '../../ingest/document.js';

/**
 * What a form column holds. `yes`/`no`/`partial`/`na` are answer-choice columns (2020: the answer is written in one).
 */
export type Role =
  'id' | 'requirement' | 'answer' | 'evidence' | 'commentary' | 'combined' | 'yes' | 'no' | 'partial' | 'na';

export type ChoiceRole = 'yes' | 'no' | 'partial' | 'na';
export const CHOICE_ROLES: readonly ChoiceRole[] = ['yes', 'no', 'partial', 'na'];

/** Grid column (0-based) → role, from a header row or inferred from the data. */
export interface ColumnMap {
  roles: Map<number, Role>;
  /** The header labels it came from (empty when inferred). */
  labels: string[];
  /** Grid width of the row it came from. */
  width: number;
}

/**
 * One provision (or 2020 question) as the form laid it out, before the answer is read. Texts keep their line breaks.
 */
export interface RawRow {
  /** The id as printed, tidied ("Provision 6.14." → "6.14"); absent on forms that print none (2020). */
  id?: string;
  requirement: string;
  answer: string;
  /** Text written in answer-choice columns (Yes / No / Partial / N/A columns). */
  choices: Partial<Record<ChoiceRole, string>>;
  evidence: string;
  commentary: string;
  /** Number of the last section heading above the row (2020 forms number their headings 1..8). */
  section?: number;
  location: Location;
  /** Position in the document (block index × BLOCK_SPAN + row), to keep table rows and cards in document order. */
  order: number;
  /**
   * A row printed without an id in a table whose rows carry ids: a provision whose number was lost, or a piece of
   * the row above (its text continued after a page break) or of the row below (a lead-in). The table reading cannot
   * tell them apart; the wording can, once the Code version is known (unnumbered-rows.ts).
   */
  unnumbered?: Unnumbered;
}

export interface Unnumbered {
  /** The row it would otherwise belong to: the provision row above (`above`), the next one (`below`), or none. */
  joins?: 'above' | 'below';
  /** Its texts by role, as the table printed them (what is added to the row it joins). */
  texts: RoleTexts;
  /** Roles whose text came from a cell vertically merged with the row above: left out when joined to it. */
  skip: Role[];
  /** The piece of a row a PDF page break split (joined as the PDF reader joins wrapped lines). */
  pageSplit?: boolean;
}

/** `order` = block index × BLOCK_SPAN + row within the block. */
export const BLOCK_SPAN = 100_000;
export const blockOf = (order: number): number => Math.floor(order / BLOCK_SPAN);

export const emptyRaw = (location: Location, order: number): RawRow => ({
  requirement: '',
  answer: '',
  choices: {},
  evidence: '',
  commentary: '',
  location,
  order,
});

/** Append text as a new line, skipping blanks. */
export const appendLine = (to: string, text: string): string =>
  text.trim() === '' ? to : to.trim() === '' ? text : `${to}\n${text}`;

/** A row's texts by role (merged cells resolved). */
export type RoleTexts = Partial<Record<Role, string>>;

/**
 * Append texts to a raw row by role, leaving out the roles in `skip`; a combined column's text is its evidence.
 * `append` joins two texts (a new line by default).
 */
export function addTexts(
  row: RawRow,
  texts: RoleTexts,
  skip: Set<Role> = new Set(),
  append: (to: string, text: string) => string = appendLine,
): void {
  const get = (r: Role): string => (skip.has(r) ? '' : (texts[r] ?? ''));
  row.requirement = append(row.requirement, get('requirement'));
  row.answer = append(row.answer, get('answer'));
  row.evidence = append(row.evidence, get('evidence'));
  row.commentary = append(row.commentary, get('commentary'));
  row.evidence = append(row.evidence, get('combined'));
  for (const c of CHOICE_ROLES) {
    const t = get(c);
    if (t !== '') row.choices[c] = append(row.choices[c] ?? '', t);
  }
}
