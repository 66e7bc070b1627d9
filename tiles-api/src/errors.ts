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

/** 503 with Retry-After: the database is away or too busy; a retry later may succeed. */
export class DatabaseUnavailable extends ProblemError {
  constructor(detail = 'Die Datenbank antwortet nicht. Bitte später erneut versuchen.') {
    super(503, 'database-unavailable', 'Datenbank nicht erreichbar', detail)
  }
}

/** 401: no or no longer valid credentials. */
export class Unauthorized extends ProblemError {
  constructor(detail = 'Bitte anmelden: diese Aktion braucht ein Konto (Sitzung oder API-Token).') {
    super(401, 'unauthorized', 'Nicht angemeldet', detail)
  }
}

/** 403: signed in, but this account may not do this to this object. */
export class Forbidden extends ProblemError {
  constructor(detail: string, type = 'forbidden') {
    super(403, type, 'Nicht erlaubt', detail)
  }
}

export class InvalidJson extends ProblemError {
  constructor(detail: string) {
    super(400, 'invalid-json', 'Ungültiges JSON', `Der Inhalt ist kein gültiges JSON: ${detail}`)
  }
}

/** 422: the body is well-formed JSON but breaks a rule; `errors` lists each problem with its path. */
export class ValidationFailed extends ProblemError {
  constructor(detail: string, type = 'validation-failed', extra: Record<string, unknown> = {}) {
    super(422, type, 'Ungültige Eingabe', detail, extra)
  }
}

/** 409: the request is fine but the current state does not allow it (balance, transition, overlap). */
export class Conflict extends ProblemError {
  constructor(type: string, detail: string, extra: Record<string, unknown> = {}) {
    super(409, type, 'Konflikt', detail, extra)
  }
}

export class PreconditionRequired extends ProblemError {
  constructor() {
    super(428, 'if-match-required', 'If-Match fehlt', 'Änderungen brauchen den Header If-Match mit dem ETag der gelesenen Fassung, damit keine fremde Änderung überschrieben wird.')
  }
}

export class UnsupportedMediaType extends ProblemError {
  constructor() {
    super(415, 'unsupported-media-type', 'Falscher Inhaltstyp', 'Schreibende Anfragen nehmen nur JSON an (Content-Type: application/json, application/geo+json oder application/merge-patch+json).')
  }
}

export class PayloadTooLarge extends ProblemError {
  constructor(limit: number) {
    const size = limit >= 1024 * 1024 ? `${Math.round(limit / 1024 / 1024)} MB` : `${Math.round(limit / 1024)} KB`
    super(413, 'payload-too-large', 'Inhalt zu groß', `Der Inhalt ist größer als ${size}. Große Geometrien bitte vereinfachen.`)
  }
}

export class TooManyRequests extends ProblemError {
  constructor(readonly retryAfter: number, detail: string) {
    super(429, 'too-many-requests', 'Zu viele Anfragen', detail, { retryAfter })
  }
}
