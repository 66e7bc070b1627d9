import type { MapRef } from '@vis.gl/react-maplibre'
import { lazy, Suspense } from 'react'
import { useAtlas } from '../store/index.ts'
import { useT } from '../store/hooks.ts'
import { canRegister } from './permissions.ts'

// The panel brings drawing, the file readers and the write schemas (zod): its own chunk.
const RegisterPanel = lazy(async () => ({ default: (await import('./RegisterPanel.tsx')).RegisterPanel }))

/** The header button that opens the register panel (editors and admins only). */
export function RegisterButton() {
  const t = useT()
  const account = useAtlas((s) => s.account)
  const open = useAtlas((s) => s.registerOpen)
  const setOpen = useAtlas((s) => s.setRegisterOpen)
  if (!canRegister(account)) return null
  return (
    <button type="button" aria-pressed={open} onClick={() => setOpen(!open)}>
      ✚ {t('pool.register')}
    </button>
  )
}

/** Registering a compensation area: draw or upload its polygon, fill in the attributes, save. */
export function RegisterArea({ mapRef }: { mapRef: React.RefObject<MapRef | null> }) {
  const open = useAtlas((s) => s.registerOpen)
  const account = useAtlas((s) => s.account)
  if (!open || !canRegister(account)) return null
  return (
    <Suspense fallback={null}>
      <RegisterPanel mapRef={mapRef} />
    </Suspense>
  )
}
