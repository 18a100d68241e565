/**
 * The neutral document model every reader (DOCX, PDF, XLSX, ODT, ODS: readers.ts) produces and the
 * document normaliser consumes: ordered blocks with their locations.
 */

import type { Location } from '../util/location.js';
import type { DocumentFormat } from './formats.js';

export type { Location } from '../util/location.js';

export interface Cell {
  /** Text with line breaks kept ("\n" between paragraphs / lines). */
  text: string;
  colSpan?: number;
  rowSpan?: number;
  /** True for a cell continued by a vertical merge from the row above (DOCX only). */
  mergedFromAbove?: boolean;
  /** Checkbox states found in the cell, in order, with the label text that follows each. */
  checkboxes?: { checked: boolean; label: string }[];
}

export interface Row {
  cells: Cell[];
  /** Marked as a header row by the writer (DOCX tableHeader), or detected as one. */
  header?: boolean;
  location: Location;
  /**
   * PDF: a row joined from the pieces a page break split it into, the pieces as read (each with its own location),
   * in order. The normaliser may find that a later piece is a row of its own (a provision printed without its
   * number at the top of the next page).
   */
  pieces?: Row[];
}

export interface TableBlock {
  kind: 'table';
  rows: Row[];
  location: Location;
}

export interface ParagraphBlock {
  kind: 'paragraph';
  text: string;
  /** Heading level 1..6 when the writer marked it as a heading. */
  heading?: number;
  location: Location;
}

export type Block = TableBlock | ParagraphBlock;

export interface DocumentModel {
  format: DocumentFormat;
  blocks: Block[];
  /** Document title/metadata where the file states it. */
  title?: string;
  /** Page count (PDF). */
  pages?: number;
  /** PDF: the pages read by OCR (src/ingest/ocr), and the rows holding words it was unsure of. */
  ocr?: OcrInfo;
}

export interface OcrPage {
  page: number;
  /** Mean word confidence, 0..100. */
  confidence: number;
  /** Degrees the page was turned to read it (its skew, plus 180 when it was scanned upside down). */
  rotation: number;
  /** `check --join`: the part (its file name) the page came from, and its page there (`page` counts on). */
  part?: string;
  partPage?: number;
}

/** A row (or paragraph) of an OCR page with a word read below the confidence threshold. */
export interface LowConfidence {
  /** A table row, or a paragraph (a card's or a question's text). */
  kind: 'row' | 'paragraph';
  location: Location;
  /** The lowest word confidence in it. */
  confidence: number;
  /** The words below the threshold, as read. */
  words: string[];
}

export interface OcrInfo {
  pages: OcrPage[];
  lowConfidence: LowConfidence[];
}
