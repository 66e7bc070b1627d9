import { useAtlas } from '../store/index.ts'
import { useT } from '../store/hooks.ts'

/** Switches presentation mode on (header) or off (the big exit button in the mode itself). */
export function PresentationButton() {
  const t = useT()
  const on = useAtlas((s) => s.presentation)
  const set = useAtlas((s) => s.setPresentation)
  return (
    <button type="button" className={on ? 'presentation-exit' : undefined} onClick={() => set(!on)}>
      {on ? `✕ ${t('presentation.exit')}` : `▣ ${t('presentation.start')}`}
    </button>
  )
}
