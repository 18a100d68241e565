/** A Code version's catalogue: plain data loaded from `codes/<version>.yaml`. */

import { CODE_VERSIONS } from './versions.gen.js';

/** The Code versions: the catalogues in codes/ (src/catalogue/versions.gen.ts is generated from them). */
export { CODE_VERSIONS };
export type CodeVersion = (typeof CODE_VERSIONS)[number];

export type Obligation = 'must' | 'should';
export type Stage = 1 | 2 | 3;

/** Timescale windows the Code sets, keyed `stage<N>.<kind>`. */
export type TimescaleKind = 'acknowledge' | 'respond' | 'extend';
export type TimescaleKey = `stage${Stage}.${TimescaleKind}`;

export interface TimescaleLimit {
  key: TimescaleKey;
  /** Maximum in working days. */
  workingDays: number;
  /** The event the window runs from, as the Code words it. */
  from: string;
  /** The provision that sets it (absent when the catalogue's source did not show its id). */
  provision?: string;
}

/**
 * Whose Code: the Housing Ombudsman's (social landlords) or the LGSCO's (the Local Government and Social Care
 * Ombudsman's, for councils).
 */
export type Scheme = 'hos' | 'lgsco';

/** The schemes as reports name them. */
export const SCHEME_NAMES: Readonly<Record<Scheme, string>> = {
  hos: "the Housing Ombudsman's",
  lgsco: "the LGSCO's (Local Government and Social Care Ombudsman's)",
};

export interface CatalogueProvision {
  /** The id as the form prints it: "6.14" (2022, 2024) or "Q4.3" (2020 question scheme). */
  id: string;
  section: number;
  stage?: Stage;
  obligation: Obligation;
  /** The requirement (or question) text as the form prints it. */
  text: string;
  /** The text stops where the source read stopped (the provision goes on past it). */
  partial?: boolean;
  /**
   * `yes-no` (default); `text`: a 2020 question answered with a figure or
   * prose; `none`: a heading question whose sub-rows carry the answers.
   */
  answer?: 'yes-no' | 'text' | 'none';
  /**
   * On a question form (`answers: questions`), which yes-no answers comply: `yes` (default: a No is a shortfall)
   * or `either` (a question of fact: "Does the policy have exclusions?").
   */
  compliant?: 'yes' | 'either';
  /** Timescale windows this provision sets, so a landlord's statement in its row is read in context. */
  timescales?: TimescaleKey[];
}

export interface CatalogueSection {
  number: number;
  title: string;
  /** The catalogue does not list every provision of the section: an unlisted id in it is not unknown. */
  incomplete?: boolean;
}

export interface Catalogue {
  version: CodeVersion;
  scheme: Scheme;
  /** How reports name it: "2024 Code", "LGSCO Complaint Handling Code 2024". */
  name: string;
  title: string;
  /** Where the provisions were transcribed from, when read for the catalogue. */
  source?: { read: string; urls: string[]; missing?: string };
  /** ISO date the version took effect. */
  effective: string;
  /** How to recognise a form of this version. */
  recognise: {
    /** Header-cell labels typical of this version's form (lower-case substrings). */
    headers: string[];
    /** Distinctive phrases in the requirement wording (lower-case substrings). */
    phrases: string[];
  };
  /**
   * Where the form asks for evidence and explanations: `separate` columns (2024), one `combined`
   * "Evidence, commentary and any explanations" column (2022), or `none` per row (2020 questions).
   */
  evidence: 'separate' | 'combined' | 'none';
  /**
   * What the answers say: `compliance` (Yes/No/Partial: whether the provision is met) or `questions` (2020: Yes
   * or No to a question, either of which can be the compliant answer).
   */
  answers: 'compliance' | 'questions';
  /** The statutory Code (2024): it asks for the date by which the landlord intends to comply. */
  statutory?: boolean;
  sections: CatalogueSection[];
  provisions: CatalogueProvision[];
  timescales: TimescaleLimit[];
  stages: {
    /** Stages a process should have. */
    expected: number;
    /** The most stages ever allowed. */
    max: number;
    /** Whether a stage beyond `expected` (up to `max`) is allowed when reasons are given. */
    extraNeedsReasons: boolean;
    /** The provision that sets the stage rule. */
    provision: string;
  };
  /** Provision that forbids extra named stages ("stage 0"), if any. */
  extraStageProvision?: string;
  /** The Code's definition of a complaint, and what a landlord's own must keep. */
  definition?: CatalogueDefinition;
}

export interface CatalogueDefinition {
  /** The provision that gives the definition. */
  provision: string;
  /** What a landlord's definition must say, each with the wordings (lower-case substrings) that say it. */
  elements: { name: string; match: string[] }[];
  /** Wordings only an older version's definition has. */
  older?: { version: CodeVersion; match: string[] };
}
