// A realistic synthetic complaint log, seeded, with the breaches it holds known by construction: the fixtures of
// `assess cases` (fixtures/cases/) and the 100,000-row log of `npm run bench`. Working days are counted here with
// date-holidays directly (GB, ENG, public), independently of src/cases/working-days.ts, so a test comparing the
// two checks the tool's arithmetic against a second implementation. Cases are placed on purpose around Christmas,
// Easter, the 2022 and 2023 one-off bank holidays (the Platinum Jubilee, 3 June 2022; the Queen's funeral,
// 19 September 2022; the Coronation, 8 May 2023) and the leap day of 2024.
//
//   node scripts/cases/generate-log.mjs --count 60 --seed 3 --as-of 2025-09-30 --late 0.2 \
//     --out fixtures/cases/complaints
//     writes complaints.csv, complaints.xlsx (dates as date cells; the stage 2 response as Excel serials) and
//     complaints.expected.json (each case's status per window)
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import Holidays from 'date-holidays';
import { mulberry32 } from '../lib/mulberry32.mjs';

const DAY = 86_400_000;
const toDay = (iso) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY);
const isoOf = (day) => new Date(day * DAY).toISOString().slice(0, 10);

function holidaySet(first, last) {
  const hd = new Holidays('GB', 'ENG');
  const days = new Set();
  for (let y = first; y <= last; y++)
    for (const h of hd.getHolidays(y)) if (h.type === 'public') days.add(toDay(h.date.slice(0, 10)));
  return days;
}
const HOLIDAYS = holidaySet(2020, 2028);
const isWorking = (day) => {
  const w = (((day + 4) % 7) + 7) % 7;
  return w !== 0 && w !== 6 && !HOLIDAYS.has(day);
};
export const addWorkingDays = (from, n) => {
  let d = from;
  for (let left = n; left > 0;) if (isWorking(++d)) left--;
  return d;
};

/** Receipt dates placed just before the days a naive count gets wrong. */
const SPECIAL = [
  '2021-12-23', // Christmas on a Saturday: substitutes 27 and 28 December
  '2022-06-01', // Spring bank holiday 2 June and the Platinum Jubilee 3 June
  '2022-09-16', // the Queen's funeral, Monday 19 September
  '2022-12-23', // Christmas on a Sunday: Boxing Day 26, substitute 27
  '2023-04-06', // Good Friday 7 and Easter Monday 10 April
  '2023-05-05', // the Coronation, Monday 8 May
  '2024-02-27', // the leap day, Thursday 29 February
  '2024-03-28', // Good Friday 29 March and Easter Monday 1 April
  '2024-12-20', // Christmas and Boxing Day on Wednesday and Thursday
  '2025-12-19', // 5 working days end on 30 December, not 26
].map(toDay);

export const COLUMNS = [
  'Complaint Reference',
  'Date Received',
  'Stage 1 Acknowledgement Date',
  'Stage 1 Response Date',
  'Extension Agreed',
  'Extension Length (days)',
  'Escalation Request Date',
  'Stage 2 Acknowledged',
  'S2 Response',
  'S2 Extension (working days)',
  'Category',
  'Outcome',
];

const CATEGORIES = [
  'Repairs',
  'Damp and mould',
  'Anti-social behaviour',
  'Rent and charges',
  'Staff conduct',
  'Estate services',
];
const OUTCOMES = ['Upheld', 'Partly upheld', 'Not upheld'];

/**
 * The log's cases and, for each, its status per window as the Code measures it (2024 limits: 5, 10 + 10, 5, 20 + 20).
 * `late` is the share of each window answered late; `extensions` the share of stage 1 responses extended.
 */
