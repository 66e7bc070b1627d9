import { useAtlas } from '../store/index.ts'
import { useT } from '../store/hooks.ts'

export function LanguageSwitch() {
  const t = useT()
  const language = useAtlas((s) => s.language)
  const setLanguage = useAtlas((s) => s.setLanguage)
  const other = language === 'de' ? 'en' : 'de'
  return (
    <button type="button" lang={other} aria-label={t('app.languageSwitchLabel')} onClick={() => setLanguage(other)}>
      {t('app.languageSwitch')}
    </button>
  )
}
