import { registerInfoSection } from '../components/info-sections.ts'
import { PoolInfo } from '../pool/PoolInfo.tsx'

/** The features that add to the info panel: the compensation pool below a pool area. */
export function registerInfoSections(): void {
  registerInfoSection({ id: 'pool', layer: 'compensation_areas', Section: PoolInfo })
}
