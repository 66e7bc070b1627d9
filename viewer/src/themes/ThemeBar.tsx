import './themes.css'
import { pick } from '../i18n/index.ts'
import { useAtlas } from '../store/index.ts'
import { useLanguage, useT } from '../store/hooks.ts'
import { openTheme } from './theme-slice.ts'

/** Over the map while a theme map is open: its title, the explanation, and the way out. */
export function ThemeBar() {
  const t = useT()
  const language = useLanguage()
  const theme = useAtlas(openTheme)
  const leaveTheme = useAtlas((s) => s.leaveTheme)
  if (!theme) return null
  return (
    <section className="theme-bar" aria-labelledby="theme-bar-title" data-theme={theme.id}>
      <div>
        <p className="theme-bar-kicker">{t('themes.bar.label')}</p>
        <h2 id="theme-bar-title">{pick(theme.title, language)}</h2>
        <p className="theme-bar-text">{pick(theme.explanation, language)}</p>
      </div>
      <button type="button" onClick={leaveTheme}>
        {t('themes.leave')}
      </button>
    </section>
  )
}
