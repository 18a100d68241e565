/**
 * The "card" layout: each provision a block of labelled parts instead of a table row, either as paragraphs
 * ("Code provision 2.1" / "Requirement" / "..." / "Do we comply?" / "Yes" / "Evidence" / "...") or as a
 * two-column key/value table ("Code provision | 2.1", "Comply | Yes", ...), one per provision or several in one table.
 */
import type { Block, DocumentModel, Location, ParagraphBlock, TableBlock } from '../../ingest/document.js';
import { cellRole } from './find-header.js';
import { gridCells, nonEmpty } from './grid.js';
import { parseId, splitLeadingId } from './ids.js';
import { addTexts, BLOCK_SPAN, emptyRaw, type RawRow, type Role } from './types.js';

type CardRole = Exclude<Role, 'yes' | 'no' | 'partial' | 'na'>;

const CARD_ROLES = new Set<Role>(['id', 'requirement', 'answer', 'evidence', 'commentary', 'combined']);

const asCardRole = (role: Role | undefined): CardRole | undefined =>
  role && CARD_ROLES.has(role) ? (role as CardRole) : undefined;

/** Labels a paragraph can be on its own line: short, and either ending in ":" / "?" or a known label phrase. */
const PLAIN_LABEL =
  /^(code )?(requirement|evidence|commentary|explanation|comments?|notes|comply|compliance|answer|response|do we comply|does the landlord comply|comply yes ?\/ ?no|commentary ?\/ ?explanation|evidence,? commentary and (any )?explanations?)$/;

function paragraphLabel(text: string): CardRole | undefined {
  const t = text.trim();
  if (t.length > 60 || t.includes('\n')) return undefined;
  const bare = t
    .toLowerCase()
    .replace(/[:?*]+\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!/[:?]\s*$/.test(t) && !PLAIN_LABEL.test(bare)) return undefined;
  const role = asCardRole(cellRole(bare));
  return role === 'id' ? undefined : role;
}

/** "Do we comply? Yes", "Evidence: Policy 4.2" → role and value. */
function inlineLabel(text: string): { role: CardRole; value: string } | undefined {
  const m = /^([^:?\n]{2,45}[:?])\s*(\S[\s\S]*)$/.exec(text.trim());
  if (!m) return undefined;
  const left = (m[1] ?? '').toLowerCase().replace(/[:?]$/, '').replace(/\s+/g, ' ').trim();
  if (!PLAIN_LABEL.test(left) && left.split(' ').length > 3) return undefined;
  const role = paragraphLabel(m[1] ?? '');
  return role ? { role, value: m[2] ?? '' } : undefined;
}

/**
 * The id a paragraph announces a card with: "Code provision 2.1",
 * "Provision: 2.1", a heading "2.1" or "2.1 Accepting complaints".
 */
function cardStart(p: ParagraphBlock): { id: string; requirement: string } | undefined {
  const text = p.text.trim();
  if (text.length > 200) return undefined;
  const labelled = /^(?:code\s+)?(?:provision|section|clause|ref(?:erence)?)\b\s*(?:no\.?)?\s*[:\-–]?\s*(.*)$/i.exec(
    text,
  );
  if (labelled) {
    const id = parseId(labelled[1] ?? '');
    if (id) return { id, requirement: '' };
    const lead = splitLeadingId(labelled[1] ?? '');
    if (lead && /^[A-Z]/.test(lead.rest.trim())) return { id: lead.id, requirement: '' };
    return undefined;
  }
  if (p.heading === undefined) return undefined;
  const id = parseId(text);
  if (id) return { id, requirement: '' };
  return undefined;
}

/** Rows of a key/value table: first cell a label, the rest its value. */
interface KvPair {
  label: string;
  value: string;
  role: CardRole | undefined;
  row: number;
  /** Where the reader put the row: table and row in a DOCX, page and line in a PDF. */
  location: Location;
}

function kvPairs(table: TableBlock): KvPair[] {
  return table.rows.map((row, i) => {
    // The first cell is the label even when it is empty (the rest of a value split over two rows).
    const [first, ...rest] = gridCells(row);
    const label = first?.text ?? '';
    const value = nonEmpty(rest)
      .map((c) => c.text)
      .join('\n');
    const n = row.location.row ?? i + 1;
    const location = Object.keys(row.location).length > 0 ? { ...row.location } : { ...table.location, row: n };
    return { label, value, role: asCardRole(cellRole(label)), row: n, location };
  });
}

