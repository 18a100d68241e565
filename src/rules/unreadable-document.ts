import type { Rule } from './types.js';

/**
 * Raised by the file readers, not by inspecting an assessment: a file that cannot be read becomes
 * one finding of this rule, so a batch goes on and the report still names it.
 */
export const unreadableDocument: Rule = {
  id: 'unreadable-document',
  severity: 'error',
  description: 'The file cannot be read as a self-assessment.',
  docs: {
    why: 'A file that is corrupt, password-protected, a scan without text, a legacy .doc, or holds no provisions cannot be checked at all.',
    fix: 'Follow the message: save as .docx, remove the password, run OCR, or export the form again.',
  },
  check() {
    return [];
  },
};
