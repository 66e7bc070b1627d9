/**
 * The one date format of the project, shared by the server's German messages and the
 * viewer: an ISO date (yyyy-mm-dd, or the start of a timestamp) as dd.mm.yyyy in German,
 * dd/mm/yyyy in English; anything else unchanged.
 *
 * @example
 * formatDate('2026-03-31')           // '31.03.2026'
 * formatDate('2026-03-31', 'en')     // '31/03/2026'
 */
export function formatDate(iso: string, language: 'de' | 'en' = 'de'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso)
  if (!m) return iso
  return language === 'de' ? `${m[3]}.${m[2]}.${m[1]}` : `${m[3]}/${m[2]}/${m[1]}`
}
