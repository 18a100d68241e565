/**
 * The answers of each Code section as one horizontal stacked bar, in inline SVG: one bar per section, one segment
 * per kind of answer, its count written on it. Readable in greyscale (No is hatched, Missing is an outline, the
 * counts are printed) and by a screen reader (the figure's title and description say every figure in words).
 */
import { ANSWER_KINDS, ANSWER_LABELS, type AnswerKind, type SectionReport } from './model.js';
import { escapeHtml } from './escape-html.js';
import { plural } from '../../util/text.js';

const WIDTH = 720;
const LABEL = 250;
const BAR = 22;
const GAP = 10;
const TOP = 8;
const LEGEND = 30;

const slug = (kind: AnswerKind): string => kind.replace('/', '');

/** "12 Yes, 2 Partial, 1 No": the bar in words. */
export function sectionInWords(section: SectionReport): string {
  const parts = ANSWER_KINDS.filter((k) => section.counts[k] > 0).map(
    (k) => `${section.counts[k]} ${ANSWER_LABELS[k]}`,
  );
  return `Section ${section.number}, ${section.title}: ${parts.length > 0 ? parts.join(', ') : 'no provisions'}`;
}

export function sectionChart(sections: readonly SectionReport[], titleId: string): string {
  const height = TOP + sections.length * (BAR + GAP) + LEGEND;
  const span = WIDTH - LABEL - 10;
  const bars = sections.map((section, i) => {
    const y = TOP + i * (BAR + GAP);
    const total = ANSWER_KINDS.reduce((n, k) => n + section.counts[k], 0);
    let x = LABEL;
    const segments = ANSWER_KINDS.filter((k) => section.counts[k] > 0).map((kind) => {
      const count = section.counts[kind];
      const w = total === 0 ? 0 : (count / total) * span;
      const rect =
        `<rect class="seg seg-${slug(kind)}" x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${BAR}"` +
        ` data-kind="${kind}" data-count="${count}"/>` +
        (kind === 'no'
          ? `<rect class="hatch" x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${BAR}"/>`
          : '') +
        (w >= 18
          ? `<text class="count count-${slug(kind)}" x="${(x + w / 2).toFixed(1)}" y="${y + BAR / 2 + 4}" text-anchor="middle">${count}</text>`
          : '');
      x += w;
      return rect;
    });
    const label = `${section.number}. ${section.title}`;
    return (
      `<g class="bar" data-section="${section.number}" data-total="${total}">` +
      `<text class="label" x="${LABEL - 8}" y="${y + BAR / 2 + 4}" text-anchor="end">${escapeHtml(
        label.length > 34 ? `${label.slice(0, 33)}…` : label,
      )}</text>` +
      segments.join('') +
      '</g>'
    );
  });
  let lx = LABEL;
  const legendY = TOP + sections.length * (BAR + GAP) + 6;
  const legend = ANSWER_KINDS.map((kind) => {
    const item =
      `<rect class="seg seg-${slug(kind)}" x="${lx}" y="${legendY}" width="14" height="14"/>` +
      (kind === 'no' ? `<rect class="hatch" x="${lx}" y="${legendY}" width="14" height="14"/>` : '') +
      `<text class="legend" x="${lx + 18}" y="${legendY + 12}">${escapeHtml(ANSWER_LABELS[kind])}</text>`;
    lx += 24 + ANSWER_LABELS[kind].length * 7;
    return item;
  });
  const words = sections.map(sectionInWords).join('. ');
  return (
    `<svg class="chart" role="img" viewBox="0 0 ${WIDTH} ${height}" width="100%" aria-labelledby="${titleId} ${titleId}-desc">` +
    `<title id="${titleId}">Answers by Code section (${plural(sections.length, 'section')})</title>` +
    `<desc id="${titleId}-desc">${escapeHtml(words)}.</desc>` +
    '<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">' +
    '<line x1="0" y1="0" x2="0" y2="6" class="hatch-line"/></pattern></defs>' +
    `<g aria-hidden="true">${bars.join('')}${legend.join('')}</g>` +
    '</svg>'
  );
}
