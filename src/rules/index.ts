/** The rule registry: every rule module, in the order they are documented. */
import type { Rule } from './types.js';
import { wrongScheme } from './wrong-scheme.js';
import { missingProvision } from './missing-provision.js';
import { missingAnswer } from './missing-answer.js';
import { invalidAnswer } from './invalid-answer.js';
import { unexplainedNoncompliance } from './unexplained-noncompliance.js';
import { missingEvidence } from './missing-evidence.js';
import { duplicateProvision } from './duplicate-provision.js';
import { unknownProvision } from './unknown-provision.js';
import { requirementMismatch } from './requirement-mismatch.js';
import { timescaleBreach } from './timescale-breach.js';
import { stageCount } from './stage-count.js';
import { extraStage } from './extra-stage.js';
import { blankCopy } from './blank-copy.js';
import { needsReview } from './needs-review.js';
import { claimContradicted } from './claim-contradicted.js';
import { futureClaim } from './future-claim.js';
import { noComplianceDate } from './no-compliance-date.js';
import { nonCodeDefinition } from './non-code-definition.js';
import { boilerplateEvidence } from './boilerplate-evidence.js';
import { unreadableDocument } from './unreadable-document.js';
import { ocrLowConfidence } from './ocr-low-confidence.js';
import { caseLate } from './case-late.js';
import { caseOverdue } from './case-overdue.js';
import { caseRowInvalid } from './case-row-invalid.js';
import { extensionTooLong } from './extension-too-long.js';
import { extensionsTheNorm } from './extensions-the-norm.js';
import { claimContradictedByCases } from './claim-contradicted-by-cases.js';

export const rules: readonly Rule[] = [
  missingProvision,
  missingAnswer,
  invalidAnswer,
  unexplainedNoncompliance,
  missingEvidence,
  duplicateProvision,
  unknownProvision,
  requirementMismatch,
  timescaleBreach,
  stageCount,
  extraStage,
  claimContradicted,
  futureClaim,
  noComplianceDate,
  nonCodeDefinition,
  boilerplateEvidence,
  blankCopy,
  needsReview,
  ocrLowConfidence,
  unreadableDocument,
  wrongScheme,
  // Raised by `assess cases` over a complaint log.
  caseLate,
  caseOverdue,
  caseRowInvalid,
  extensionTooLong,
  extensionsTheNorm,
  claimContradictedByCases,
];

export const ruleById = (id: string): Rule | undefined => rules.find((r) => r.id === id);
