/** The governing-body report's documents, keyed by `assess report --format`: each loaded only when asked for. */
import type { GoverningReport } from './model.js';

export type DocumentRenderer = (report: GoverningReport) => string;

export const reportRenderers: Readonly<Record<string, () => Promise<DocumentRenderer>>> = {
  html: async () => (await import('./html.js')).renderHtml,
  markdown: async () => (await import('./markdown.js')).renderMarkdown,
};

export const reportFormatNames = Object.keys(reportRenderers);
