/**
 * Service level of a rail stop on a 0..1 scale, from its train products where
 * known, otherwise from the DB station category (1 = best, 7 = smallest).
 * ICE/IC 1.0, RE 0.8, S-Bahn 0.7, RB 0.6; category c gives (7 - c) / 6.
 *
 * @example
 * stopServiceScore({ products: ['regional'], category: 6 }) // 0.6
 * stopServiceLabel({ products: ['nationalExpress', 'regional'], category: 3 }) // 'ICE, RB (Kat. 3)'
 */
import type { StopInput } from './inputs.ts'

const PRODUCT_SCORE: Record<string, number> = {
  nationalExpress: 1, national: 1, regionalExpress: 0.8, suburban: 0.7, regional: 0.6,
}
const PRODUCT_LABEL: Record<string, string> = {
  nationalExpress: 'ICE', national: 'IC/EC', regionalExpress: 'RE', regional: 'RB', suburban: 'S-Bahn',
}

export function stopServiceScore(stop: Pick<StopInput, 'products' | 'category'>): number {
  const fromProducts = Math.max(0, ...stop.products.map((p) => PRODUCT_SCORE[p] ?? 0))
  if (fromProducts > 0) return fromProducts
  if (stop.category !== null) return Math.max(0, Math.min(1, (7 - stop.category) / 6))
  return 0.5
}

export function stopServiceLabel(stop: Pick<StopInput, 'products' | 'category'>): string {
  const products = stop.products.map((p) => PRODUCT_LABEL[p] ?? p).join(', ')
  const cat = stop.category !== null ? `Kat. ${stop.category}` : ''
  return products && cat ? `${products} (${cat})` : products || cat || 'unbekannt'
}
