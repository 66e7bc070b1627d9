/** Feature types and deterministic, diff-friendly JSON output. */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import type { Pos } from './geo.ts'

export type Geometry =
  | { type: 'Point'; coordinates: Pos }
  | { type: 'Polygon'; coordinates: Pos[][] }
  | { type: 'MultiPolygon'; coordinates: Pos[][][] }

export interface Feature<P> {
  type: 'Feature'
  id: number
  geometry: Geometry | null
  properties: P & { id: number; sample: true }
}

/** Numbers ids 1..n in the given order and puts `id` first in the properties. */
export function numbered<P extends object>(items: { geometry: Geometry | null; properties: P }[]): Feature<P>[] {
  return items.map((it, i) => ({
    type: 'Feature',
    id: i + 1,
    geometry: it.geometry,
    properties: { id: i + 1, ...it.properties, sample: true },
  }))
}

/** JSON with two-space indentation but each [lon, lat] pair on one line. */
export function stringify(value: unknown): string {
  return (
    JSON.stringify(value, null, 2).replace(/\[\s+(-?\d+(?:\.\d+)?),\s+(-?\d+(?:\.\d+)?)\s+\]/g, '[$1, $2]') + '\n'
  )
}

export function writeJson(path: string, value: unknown): number {
  mkdirSync(dirname(path), { recursive: true })
  const text = stringify(value)
  writeFileSync(path, text)
  return Buffer.byteLength(text)
}

export const featureCollection = <P>(features: Feature<P>[]): { type: 'FeatureCollection'; features: Feature<P>[] } => ({
  type: 'FeatureCollection',
  features,
})
