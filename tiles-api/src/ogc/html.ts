import type { Context } from 'hono'
import { HTML } from './links.ts'

/*
 * A plain German HTML view of the OGC API for people who open a URL in the browser
 * (conformance class html): landing page, collections, one collection, items, one item.
 * No scripts; every value is escaped.
 */

const escape = (v: unknown) =>
  String(v ?? '').replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!)

type Link = { href: string; rel: string; type?: string; title?: string }

/** HTML when asked for with f=html, or when the client lists text/html first (a browser); JSON otherwise. */
export function wantsHtml(c: Context): boolean {
  const f = c.req.query('f')
  if (f) return f === 'html'
  c.header('Vary', 'Accept', { append: true })
  const first = c.req.header('Accept')?.split(',')[0]?.trim().split(';')[0]
  return first === 'text/html'
}

/** The same URL with f=html (or without f: the JSON). */
function withFormat(href: string, f: 'html' | undefined): string {
  const url = new URL(href)
  if (f) url.searchParams.set('f', f)
  else url.searchParams.delete('f')
  return url.toString()
}

function page(c: Context, title: string, body: string, links: Link[] = []) {
  const self = links.find((l) => l.rel === 'self')?.href
  const json = self ? `<p><a href="${escape(withFormat(self, undefined))}">Als JSON</a></p>` : ''
  const html = `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)} – Regiopol Atlas</title>
<style>body{font-family:system-ui,sans-serif;max-width:70rem;margin:1rem auto;padding:0 1rem;line-height:1.4}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .4rem;text-align:left;vertical-align:top}</style>
</head><body><p><a href="/api?f=html">Regiopol Atlas – OGC API</a></p><h1>${escape(title)}</h1>${body}${json}</body></html>`
  return c.body(html, 200, { 'Content-Type': `${HTML}; charset=utf-8` })
}

const linkList = (links: Link[]) =>
  `<ul>${links.map((l) => `<li><a href="${escape(l.href)}">${escape(l.title ?? l.rel)}</a> <small>(${escape(l.rel)}${l.type ? `, ${escape(l.type)}` : ''})</small></li>`).join('')}</ul>`

export function landingHtml(c: Context, doc: { title: string; description: string; links: Link[] }) {
  return page(c, doc.title, `<p>${escape(doc.description)}</p><h2>Verweise</h2>${linkList(doc.links)}`, doc.links)
}

type CollectionDoc = { id: string; title: string; description: string; links: Link[]; crs?: string[]; sample?: boolean; attribution?: string }

export function collectionsHtml(c: Context, doc: { links: Link[]; collections: CollectionDoc[] }) {
  const rows = doc.collections
    .map((col) => `<tr><td><a href="${escape(withFormat(col.links.find((l) => l.rel === 'self')!.href, 'html'))}">${escape(col.title)}</a></td><td>${escape(col.id)}</td><td>${escape(col.description)}</td></tr>`)
    .join('')
  return page(c, 'Sammlungen', `<table><tr><th>Titel</th><th>Kennung</th><th>Beschreibung</th></tr>${rows}</table>`, doc.links)
}

export function collectionHtml(c: Context, col: CollectionDoc) {
  const items = col.links.find((l) => l.rel === 'items')?.href
  const body = `<p>${escape(col.description)}</p>${col.sample ? '<p><strong>Beispieldaten</strong></p>' : ''}
<p><a href="${escape(items && withFormat(items, 'html'))}">Features ansehen</a></p><p>Quelle: ${escape(col.attribution)}</p>
<h2>Koordinatensysteme</h2><ul>${(col.crs ?? []).map((x) => `<li>${escape(x)}</li>`).join('')}</ul><h2>Verweise</h2>${linkList(col.links)}`
  return page(c, col.title, body, col.links)
}

type Feature = { id: string | number; geometry: { type: string } | null; properties: Record<string, unknown> }

export function itemsHtml(c: Context, title: string, fc: { numberMatched: number; numberReturned: number; links: Link[]; features: Feature[] }, itemHref: (id: string | number) => string) {
  const keys = [...new Set(fc.features.flatMap((f) => Object.keys(f.properties)))]
  const head = `<tr><th>Kennung</th><th>Geometrie</th>${keys.map((k) => `<th>${escape(k)}</th>`).join('')}</tr>`
  const rows = fc.features
    .map((f) => `<tr><td><a href="${escape(withFormat(itemHref(f.id), 'html'))}">${escape(f.id)}</a></td><td>${escape(f.geometry?.type ?? '–')}</td>${keys.map((k) => `<td>${escape(Array.isArray(f.properties[k]) ? (f.properties[k] as unknown[]).join(', ') : f.properties[k])}</td>`).join('')}</tr>`)
    .join('')
  const nav = fc.links.filter((l) => l.rel === 'next' || l.rel === 'prev').map((l) => `<a href="${escape(withFormat(l.href, 'html'))}">${l.rel === 'next' ? 'Weiter' : 'Zurück'}</a>`).join(' · ')
  return page(c, title, `<p>${fc.numberReturned} von ${fc.numberMatched} Features</p><p>${nav}</p><table>${head}${rows}</table>`, fc.links)
}

export function itemHtml(c: Context, title: string, f: Feature & { links: Link[] }) {
  const rows = Object.entries(f.properties).map(([k, v]) => `<tr><th>${escape(k)}</th><td>${escape(Array.isArray(v) ? v.join(', ') : v)}</td></tr>`).join('')
  return page(c, `${title}: ${f.id}`, `<p>Geometrie: ${escape(f.geometry?.type ?? 'keine')}</p><table>${rows}</table>`, f.links)
}

/** The document as JSON, or through its HTML view when the client asks for HTML. */
export function respond<T>(c: Context, html: (c: Context, doc: T) => Response, doc: T): Response {
  return wantsHtml(c) ? html(c, doc) : c.json(doc as object)
}
