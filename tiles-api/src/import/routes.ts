import { importTargets, type FieldDefaults, type FieldMapping } from '@regiopol/geodata/io'
import type { Geometry } from 'geojson'
import { Hono } from 'hono'
import type { Sql } from 'postgres'
import { z } from 'zod'
import type { AppEnv } from '../auth/principal.ts'
import { NotFound, Unauthorized, ValidationFailed } from '../errors.ts'
import { parseBody } from '../middleware/validate.ts'
import { loadMapping, saveMapping } from './mappings.ts'
import { runImport } from './run.ts'

/*
 * The import endpoint the viewer calls after reading and mapping a file in the browser:
 * POST /api/imports/{collection} with the features (WGS84) and their raw attributes, the
 * mapping and defaults; the server maps, validates and writes (all or nothing) and answers
 * the report. A dry run answers 200 with the report; an import with problems 422 with the
 * report in the problem; a written one 200. GET …/mapping?source= reads a saved mapping.
 */

const importBody = z.strictObject({
  source: z.string().trim().min(1, 'Bitte eine Quelle angeben (z. B. „Siedlungsflächenmonitoring 2026“).').max(200),
  file_name: z.string().max(300).optional(),
  mapping: z.record(z.string(), z.string()),
  defaults: z.record(z.string(), z.string()).default({}),
  dry_run: z.boolean().default(false),
  save_mapping: z.boolean().default(false),
  features: z
    .array(
      z.strictObject({
        number: z.number().int().positive(),
        layer: z.string().max(200),
        geometry: z.custom<Geometry | null>((g) => g === null || (typeof g === 'object' && typeof (g as { type?: unknown }).type === 'string'), 'Keine GeoJSON-Geometrie.'),
        geometry_problem: z.string().max(500).optional(),
        properties: z.record(z.string(), z.unknown()),
      }),
    )
    .min(1, 'Die Lieferung enthält keine Objekte.')
    .max(100_000),
})

export function imports(sql: Sql) {
  return new Hono<AppEnv>()
    .post('/:collection', async (c) => {
      const collection = c.req.param('collection')
      if (!importTargets[collection as keyof typeof importTargets]) throw new NotFound(`In die Sammlung „${collection}“ kann nicht importiert werden; möglich: ${Object.keys(importTargets).join(', ')}.`)
      const who = c.get('principal')
      if (!who) throw new Unauthorized()
      const body = await parseBody(c, importBody)
      const report = await runImport(sql, who, { collection, ...body, mapping: body.mapping as FieldMapping, defaults: body.defaults as FieldDefaults })
      if (body.save_mapping) await saveMapping(sql, who, collection, body.source, body.mapping, body.defaults)
      if (report.counts.invalid > 0 && !body.dry_run) {
        throw new ValidationFailed(`${report.counts.invalid} von ${report.counts.features} Objekten haben Probleme; es wurde nichts importiert.`, 'import-invalid', { report })
      }
      return c.json(report)
    })
    .get('/:collection/mapping', async (c) => {
      if (!c.get('principal')) throw new Unauthorized()
      const saved = await loadMapping(sql, c.req.param('collection'), c.req.query('source') ?? '')
      if (!saved) throw new NotFound(`Für diese Quelle ist keine Zuordnung gespeichert.`)
      return c.json(saved)
    })
}
