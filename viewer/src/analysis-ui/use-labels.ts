import { getLayer } from '@regiopol/geodata'
import type { Language } from '../i18n/index.ts'
import { optionLabel } from '../info/format-value.ts'

const useOptions = getLayer('development_land').properties.find((p) => p.key === 'use')?.options ?? []

/** The catalogue's label of a development-land use ("wohnen" -> "Wohnen"). */
export function useLabel(use: string, language: Language): string {
  return optionLabel(useOptions, use, language)
}

export const SITE_USES = useOptions.map((o) => o.value)
