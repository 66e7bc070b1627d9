import { getLayer } from '@regiopol/geodata'
import { pick, type Language } from '../i18n/index.ts'

const useOptions = getLayer('development_land').properties.find((p) => p.key === 'use')?.options ?? []

/** The catalogue's label of a development-land use ("wohnen" -> "Wohnen"). */
export function useLabel(use: string, language: Language): string {
  const o = useOptions.find((x) => x.value === use)
  return o ? pick(o.label, language) : use
}

export const SITE_USES = useOptions.map((o) => o.value)
