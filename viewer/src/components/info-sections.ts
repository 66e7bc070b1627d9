import type { LayerId } from '@regiopol/geodata'
import type { ComponentType } from 'react'
import type { AtlasFeature } from '../data/feature-cache.ts'

/*
 * What features add to the info panel of a clicked feature without FeatureInfo importing
 * them (the compensation pool's ledger below a pool area, …). Features register in
 * app/info-sections.ts; sections show below the properties in that order.
 */

export interface InfoSection {
  id: string
  layer: LayerId
  Section: ComponentType<{ feature: AtlasFeature }>
}

const registry: InfoSection[] = []

export function registerInfoSection(section: InfoSection): void {
  if (!registry.some((s) => s.id === section.id)) registry.push(section)
}

export const infoSectionsOf = (layer: LayerId): readonly InfoSection[] => registry.filter((s) => s.layer === layer)
