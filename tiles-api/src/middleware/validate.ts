import type { Context } from 'hono'
import type { z } from 'zod'
import { SERVER_OWNED_FIELDS } from '@regiopol/geodata'
import { InvalidJson, ValidationFailed } from '../errors.ts'
import { assertDepth, assertNoNul } from './json-limits.ts'

const serverOwned = new Set<string>(SERVER_OWNED_FIELDS)

interface FieldError {
  path: string
  message: string
}

/** zod issues as German messages with their JSON path; unknown and server-owned fields named as such. */
export function fieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.flatMap((issue): FieldError[] => {
    const path = issue.path.join('.') || '(Wurzel)'
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: [...issue.path, key].join('.'),
        message: serverOwned.has(key)
          ? `„${key}“ wird vom Server vergeben und kann nicht gesetzt werden.`
          : `Unbekanntes Feld „${key}“.`,
      }))
    }
    return [{ path, message: issue.message }]
  })
}

/** Reads the JSON body: 400 for malformed, too deeply nested JSON or text PostgreSQL cannot store (naming the field); an empty body is {}. */
export async function readJson(c: Context): Promise<unknown> {
  const text = await c.req.text()
  assertDepth(text)
  try {
    return text === '' ? {} : JSON.parse(text)
  } catch (e) {
    throw new InvalidJson((e as Error).message)
  }
}

/** Checks a body against its schema: 400 for text PostgreSQL cannot store (naming the field), 422 naming every broken field. */
export function checkBody<S extends z.ZodType>(schema: S, raw: unknown): z.infer<S> {
  assertNoNul(raw)
  const parsed = schema.safeParse(raw)
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error)
    throw new ValidationFailed(errors.map((e) => `${e.path}: ${e.message}`).join(' '), 'validation-failed', { errors })
  }
  return parsed.data
}

/** Reads the JSON body and checks it: 400 for malformed JSON, 422 naming every broken field. */
export async function parseBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  return checkBody(schema, await readJson(c))
}
