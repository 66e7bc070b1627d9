import type { Swatch } from '../map/legend.ts'

/** A small SVG sample of how a legend entry is drawn on the map. */
export function LegendSwatch({ swatch }: { swatch: Swatch }) {
  const dash = swatch.dash && swatch.dash[1] !== 0 ? swatch.dash.map((d) => d * 2).join(' ') : undefined
  return (
    <svg className="swatch" width="28" height="18" viewBox="0 0 28 18" aria-hidden="true" focusable="false">
      {swatch.shape === 'area' && <rect x="2" y="2" width="24" height="14" fill={swatch.color} fillOpacity="0.6" stroke={swatch.color} strokeWidth="1.5" />}
      {swatch.shape === 'outline' && <rect x="2" y="2" width="24" height="14" fill="none" stroke={swatch.color} strokeWidth="2" strokeDasharray={dash} />}
      {swatch.shape === 'line' && <line x1="2" y1="9" x2="26" y2="9" stroke={swatch.color} strokeWidth="3" strokeDasharray={dash} />}
      {(swatch.shape === 'circle' || swatch.shape === 'ring') && (
        <circle cx="14" cy="9" r="7" fill={swatch.shape === 'ring' ? '#ffffff' : swatch.color} stroke={swatch.stroke ?? (swatch.shape === 'ring' ? '#222222' : '#ffffff')} strokeWidth="2" />
      )}
      {swatch.letter && (
        <text x="14" y="12.5" textAnchor="middle" fontSize="10" fontWeight="700" fill={swatch.color && isLight(swatch.color) ? '#000' : '#fff'}>
          {swatch.letter}
        </text>
      )}
    </svg>
  )
}

function isLight(hex: string): boolean {
  const n = parseInt(hex.slice(1), 16)
  return 0.299 * (n >> 16) + 0.587 * ((n >> 8) & 255) + 0.114 * (n & 255) > 150
}
