import type { ReactNode } from 'react'

/** Numeric character references are all the server's escaping writes (tiles-api/src/features/projects/search.ts). */
const decode = (s: string) => s.replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))

/**
 * The search snippet as React nodes: the server sends escaped text whose only markup is
 * <mark>…</mark>; it is split on those tags, so no HTML from the data ever reaches the DOM.
 */
export function Snippet({ html }: { html: string }): ReactNode {
  const parts = html.split(/<(\/?)mark>/)
  const out: ReactNode[] = []
  let marked = false
  for (let i = 0; i < parts.length; i++) {
    if (i % 2 === 1) {
      marked = parts[i] === ''
      continue
    }
    const text = decode(parts[i]!)
    if (text) out.push(marked ? <mark key={i}>{text}</mark> : text)
  }
  return <>{out}</>
}
