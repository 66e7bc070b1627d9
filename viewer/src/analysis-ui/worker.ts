/**
 * The analysis Web Worker: it only passes messages to AnalysisSession and posts
 * the answers back (large typed arrays are copied by structured clone; the
 * session keeps its own). Start it through client.ts.
 */
import { AnalysisSession, type AnalysisMessage, type AnalysisReply } from '@regiopol/analysis'

const session = new AnalysisSession()
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<AnalysisMessage>) => void) | null
  postMessage: (msg: AnalysisReply) => void
}

scope.onmessage = (e) => {
  const { id, ...req } = e.data
  try {
    scope.postMessage({ id, ok: true, result: session.handle(req) })
  } catch (err) {
    scope.postMessage({ id, ok: false, error: err instanceof Error ? err.message : String(err) })
  }
}
