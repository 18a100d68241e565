/**
 * The landlord's name: where the document states it (a "Landlord: X" line or table row, "Based on X's ...",
 * a title "X self-assessment"), else from the file name ("acme-homes-2024.docx" → "acme homes").
 */
import { basename, extname } from 'node:path';
import type { DocumentModel } from '../../ingest/document.js';
import { gridCells, nonEmpty } from './grid.js';

/** How far into the document to look for the name. */
const HEAD_BLOCKS = 15;
/** A title naming the landlord is a short line. */
const TITLE_MAX = 120;

const LABELLED =
  /^(?:landlord(?:['’]s)?(?: name)?|name of (?:the )?landlord|organi[sz]ation(?: name)?|housing provider|provider(?: name)?|registered provider)\s*[:\-–—]\s*(.{2,80})$/i;
const LABEL_ONLY =
  /^(?:landlord(?:['’]s)?(?: name)?|name of (?:the )?landlord|organi[sz]ation(?: name)?|housing provider|provider(?: name)?|registered provider)\s*:?$/i;
const BASED_ON = /\b[Bb]ased on (?:the )?([A-Z][\w&'’. -]{1,60}?)['’]s?\s/;
const BEFORE_SELF_ASSESSMENT =
  /^(.{2,80}?)\s*[-–—:,|]?\s*(?:(?:the\s+)?(?:(?:housing|lgsco['’]?s?|lgo['’]?s?|local government and social care)\s+)?(?:ombudsman['’]?s?\s+)?complaints?\s+handling\s+code\s*[-–—:,]?\s*)?self[-\s]?assessment\b/i;
const GENERIC =
  /^(the|our|a|an|this|complaints?|housing|ombudsman|code|annual|form|appendix|annex|schedule|draft|final|\d+)\b|complaints? handling|self[-\s]?assessment/i;

const tidy = (name: string): string =>
  name
    .replace(/\s+/g, ' ')
    .replace(/['’]s$/i, '')
    .replace(/^[\s"'“”‘’]+|[\s"'“”‘’.,:;–—-]+$/g, '')
    .trim();

const plausible = (name: string): boolean =>
  name.length >= 2 && name.length <= 80 && name.split(' ').length <= 8 && !GENERIC.test(name) && /[A-Za-z]/.test(name);

/** Words of a proper name: capitalised, or joining words ("London Borough of Ealing", "Acme & Co"). */
const nameLike = (name: string): boolean =>
  name
    .split(' ')
    .every((w, i) => /^[A-Z0-9(]/.test(w) || (i > 0 && /^(of|and|&|the|for|on|upon|in|de|la|-|–)$/.test(w)));

/** "Appendix 2: ", "Annex B – ": the label a report puts before the title of an attached document. */
const ATTACHMENT_LABEL = /^(?:appendix|annex|annexe|schedule|enclosure|attachment)\s+[\w.]{1,4}\s*[:\-–—.]\s*/i;

function fromText(text: string): string | undefined {
  const line = text.replace(/\s+/g, ' ').trim().replace(ATTACHMENT_LABEL, '');
  const labelled = LABELLED.exec(line);
  if (labelled?.[1] && plausible(tidy(labelled[1]))) return tidy(labelled[1]);
  const based = BASED_ON.exec(line);
  if (based?.[1] && plausible(tidy(based[1])) && nameLike(tidy(based[1]))) return tidy(based[1]);
  if (line.length > TITLE_MAX) return undefined;
  const titled = BEFORE_SELF_ASSESSMENT.exec(line);
  if (titled?.[1] && plausible(tidy(titled[1])) && nameLike(tidy(titled[1]))) return tidy(titled[1]);
  return undefined;
}

/** "acme-homes-2024.docx" → "acme homes": the file name without years, versions and form words. */
export function landlordFromFileName(file: string): string {
  const stem = basename(file, extname(file));
  const words = stem
    .split(/[\s_.\-–()[\]]+/)
    .filter((w) => w !== '')
    .filter((w) => !/^\d+$/.test(w) && !/^v\d+$/i.test(w))
    .filter(
      (w) =>
        !/^(self|assessment|selfassessment|sa|complaints?|handling|code|chc|hoc|form|final|draft|copy|signed|approved|published|version|appendix|annex|fy|report)$/i.test(
          w,
        ),
    );
  return words.length > 0 ? words.join(' ') : stem;
}

/** Words that mark an organisation's name in a heading ("Riverside Community Housing", "Acme Homes Ltd"). */
const ORGANISATION =
  /\b(homes?|housing|council|association|trust|group|borough|district|city|partnership|living|ltd|limited|plc|estates?|properties|community|society|co-?operative|ha|alliance|foundation|lettings)\b/i;

/** The name, and whether the document printed it or only the file name gave it. */
export interface FoundLandlord {
  name: string;
  source: 'document' | 'file name';
}

export function findLandlord(doc: DocumentModel, file: string): FoundLandlord {
  const named = nameInDocument(doc);
  return named !== undefined
    ? { name: named, source: 'document' }
    : { name: landlordFromFileName(file), source: 'file name' };
}

function nameInDocument(doc: DocumentModel): string | undefined {
  const candidates: string[] = [];
  if (doc.title) candidates.push(doc.title);
  for (const block of doc.blocks.slice(0, HEAD_BLOCKS)) {
    if (block.kind === 'paragraph') {
      candidates.push(block.text);
      continue;
    }
    for (const row of block.rows.slice(0, 10)) {
      const cells = nonEmpty(gridCells(row));
      const [label, value] = cells;
      if (label && value && LABEL_ONLY.test(label.text.trim())) candidates.push(`Landlord: ${value.text}`);
    }
  }
  // Labelled statements first, then "based on", then titles.
  for (const c of candidates) {
    const m = LABELLED.exec(c.replace(/\s+/g, ' ').trim());
    if (m?.[1] && plausible(tidy(m[1]))) return tidy(m[1]);
  }
  for (const c of candidates) {
    const name = fromText(c);
    if (name) return name;
  }
  // A title, top heading or (PDF, no heading levels) first line that is just the organisation's name.
  const first = doc.blocks[0];
  const headings = [
    doc.title ?? '',
    ...(first?.kind === 'paragraph' ? [first.text] : []),
    ...doc.blocks
      .slice(0, HEAD_BLOCKS)
      .flatMap((b) => (b.kind === 'paragraph' && b.heading !== undefined && b.heading <= 2 ? [b.text] : [])),
  ];
  for (const h of headings) {
    const name = tidy(h);
    if (plausible(name) && nameLike(name) && ORGANISATION.test(name)) return name;
  }
  return undefined;
}
