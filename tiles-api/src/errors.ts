import type { ContentfulStatusCode } from 'hono/utils/http-status'

/**
 * Domain errors. Each becomes an RFC 9457 problem response in one place (problem.ts);
 * `detail` is written for people and in German, `type` names the kind of problem.
 */
export class ProblemError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly type: string,
    readonly title: string,
    readonly detail: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(detail)
  }
}

export class InvalidParameter extends ProblemError {
  constructor(parameter: string, detail: string) {
    super(400, 'invalid-parameter', 'Ungültiger Parameter', detail, { parameter })
  }
}

export class NotFound extends ProblemError {
  constructor(detail: string) {
    super(404, 'not-found', 'Nicht gefunden', detail)
  }
}

export class DatabaseUnavailable extends ProblemError {
  constructor() {
    super(503, 'database-unavailable', 'Datenbank nicht erreichbar', 'Die Datenbank antwortet nicht. Bitte später erneut versuchen.')
  }
}
