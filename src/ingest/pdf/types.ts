/** Plain data shared by the PDF reader's modules. Coordinates are PDF points, y grows downwards (top of page = 0). */
import type { Row } from '../document.js';

/** One run of text as pdf.js reports it, placed on the page. */
export interface TextPiece {
  str: string;
  /** Left edge. */
  x: number;
  /** Baseline. */
  y: number;
  width: number;
  /** Font size (em height). */
  size: number;
  /** pdf.js font id: a change of font (bold, italic, heading) shows as a different id. */
  font: string;
  /** 1-based number of the page text line this piece sits on (see text-lines.ts). */
  line: number;
  /** Read by OCR: the recogniser's confidence in the word, 0..100 (src/ingest/ocr). */
  confidence?: number;
}

/** Pieces that share a baseline (within tolerance), left to right. */
export interface TextLine {
  pieces: TextPiece[];
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** Largest font size on the line. */
  size: number;
  /** Smallest page line number of its pieces. */
  line: number;
}

export interface HSegment {
  y: number;
  x1: number;
  x2: number;
}

export interface VSegment {
  x: number;
  y1: number;
  y2: number;
}

/** Everything read from one page. */
export interface PageContent {
  /** 1-based page number. */
  page: number;
  width: number;
  height: number;
  pieces: TextPiece[];
  hSegments: HSegment[];
  vSegments: VSegment[];
}

/** A table found on one page, before tables continuing over pages are joined. */
export interface PageTable {
  page: number;
  top: number;
  bottom: number;
  /** Column boundaries (ruled) or column starts (borderless), left to right: used to tell a continuation apart. */
  columns: number[];
  rows: Row[];
}

/** A paragraph found on one page. */
export interface PageParagraph {
  page: number;
  top: number;
  text: string;
  line: number;
}
