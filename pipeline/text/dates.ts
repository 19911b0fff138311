// Calendar dates as written in news headers and datelines → ISO `YYYY-MM-DD`, or null when unsure.
const months: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};

export function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

export function parseDate(text: string): string | null {
  const value = text.trim().replace(/^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+/i, "");
  let m = /^(\d{4})-(\d{2})-(\d{2})\b/.exec(value);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^([A-Za-z]+)\.? (\d{1,2}),? (\d{4})$/.exec(value);
  if (m && months[m[1]!.toLowerCase()]) return isoDate(Number(m[3]), months[m[1]!.toLowerCase()]!, Number(m[2]));
  m = /^(\d{1,2}) ([A-Za-z]+)\.? (\d{4})$/.exec(value);
  if (m && months[m[2]!.toLowerCase()]) return isoDate(Number(m[3]), months[m[2]!.toLowerCase()]!, Number(m[1]));
  return null;
}
