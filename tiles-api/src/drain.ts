import type { Server } from 'node:http'
import type { Http2SecureServer, Http2Server } from 'node:http2'

/*
 * A shutdown that loses no answer. After the signal, clients on open keep-alive
 * connections used to go on writing for 10 s, and then requests were cut, some of them
 * committed without an answer. Now, from the signal on:
 * - a request that arrives (on any connection) gets 503 + Retry-After + Connection: close
 *   before anything runs, so a client or load balancer retries it elsewhere;
 * - requests in flight finish, and their answers carry Connection: close;
 * - idle keep-alive connections are closed at once, the rest when their answer is out;
 * - after `graceMs` whatever is left is cut (a stuck request must not stop a deploy).
 */

type NodeServer = Server | Http2Server | Http2SecureServer

const REFUSAL = JSON.stringify({
  type: '/problems/shutting-down', title: 'Server fährt herunter', status: 503,
  detail: 'Dieser Server fährt gerade herunter. Bitte die Anfrage wiederholen.',
})

export function drainable<E>(fetch: (req: Request, env: E) => Response | Promise<Response>) {
  let draining = false
  const open = new Set<{ setHeader(name: string, value: string): unknown; headersSent: boolean }>()
  let allDone: (() => void) | undefined

  return {
    fetch(req: Request, env: E): Response | Promise<Response> {
      if (!draining) return fetch(req, env)
      return new Response(REFUSAL, {
        status: 503, headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '5', Connection: 'close' },
      })
    },

    /** Tracks the node server's responses; call once after serve(). */
    attach(server: NodeServer) {
      server.on('request', (_req: unknown, res: { setHeader(n: string, v: string): unknown; headersSent: boolean; once(e: string, f: () => void): unknown }) => {
        if (draining) res.setHeader('Connection', 'close')
        open.add(res)
        res.once('close', () => {
          open.delete(res)
          if (draining && open.size === 0) allDone?.()
        })
      })
    },

    /** Stops taking requests, lets those in flight finish (at most graceMs), closes every connection. */
    async drain(server: NodeServer, graceMs: number): Promise<void> {
      draining = true
      for (const res of open) if (!res.headersSent) res.setHeader('Connection', 'close')
      const closed = new Promise<void>((resolve) => server.close(() => resolve()))
      const http = server as Server
      http.closeIdleConnections?.()
      if (open.size > 0) {
        await new Promise<void>((resolve) => {
          allDone = resolve
          setTimeout(resolve, graceMs).unref()
        })
      }
      http.closeAllConnections?.()
      await closed
    },
  }
}
