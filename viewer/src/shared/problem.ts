import { ApiError } from '../api/http.ts'
import type { MessageKey, Translate } from '../i18n/index.ts'

/*
 * A refused write as a sentence the user can act on: what kind of refusal (from the
 * status) and the server's German detail, which names the rule and the numbers.
 */

const byStatus: Record<number, MessageKey> = {
  401: 'poolLedger.problem.401',
  403: 'poolLedger.problem.403',
  409: 'poolLedger.problem.409',
  412: 'poolLedger.problem.412',
  422: 'poolLedger.problem.422',
  428: 'poolLedger.problem.412',
  429: 'poolLedger.problem.429',
}

export function problemMessage(err: unknown, t: Translate): string {
  if (err instanceof ApiError) return t(byStatus[err.status] ?? 'pool.failed', { detail: err.message, message: err.message })
  return t('pool.failed', { message: err instanceof Error ? err.message : String(err) })
}

export const isStale = (err: unknown) => err instanceof ApiError && (err.status === 412 || err.status === 428)
