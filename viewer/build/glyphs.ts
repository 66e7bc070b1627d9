import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import type { Plugin } from 'vite'

/*
 * Map labels must render offline, so the glyph PBFs MapLibre asks for
 * (/fonts/{fontstack}/{range}.pbf) are generated from the Noto Sans TTFs of an npm
 * package with fontnik (prebuilt native binary, no network). In `vite build` every
 * range is emitted into dist/fonts; in `vite dev` ranges are rendered on request.
 * All 256 ranges exist, because the server answers unknown paths with index.html.
 */

const require = createRequire(import.meta.url)

interface Fontnik {
  range(options: { font: Buffer; start: number; end: number }, callback: (err: Error | null, pbf?: Buffer) => void): void
}

/** Font stacks the style may name in `text-font`; keep in sync with map/style.ts. */
export const FONTSTACKS: Record<string, string> = {
  'Noto Sans Regular': '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  'Noto Sans Bold': '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
}

const fontCache = new Map<string, Promise<Buffer>>()

function loadFont(stack: string): Promise<Buffer> | undefined {
  const file = FONTSTACKS[stack]
  if (!file) return undefined
  let font = fontCache.get(stack)
  if (!font) {
    font = readFile(require.resolve(file))
    fontCache.set(stack, font)
  }
  return font
}

export async function renderRange(stack: string, start: number): Promise<Buffer | undefined> {
  const font = await loadFont(stack)
  if (!font) return undefined
  const fontnik = require('fontnik') as Fontnik
  return new Promise((resolve, reject) =>
    fontnik.range({ font, start, end: start + 255 }, (err, pbf) => (err || !pbf ? reject(err ?? new Error('no pbf')) : resolve(pbf))),
  )
}

const RANGE_PATH = /^\/fonts\/([^/]+)\/(\d+)-(\d+)\.pbf$/

export function glyphs(): Plugin {
  return {
    name: 'regiopol-glyphs',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const match = RANGE_PATH.exec(decodeURIComponent((req.url ?? '').split('?')[0] ?? ''))
        if (!match) return next()
        renderRange(match[1]!, Number(match[2]))
          .then((pbf) => {
            if (!pbf) return next()
            res.setHeader('Content-Type', 'application/x-protobuf')
            res.end(pbf)
          })
          .catch(next)
      })
    },
    async generateBundle() {
      for (const stack of Object.keys(FONTSTACKS)) {
        for (let start = 0; start < 65536; start += 256) {
          const pbf = await renderRange(stack, start)
          if (pbf) this.emitFile({ type: 'asset', fileName: `fonts/${stack}/${start}-${start + 255}.pbf`, source: pbf })
        }
      }
    },
  }
}
