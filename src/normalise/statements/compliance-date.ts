/**
 * Whether a landlord's explanation of a No or Partial gives a date or a timescale for compliance: "by March
 * 2025", "within the next quarter", "from 1 April", "Q3 2025/26", "by the end of the year", "in 6 weeks". The
 * 2024 Code asks for the date by which the landlord intends to comply. A figure that is no date ("3 of 10
 * cases", "section 4.2") is not one.
 */
const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';

const DATE_OR_TIMESCALE: RegExp[] = [
  // "March 2025", "1 April", "April 1st", "by April"
  new RegExp(`\\b${MONTH}\\.?\\s+(?:19|20)\\d\\d\\b`, 'i'),
  new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b`, 'i'),
  new RegExp(`\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?\\b`, 'i'),
  new RegExp(
    `\\b(?:by|from|in|during|before|until|after|end of|start of|beginning of)\\s+(?:the\\s+end\\s+of\\s+)?${MONTH}\\b`,
    'i',
  ),
  // 31/03/2025, 2025-03-31
  /\b\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d\d\b/,
  /\b(?:19|20)\d\d-\d\d-\d\d\b/,
  // "Q3", "quarter 2", "the next quarter", "2025/26"
  /\bq[1-4]\b/i,
  /\bquarter\b/i,
  /\b20\d\d\s*[/-]\s*(?:20)?\d\d\b/,
  // "by 2025", "in 2025", "during 2025-26"
  /\b(?:by|in|during|before|from|until|for)\s+(?:the\s+)?(?:financial\s+year\s+)?(?:19|20)\d\d\b/i,
  // "within 6 weeks", "in the next three months", "over the next 12 months"
  /\b(?:within|in|over|during)\s+(?:the\s+)?(?:next|coming|following)?\s*(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|a couple of)?\s*(?:working\s+)?(?:days?|weeks?|months?|years?|quarters?)\b/i,
  // "by the end of the year", "by year end", "next month", "this financial year"
  /\b(?:by|before|at)\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+|this\s+|next\s+)?)?(?:financial\s+|calendar\s+)?(?:year|year[-\s]end|month|quarter|spring|summer|autumn|winter)\b/i,
  /\b(?:next|this|the coming|the current)\s+(?:financial\s+|calendar\s+)?(?:year|month|quarter|week)\b/i,
  /\b(?:spring|summer|autumn|winter)\s+(?:of\s+)?(?:19|20)\d\d\b/i,
  /\b(?:deadline|target date|due date|timescale|timeline)\b/i,
];

export function hasComplianceDate(text: string): boolean {
  return DATE_OR_TIMESCALE.some((re) => re.test(text));
}
