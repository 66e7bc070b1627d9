import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { migrationsDir } from '../node/paths.ts'
import { layers } from './index.ts'

const migrationSql = readdirSync(migrationsDir)
  .map((f) => readFileSync(join(migrationsDir, f), 'utf8'))
  .join('\n')

/** The values of `check (<column> in ('a', 'b'))` for a column, wherever it appears. */
function checkValues(column: string): string[][] {
  const pattern = new RegExp(`check \\(${column} in \\(([^)]*)\\)\\)`, 'g')
  return [...migrationSql.matchAll(pattern)].map((m) => [...m[1]!.matchAll(/'([^']+)'/g)].map((v) => v[1]!))
}

describe('the layer catalogue', () => {
  it('has unique layer ids and unique property keys per layer', () => {
    expect(new Set(layers.map((l) => l.id)).size).toBe(layers.length)
    for (const layer of layers) {
      expect(new Set(layer.properties.map((p) => p.key)).size, layer.id).toBe(layer.properties.length)
    }
  })

  it('names a display property that each layer has', () => {
    for (const layer of layers) expect(layer.properties.map((p) => p.key), layer.id).toContain(layer.nameProperty)
  })

  it('labels every property in German and English', () => {
    for (const layer of layers) {
      for (const p of layer.properties) {
        expect(p.label.de, `${layer.id}.${p.key}`).not.toBe('')
        expect(p.label.en, `${layer.id}.${p.key}`).not.toBe('')
      }
    }
  })

  it('gives enum properties options and colours by an enum property', () => {
    for (const layer of layers) {
      for (const p of layer.properties.filter((p) => p.type === 'enum')) expect(p.options?.length, p.key).toBeGreaterThan(1)
      if (layer.style.colorBy) {
        const by = layer.properties.find((p) => p.key === layer.style.colorBy)
        expect(by?.options?.every((o) => o.color), `${layer.id} colours`).toBe(true)
      }
    }
  })

  it('flags sample layers with a per-record sample property', () => {
    for (const layer of layers.filter((l) => l.sample)) expect(layer.properties.map((p) => p.key)).toContain('sample')
  })

  it('allows exactly the enum values that the database CHECK constraints allow', () => {
    for (const layer of layers) {
      for (const p of layer.properties.filter((p) => p.type === 'enum')) {
        const constraints = checkValues(p.key)
        expect(constraints.length, `CHECK for ${layer.id}.${p.key}`).toBeGreaterThan(0)
        const catalogue = p.options!.map((o) => o.value).sort()
        expect(constraints.some((values) => values.sort().join() === catalogue.join()), `${layer.id}.${p.key}`).toBe(true)
      }
    }
  })
})
