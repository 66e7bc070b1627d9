import type { ThemeDef } from '@regiopol/geodata'

/*
 * Small pictograms for the start page, drawn as inline SVG (no image files, no
 * downloads). Colours from the layers' own palette so a card looks like its map.
 */
const ICONS: Record<ThemeDef['icon'], React.ReactNode> = {
  rail: (
    <>
      <path d="M4 44 L60 20" stroke="#1a1a1a" strokeWidth="3" />
      <path d="M4 44 L60 20" stroke="#fff" strokeWidth="1.2" strokeDasharray="4 4" />
      <circle cx="32" cy="32" r="14" fill="none" stroke="#0b5394" strokeWidth="1.5" strokeDasharray="3 2" />
      <rect x="22" y="36" width="10" height="8" fill="#EE7733" />
      <rect x="36" y="22" width="9" height="7" fill="#0077BB" />
      <circle cx="32" cy="32" r="3.5" fill="#fff" stroke="#1a1a1a" strokeWidth="2" />
    </>
  ),
  health: (
    <>
      <rect x="4" y="4" width="56" height="56" fill="#fde0c5" />
      <circle cx="32" cy="32" r="22" fill="#f6a66b" />
      <circle cx="32" cy="32" r="12" fill="#ec6d2f" />
      <rect x="28" y="22" width="8" height="20" fill="#fff" />
      <rect x="22" y="28" width="20" height="8" fill="#fff" />
    </>
  ),
  pool: (
    <>
      <path d="M6 40 L20 20 L36 26 L30 46 Z" fill="#228833" opacity="0.85" />
      <path d="M38 30 L58 24 L56 48 L40 50 Z" fill="#CCBB44" opacity="0.85" />
      <path d="M12 54 L26 50 L24 60 L10 60 Z" fill="#BBBBBB" />
      <path d="M20 20 L24 8 L28 20" fill="#1a5e20" />
    </>
  ),
  projects: (
    <>
      <circle cx="16" cy="18" r="6" fill="#4477AA" />
      <circle cx="44" cy="14" r="6" fill="#EE6677" />
      <circle cx="28" cy="40" r="6" fill="#228833" />
      <circle cx="50" cy="44" r="6" fill="#CCBB44" />
      <path d="M16 18 L28 40 L50 44 M44 14 L28 40" stroke="#555" strokeWidth="1.2" fill="none" />
    </>
  ),
}

export function ThemeIcon({ icon, size = 64 }: { icon: ThemeDef['icon']; size?: number }) {
  return (
    <svg className="theme-icon" width={size} height={size} viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <rect x="0" y="0" width="64" height="64" rx="6" fill="#f5f4f0" />
      {ICONS[icon]}
    </svg>
  )
}
