import { secureHeaders } from 'hono/secure-headers'

/** Opt-in online basemaps (basemap.de, OpenStreetMap); the default basemap is local. */
export const ONLINE_BASEMAPS = ['https://sgx.geodatenzentrum.de', 'https://tile.openstreetmap.org'] as const

/**
 * Secure headers with a CSP that MapLibre GL JS works under: its workers start from
 * blob: URLs, raster tiles become blob:/data: images, and it sets inline styles.
 * 'wasm-unsafe-eval' lets the viewer compile WebAssembly (sql.js reads uploaded
 * GeoPackages); it does not allow eval() of JavaScript.
 */
export const securityHeaders = () =>
  secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'", "'wasm-unsafe-eval'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', 'blob:', ...ONLINE_BASEMAPS],
      connectSrc: ["'self'", ...ONLINE_BASEMAPS],
      workerSrc: ["'self'", 'blob:'],
      childSrc: ["'self'", 'blob:'],
      fontSrc: ["'self'", 'data:'],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'self'"],
    },
    // The API is read by GIS clients and other sites' maps as well: no CORP lock-in.
    crossOriginResourcePolicy: false,
  })