/** A two-column table of labels and values, with at least one provision id in it. */
export function isKeyValueTable(table: TableBlock): boolean {
  // One pass over the rows: a row of three or more filled cells ends it (most tables are wider than two).
  let filled = 0;
  for (const r of table.rows) {
    const n = nonEmpty(gridCells(r)).length;
    if (n > 2) return false;
    if (n > 0) filled++;
  }
  if (filled < 3) return false;
  const pairs = kvPairs(table).filter((p) => p.label !== '');
  const labelled = pairs.filter((p) => p.role !== undefined);
  const ids = pairs.filter((p) => (p.role === 'id' && parseId(p.value)) || parseId(p.label));
  return ids.length > 0 && labelled.length >= 3 && labelled.length * 10 >= pairs.length * 6;
}

function cardsFromTable(table: TableBlock, blockIndex: number): RawRow[] {
  const cards: RawRow[] = [];
  let card: RawRow | undefined;
  /** The role of the labelled row above: a row with an empty label carries on its value (a row split in two). */
  let above: CardRole | undefined;
  for (const pair of kvPairs(table)) {
    const labelId = pair.role === 'id' ? parseId(pair.value) : parseId(pair.label);
    if (labelId) {
      card = {
        ...emptyRaw(pair.location, blockIndex * BLOCK_SPAN + pair.row),
        id: labelId,
      };
      above = undefined;
      if (pair.role !== 'id' && pair.value !== '') {
        card.requirement = pair.value;
        above = 'requirement';
      }
      cards.push(card);
      continue;
    }
    const role = pair.label === '' ? above : pair.role;
    if (card && role) addTexts(card, { [role]: pair.value });
    above = role;
  }
  return cards;
}

/** A section heading a PDF gives as a plain paragraph ("Section 3: Accessibility and Awareness"). */
const SECTION_HEADING = /^(Section|SECTION|Part|PART)\s+\d{1,2}\b/;

/**
 * Card labels run together into one paragraph (a PDF reader joins consecutive lines):
 * "Evidence: Policy 6.2 Commentary / explanation:" → ["Evidence: Policy 6.2", "Commentary / explanation:"].
 */
const EMBEDDED_LABEL =
  /\s(?=(?:Do we comply\?|Does the landlord comply\?|Comply(?::\s*Yes\s*\/\s*No)?:|Evidence:|Commentary(?:\s*\/\s*explanation)?:|Explanation:|Requirement:)(?:\s|$))/;

const splitAtLabels = (text: string): string[] =>
  text
    .split(EMBEDDED_LABEL)
    .map((t) => t.trim())
    .filter((t) => t !== '');

function cardsFromParagraphs(blocks: Block[]): RawRow[] {
  const cards: RawRow[] = [];
  let card: RawRow | undefined;
  let role: CardRole = 'requirement';
  let labelsSeen = 0;
  const close = (): void => {
    if (card && labelsSeen > 0) cards.push(card);
    card = undefined;
  };
  const take = (text: string, heading: boolean): void => {
    if (!card) return;
    const label = paragraphLabel(text);
    if (label) {
      role = label;
      labelsSeen++;
      return;
    }
    const inline = inlineLabel(text);
    if (inline) {
      labelsSeen++;
      role = inline.role;
      addTexts(card, { [inline.role]: inline.value });
      return;
    }
    if (heading || (SECTION_HEADING.test(text) && text.length <= 120)) {
      close();
      return;
    }
    addTexts(card, { [role]: text });
  };
  blocks.forEach((block, index) => {
    if (block.kind === 'table') {
      close();
      return;
    }
    const start = cardStart(block);
    if (start) {
      close();
      card = { ...emptyRaw(block.location, index * BLOCK_SPAN), id: start.id, requirement: start.requirement };
      role = 'requirement';
      labelsSeen = 0;
      return;
    }
    if (!card) return;
    for (const piece of splitAtLabels(block.text)) take(piece, block.heading !== undefined);
  });
  close();
  return cards.filter((c) => c.answer !== '' || c.evidence !== '' || c.commentary !== '' || c.requirement !== '');
}

/** All cards in the document: key/value tables and labelled paragraph blocks. */
export function collectCards(doc: DocumentModel): RawRow[] {
  const fromTables = doc.blocks.flatMap((b, i) =>
    b.kind === 'table' && isKeyValueTable(b) ? cardsFromTable(b, i) : [],
  );
  return [...fromTables, ...cardsFromParagraphs(doc.blocks)];
}
