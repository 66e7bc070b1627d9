import { findLayer, type LayerDef, type LayerId } from '@regiopol/geodata'
import { useMemo } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { translator, type Translate } from '../i18n/index.ts'
import { useAtlas } from './index.ts'

export function useT(): Translate {
  const language = useAtlas((s) => s.language)
  return useMemo(() => translator(language), [language])
}

export function useLanguage() {
  return useAtlas((s) => s.language)
}

export function useVisibleLayers(): LayerId[] {
  return useAtlas(useShallow((s) => s.visible))
}

export function useIsVisible(id: LayerId): boolean {
  return useAtlas((s) => s.visible.includes(id))
}

export function useSelectedLayer(): LayerDef | undefined {
  const layer = useAtlas((s) => s.selected?.layer)
  return layer ? findLayer(layer) : undefined
}
