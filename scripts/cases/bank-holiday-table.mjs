// The England-and-Wales bank holidays as date-holidays gives them: [ISO date, name] sorted by date.
// Shared by the generator (bank-holidays.mjs) and the test that the committed table still matches.
import Holidays from 'date-holidays';

export const FIRST_YEAR = 2015;
export const LAST_YEAR = 2035;

export function bankHolidayTable() {
  const byDate = new Map();
  for (const state of ['ENG', 'WLS']) {
    const hd = new Holidays('GB', state);
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      for (const h of hd.getHolidays(year)) {
        if (h.type !== 'public') continue;
        const date = h.date.slice(0, 10);
        if (!byDate.has(date)) byDate.set(date, h.name.replace(/\u2019/g, "'"));
      }
    }
  }
  return [...byDate.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1));
}
