const POINTS = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const YUAN = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const MINUS = '\u2212';

/** Points with "," between thousands: 1234 -> "1,234", -50 -> "−50". */
export function formatPoints(points: number): string {
  return points < 0 ? `${MINUS}${POINTS.format(-points)}` : POINTS.format(points);
}

/** Signed points for a statement line: "+99", "−30,000". */
export function formatSignedPoints(points: number): string {
  return points > 0 ? `+${formatPoints(points)}` : formatPoints(points);
}

/** Fen (minor units) as "CNY 1,234.56"; negative as "−CNY 12.50". */
export function formatCny(minor: number): string {
  const yuan = YUAN.format(Math.abs(minor) / 100);
  return minor < 0 ? `${MINUS}CNY ${yuan}` : `CNY ${yuan}`;
}

/** An instant as its UTC date and minute: "2026-12-04 09:30 UTC". */
export function formatInstant(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** What the operator types in "Value in CNY" ("12", "12.5", "12.50") as fen, or null when it is not a yuan amount. */
export function parseYuan(text: string): number | null {
  const match = /^\s*(\d{1,12})(?:\.(\d{1,2}))?\s*$/.exec(text);
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** A settlement window from inclusive UTC dates ("2026-11-01" to "2026-11-30") as the API's [from, to) instants. */
export function utcWindow(fromDate: string, toDateInclusive: string): { from: string; to: string } {
  const to = new Date(`${toDateInclusive}T00:00:00.000Z`);
  to.setUTCDate(to.getUTCDate() + 1);
  return { from: `${fromDate}T00:00:00.000Z`, to: to.toISOString() };
}
