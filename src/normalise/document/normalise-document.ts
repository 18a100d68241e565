/**
 * A DOCX/PDF document (the neutral DocumentModel) into the normalised Assessment:
 * provision rows from tables and cards (or, for a form laid out by Code section, one row per section) → whose Code
 * (the Housing Ombudsman's or the LGSCO's) → its version → ids for rows printed without one → answers read where
 * the landlord put them → landlord name → buildAssessment.
 */
import { failed, type Failed } from '../../failure/failure.js';
import { provisionIndex } from '../../catalogue/provision-index.js';
import type { Catalogue, CodeVersion } from '../../catalogue/types.js';
import type { DocumentModel } from '../../ingest/document.js';
import type { Assessment, ProvisionRecord } from '../assessment.js';
import { buildAssessment } from '../build-assessment.js';
import { collectCards } from './cards.js';
import { collectTableRows } from './collect-rows.js';
import { detectVersion, straighten } from './detect-version.js';
import { collapseText } from './grid.js';
import { findLandlord, type FoundLandlord } from './landlord.js';
import { findPeriod } from './period.js';
import { bestMatch } from './match-text.js';
import { placeAnswer } from './place-answer.js';
import { assignIdsByText } from './questions-2020.js';
import { dropBlankCopies } from './blank-copies.js';
import { withTabbedTables } from './tabbed-paragraphs.js';
import { collectQuestionParagraphs } from './question-paragraphs.js';
import { notAForm } from './not-a-form.js';
import { documentScheme } from './scheme.js';
import { collectSectionRows } from './section-rows.js';
import type { RawRow } from './types.js';

export interface NormaliseDocumentContext {
  file: string;
  catalogues: Catalogue[];
  /** --code override. */
  code?: CodeVersion;
}

export type NormalisedDocument = { ok: true; assessment: Assessment } | Failed;

function documentText(doc: DocumentModel): string {
  const parts: string[] = [];
  if (doc.title) parts.push(doc.title);
  for (const b of doc.blocks) {
    if (b.kind === 'paragraph') parts.push(b.text);
    else for (const r of b.rows) for (const c of r.cells) parts.push(c.text);
  }
  return straighten(parts.join(' '));
}

function toRecord(raw: RawRow, catalogue: Catalogue): ProvisionRecord {
  const id = raw.id ?? '?';
  const provision = provisionIndex(catalogue).get(id);
  const placed = placeAnswer(raw, { textQuestion: provision?.answer === 'text' });
  const requirement = collapseText(raw.requirement);
  return {
    id,
    ...(placed.comply !== undefined ? { comply: placed.comply } : {}),
    ...(placed.rawAnswer !== undefined ? { rawAnswer: placed.rawAnswer } : {}),
    evidence: placed.evidence,
    commentary: placed.commentary,
    ...(requirement !== '' ? { requirement } : {}),
    location: { ...raw.location },
  };
}

export function normaliseDocument(input: DocumentModel, ctx: NormaliseDocumentContext): NormalisedDocument {
  const doc = withTabbedTables(input);
  // Whose Code: the version is detected among that scheme's catalogues (both number their provisions alike).
  const scheme = documentScheme(doc, ctx.catalogues);
  const own = ctx.catalogues.filter((c) => c.scheme === scheme);
  const candidates = own.length > 0 ? own : ctx.catalogues;
  const collected = collectTableRows(doc);
  const laidOut = [...collected.rows, ...collectCards(doc)];
  // No table or card rows: the form may be questions and answers in paragraphs, or one row per Code section.
  const bySection = laidOut.some((r) => r.id !== undefined)
    ? undefined
    : collectSectionRows(
        doc,
        candidates.flatMap((c) => c.sections.map((s) => s.number)),
      );
  const sectionRows = bySection && bySection.rows.length > 0 ? bySection : undefined;
  const rows = (
    sectionRows ? sectionRows.rows : laidOut.length > 0 ? laidOut : collectQuestionParagraphs(doc, ctx.catalogues)
  ).sort((a, b) => a.order - b.order);
  const keyed = rows.filter((r) => r.id !== undefined);
  const questions = rows.filter(
    (r) =>
      r.id === undefined &&
      r.requirement.trim() !== '' &&
      ctx.catalogues.some((c) => bestMatch(r.requirement, c, r.section)),
  );
  if (keyed.length === 0 && questions.length === 0) return notAForm(doc, ctx.catalogues);

  const detected = detectVersion(
    {
      rows,
      headerLabels: sectionRows ? sectionRows.headerLabels : collected.headerLabels,
      headings: collected.headings,
      text: documentText(doc),
    },
    ctx.code !== undefined ? ctx.catalogues : candidates,
    ctx.code,
  );
  if (!detected.ok) return detected;
  const catalogue = ctx.catalogues.find((c) => c.version === detected.version);
  if (!catalogue) return failed('unknown-version', `no catalogue for the ${detected.version} Code`);
  const detection = { ...detected.detection, scheme };

  const identified = sectionRows
    ? rows
    : assignIdsByText(rows, catalogue, { rematch: catalogue.answers === 'questions' });
  const { kept, dropped } = dropBlankCopies(identified);
  const provisions = kept.map((r) => toRecord(r, catalogue));
  if (provisions.length === 0) return notAForm(doc, ctx.catalogues);

  const period = findPeriod(doc);
  return {
    ok: true,
    assessment: buildAssessment(
      {
        file: ctx.file,
        format: doc.format,
        code: catalogue.version,
        detection,
        ...landlordOf(findLandlord(doc, ctx.file)),
        ...(period !== undefined ? { period } : {}),
        provisions,
        ...(dropped.length > 0 ? { leftOut: dropped } : {}),
        ...(doc.ocr ? { ocr: doc.ocr } : {}),
      },
      catalogue,
    ),
  };
}

const landlordOf = (found: FoundLandlord): Pick<Assessment, 'landlord' | 'landlordSource'> => ({
  landlord: found.name,
  landlordSource: found.source,
});
