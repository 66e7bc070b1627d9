/*
 * The one CSV writer (server exports, the viewer's site table) and its reader (imports).
 * RFC 4180: quotes doubled, CRLF, a UTF-8 BOM so that spreadsheet programs read umlauts.
 * German spreadsheets want a semicolon and a decimal comma; tools want comma and point.
 *
 * @example
 * toCsv(['Name', 'Fläche (ha)'], [['Am Hang', 1.5]], { delimiter: ';', decimal: ',' })
 * // "\uFEFFName;Fläche (ha)\r\nAm Hang;1,5\r\n"
 */

export interface CsvOptions {
  delimiter: string
  decimal: string
  bom: boolean
}

const DEFAULTS: CsvOptions = { delimiter: ',', decimal: '.', bom: true }

/** One cell: numbers with the chosen decimal sign, dates as ISO, text protected against spreadsheet formulas. */
function cell(v: unknown, { delimiter, decimal }: CsvOptions): string {
  if (v === null || v === undefined || (typeof v === 'number' && !Number.isFinite(v))) return ''
  let s: string
  if (typeof v === 'number') s = String(v).replace('.', decimal)
  else if (v instanceof Date) s = v.toISOString()
  else if (Array.isArray(v)) s = v.join('; ')
  else s = String(v)
  // A text starting with = + - @ would run as a formula in a spreadsheet.
  if (typeof v !== 'number' && /^[=+\-@]/.test(s)) s = `'${s}`
  return /["\r\n]/.test(s) || s.includes(delimiter) ? `"${s.replaceAll('"', '""')}"` : s
}

/** A CSV text of a header row and data rows. */
export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[], options: Partial<CsvOptions> = {}): string {
  const opts = { ...DEFAULTS, ...options }
  const lines = [header, ...rows].map((r) => r.map((v) => cell(v, opts)).join(opts.delimiter))
  return (opts.bom ? '\uFEFF' : '') + lines.join('\r\n') + '\r\n'
}

/** Rows of objects with the given columns, in that order. */
export function objectsToCsv<T extends object>(rows: readonly T[], columns: readonly (keyof T & string)[], options: Partial<CsvOptions> = {}): string {
  return toCsv(columns, rows.map((r) => columns.map((c) => r[c])), options)
}

/** The delimiter of a CSV text: whichever of ; , tab occurs most in the header line. */
export function detectDelimiter(text: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? ''
  const counts = [';', ',', '\t'].map((d) => [d, firstLine.split(d).length] as const)
  return counts.sort((a, b) => b[1] - a[1])[0]![0]
}

/** Parses CSV text (RFC 4180, any of ; , tab) into rows of cells; a BOM is dropped. */
export function parseCsv(text: string, delimiter = detectDelimiter(text)): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text
  for (let i = 0; i < input.length; i++) {
    const c = input[i]!
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"' && field === '') quoted = true
    else if (c === delimiter) {
      row.push(field)
      field = ''
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && input[i + 1] === '\n') i++
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else field += c
  }
  if (field !== '' || row.length > 0) {
    row.push(field)
    rows.push(row)
  }
  return rows.filter((r) => r.some((v) => v !== ''))
}
