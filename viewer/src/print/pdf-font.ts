import type { jsPDF } from 'jspdf'
import fallbackBoldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url'
import fallbackUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url'
import boldUrl from '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf?url'
import regularUrl from '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?url'

/*
 * The PDF's fonts, embedded (jsPDF writes only the glyphs used): Noto Sans, the font of
 * the screen and the map labels, and DejaVu Sans for the symbols our Noto Sans build lacks
 * (arrows, ≥ ≤ ≈, geometric shapes, dingbats: U+2190 to U+2BFF), so "≥ 60 min" prints as
 * on screen. jsPDF's built-in Helvetica knows only Latin-1. The TTFs are build assets of
 * this app (no network), fetched only when someone prints.
 */

export interface PdfFonts {
  family: string
  /** For characters `family` lacks. */
  fallback: string
}

export const PDF_FONTS: PdfFonts = { family: 'NotoSans', fallback: 'DejaVuSans' }

/** Characters our Noto Sans build has no glyph for (checked against its cmap). */
export const NEEDS_FALLBACK = /[\u2190-\u2bff]/

let files: Promise<string[]> | undefined

async function base64Of(url: string): Promise<string> {
  const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer())
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

/** Text split into runs of the main font and of the fallback, in order. */
export function fontRuns(text: string): { text: string; fallback: boolean }[] {
  const runs: { text: string; fallback: boolean }[] = []
  for (const ch of text) {
    const fallback = NEEDS_FALLBACK.test(ch)
    const last = runs.at(-1)
    if (last && last.fallback === fallback) last.text += ch
    else runs.push({ text: ch, fallback })
  }
  return runs
}

/** Adds both fonts, regular and bold, to the document. */
export async function embedPdfFonts(doc: jsPDF): Promise<PdfFonts> {
  files ??= Promise.all([regularUrl, boldUrl, fallbackUrl, fallbackBoldUrl].map(base64Of))
  const [regular, bold, fallback, fallbackBold] = await files
  const add = (file: string, data: string, family: string, style: string) => {
    doc.addFileToVFS(file, data)
    doc.addFont(file, family, style)
  }
  add('NotoSans-Regular.ttf', regular!, PDF_FONTS.family, 'normal')
  add('NotoSans-Bold.ttf', bold!, PDF_FONTS.family, 'bold')
  add('DejaVuSans.ttf', fallback!, PDF_FONTS.fallback, 'normal')
  add('DejaVuSans-Bold.ttf', fallbackBold!, PDF_FONTS.fallback, 'bold')
  return PDF_FONTS
}
