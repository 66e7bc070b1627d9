import { area, booleanPointInPolygon, centerOfMass, pointOnFeature } from '@turf/turf'
import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson'

/*
 * Names printed on the map as PDF text (searchable, sharp at any scale), not as pixels
 * of the map image: one anchor per municipality inside its largest part, placed
 * greedily, biggest first, so no two names overlap.
 *
 * @example
 * labelAnchors(municipalities.features, 'name', 'population') // [{ text: 'Paderborn', lngLat: [8.75, 51.72], rank: 157000 }, …]
 */

export interface LabelAnchor {
  text: string
  lngLat: [number, number]
  /** Larger first when names collide (population, else area). */
  rank: number
}

/** A label at a position in the printed map box, in fractions of its width and height. */
export interface MapLabel {
  text: string
  fx: number
  fy: number
}

/** A point inside the largest part of a (Multi)Polygon; undefined for anything else. */
export function anchorOf(geometry: Geometry | null): [number, number] | undefined {
  if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) return undefined
  const parts: Polygon[] = geometry.type === 'Polygon' ? [geometry] : (geometry as MultiPolygon).coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }))
  const largest = parts.reduce((a, b) => (area(b) > area(a) ? b : a))
  const centre = centerOfMass(largest).geometry.coordinates as [number, number]
  if (booleanPointInPolygon(centre, largest)) return centre
  return pointOnFeature(largest).geometry.coordinates as [number, number]
}

export function labelAnchors(features: readonly Feature<Geometry | null, Record<string, unknown>>[], textKey: string, rankKey?: string): LabelAnchor[] {
  const out: LabelAnchor[] = []
  for (const f of features) {
    const lngLat = anchorOf(f.geometry)
    const text = f.properties?.[textKey]
    if (!lngLat || typeof text !== 'string' || !text) continue
    const rank = Number(rankKey ? f.properties?.[rankKey] : NaN)
    out.push({ text, lngLat, rank: Number.isFinite(rank) ? rank : area(f as Feature<Polygon>) })
  }
  return out.sort((a, b) => b.rank - a.rank)
}

interface Rect {
  x0: number
  y0: number
  x1: number
  y1: number
}

const overlaps = (a: Rect, b: Rect) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1

/**
 * Keeps the labels (centred at x, y mm, in rank order) that fit inside the box and do not
 * overlap an earlier one, with `gap` mm between names.
 */
export function placeLabels<T extends { text: string; x: number; y: number }>(labels: readonly T[], box: { w: number; h: number }, widthOf: (text: string) => number, heightMm: number, gap = 1): T[] {
  const placed: Rect[] = []
  const kept: T[] = []
  for (const l of labels) {
    const w = widthOf(l.text)
    const r = { x0: l.x - w / 2 - gap, y0: l.y - heightMm / 2 - gap, x1: l.x + w / 2 + gap, y1: l.y + heightMm / 2 + gap }
    if (r.x0 < 0 || r.y0 < 0 || r.x1 > box.w || r.y1 > box.h) continue
    if (placed.some((p) => overlaps(p, r))) continue
    placed.push(r)
    kept.push(l)
  }
  return kept
}
