import { Hono } from 'hono'
import { conformsTo } from '../ogc/conformance.ts'
import { landingHtml, respond } from '../ogc/html.ts'
import { apiBase, HTML, JSON_TYPE } from '../ogc/links.ts'
import { onlyParameters } from '../ogc/params.ts'
import { openApiDocument } from '../ogc/openapi.ts'

/** The OGC API entry points: landing page, conformance and the API definition. */
export const landing = new Hono()
  .get('/', (c) => {
    onlyParameters(new URL(c.req.url).searchParams, ['f'])
    const base = apiBase(c)
    return respond(c, landingHtml, {
      title: 'Regiopol Atlas',
      description: 'Planungsdaten der regiopolREGION Paderborn (OGC API – Features)',
      links: [
        { href: base, rel: 'self', type: JSON_TYPE, title: 'Diese Seite' },
        { href: `${base}/openapi`, rel: 'service-desc', type: 'application/vnd.oai.openapi+json;version=3.0', title: 'API-Beschreibung' },
        { href: `${base}/conformance`, rel: 'conformance', type: JSON_TYPE, title: 'Konformitätsklassen' },
        { href: `${base}/collections`, rel: 'data', type: JSON_TYPE, title: 'Sammlungen' },
        { href: `${base}?f=html`, rel: 'alternate', type: HTML, title: 'Diese Seite als HTML' },
      ],
    })
  })
  .get('/conformance', (c) => {
    onlyParameters(new URL(c.req.url).searchParams, ['f'])
    return c.json({ conformsTo })
  })
  .get('/openapi', (c) =>
    onlyParameters(new URL(c.req.url).searchParams, ['f']) ??
    c.body(JSON.stringify(openApiDocument(apiBase(c))), 200, { 'Content-Type': 'application/vnd.oai.openapi+json;version=3.0' }),
  )