export function generateLog({ count, seed = 1, asOf = '2025-09-30', late = 0.08, extensions = 0.15 }) {
  const rand = mulberry32(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const between = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
  const lastDay = toDay(asOf);
  const firstDay = toDay('2021-10-01');
  const cases = [];
  for (let i = 0; i < count; i++) {
    const reference = `CMP-${String(i + 1).padStart(6, '0')}`;
    let received = i < SPECIAL.length && SPECIAL[i] <= lastDay - 5 ? SPECIAL[i] : between(firstDay, lastDay - 5);
    while (!isWorking(received)) received++;
    const expected = {};
    const c = { reference, received, category: pick(CATEGORIES) };
    // Each window: answered in time, late by 1 to 4 working days, or open when its day has not come.
    const answer = (start, limit, key, extension = 0) => {
      const isLate = rand() < late;
      const taken = isLate
        ? limit + extension + between(1, 4)
        : between(Math.max(0, Math.min(1, limit)), limit + extension);
      const end = addWorkingDays(start, taken);
      if (end > lastDay) {
        const dueDay = addWorkingDays(start, limit + extension);
        expected[key] = dueDay < lastDay ? 'overdue' : 'open';
        return undefined;
      }
      expected[key] = isLate ? 'late' : taken <= limit ? 'in-time' : 'extended';
      return end;
    };
    c.acknowledged = answer(received, 5, 'stage1.acknowledge');
    if (c.acknowledged !== undefined) {
      let extended = rand() < extensions;
      if (extended) {
        c.extensionDays = rand() < 0.1 ? 15 : 10;
        c.extension = addWorkingDays(c.acknowledged, between(5, 10));
        // An extension not yet agreed as of the log's date is not in it.
        if (c.extension > lastDay) {
          extended = false;
          delete c.extension;
          delete c.extensionDays;
        }
      }
      c.response = answer(c.acknowledged, 10, 'stage1.respond', extended ? Math.min(c.extensionDays, 10) : 0);
      if (c.response !== undefined && c.extension !== undefined && c.extension > c.response) c.extension = c.response;
      if (c.response !== undefined && rand() < 0.3) {
        const escalated = c.response + between(1, 30);
        if (escalated < lastDay) {
          c.escalated = escalated;
          c.s2acknowledged = answer(escalated, 5, 'stage2.acknowledge');
          if (c.s2acknowledged !== undefined) {
            c.s2response = answer(c.s2acknowledged, 20, 'stage2.respond');
            if (c.s2response !== undefined) c.outcome = pick(OUTCOMES);
          }
        }
      } else if (c.response !== undefined) c.outcome = pick(OUTCOMES);
    }
    c.expected = expected;
    cases.push(c);
  }
  return cases;
}

/** Dates as UK exports hold them: mostly 31/01/2025, some 31 Jan 2025, some ISO. */
function ukDate(day, style) {
  if (day === undefined) return '';
  const [y, m, d] = isoOf(day).split('-');
  if (style === 1) {
    const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(m) - 1];
    return `${Number(d)} ${month} ${y}`;
  }
  if (style === 2) return `${y}-${m}-${d}`;
  return `${d}/${m}/${y}`;
}

const csvCell = (v) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

export function logCsv(cases) {
  const lines = [COLUMNS.join(',')];
  cases.forEach((c, i) => {
    const style = i % 10 === 3 ? 1 : i % 10 === 7 ? 2 : 0;
    const dates = [c.received, c.acknowledged, c.response, c.extension].map((d) => ukDate(d, style));
    const s2 = [c.escalated, c.s2acknowledged, c.s2response].map((d) => ukDate(d, style));
    lines.push(
      [c.reference, ...dates, c.extensionDays ?? '', ...s2, '', c.category, c.outcome ?? '']
        .map(String)
        .map(csvCell)
        .join(','),
    );
  });
  return `${lines.join('\n')}\n`;
}

/** Date cells for the dates, except the stage 2 response, written as Excel serial numbers (as some exports do). */
export async function logXlsx(cases) {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Complaints');
  sheet.addRow(COLUMNS);
  const cell = (day) => (day === undefined ? null : new Date(day * DAY));
  const serial = (day) => (day === undefined ? null : day - toDay('1899-12-30'));
  for (const c of cases) {
    const row = sheet.addRow([
      c.reference,
      cell(c.received),
      cell(c.acknowledged),
      cell(c.response),
      cell(c.extension),
      c.extensionDays ?? null,
      cell(c.escalated),
      cell(c.s2acknowledged),
      serial(c.s2response),
      null,
      c.category,
      c.outcome ?? null,
    ]);
    for (const i of [2, 3, 4, 5, 7, 8]) row.getCell(i).numFmt = 'dd/mm/yyyy';
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const expectedOf = (cases) =>
  Object.fromEntries(cases.map((c) => [c.reference, c.expected]).sort((a, b) => (a[0] < b[0] ? -1 : 1)));

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '200' },
      seed: { type: 'string', default: '1' },
      'as-of': { type: 'string', default: '2025-09-30' },
      out: { type: 'string', default: 'fixtures/cases/log' },
      late: { type: 'string', default: '0.08' },
      'csv-only': { type: 'boolean', default: false },
    },
  });
  const cases = generateLog({
    count: Number(values.count),
    seed: Number(values.seed),
    asOf: values['as-of'],
    late: Number(values.late),
  });
  mkdirSync(dirname(values.out), { recursive: true });
  writeFileSync(`${values.out}.csv`, logCsv(cases));
  if (!values['csv-only']) {
    writeFileSync(`${values.out}.xlsx`, await logXlsx(cases));
    writeFileSync(`${values.out}.expected.json`, `${JSON.stringify(expectedOf(cases), null, 2)}\n`);
  }
  console.log(`wrote ${values.out}.csv${values['csv-only'] ? '' : ', .xlsx, .expected.json'}: ${cases.length} cases`);
}
