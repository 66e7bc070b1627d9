import './pool.css'
import { useEffect, useState, type FormEvent } from 'react'
import { reloadLayer } from '../data/feature-cache.ts'
import { useAtlas } from '../store/index.ts'
import { useT } from '../store/hooks.ts'
import { login, logout, me } from './api.ts'
import { municipalityName } from './municipalities.ts'

/** The header's "Anmelden" button, or who is signed in with their municipality and "Abmelden". */
export function AccountMenu() {
  const t = useT()
  const account = useAtlas((s) => s.account)
  const loginOpen = useAtlas((s) => s.loginOpen)
  const setLoginOpen = useAtlas((s) => s.setLoginOpen)
  const setAccount = useAtlas((s) => s.setAccount)

  useEffect(() => {
    void me().then(setAccount, () => setAccount(null))
  }, [setAccount])

  if (!account) {
    return (
      <>
        <button type="button" className="account-login" onClick={() => setLoginOpen(true)}>
          {t('pool.login')}
        </button>
        {loginOpen && <LoginDialog />}
      </>
    )
  }
  return (
    <span className="account-menu" data-role={account.role}>
      <span className="account-who">
        {t('pool.signedInAs', { name: account.display_name })} · {t(`pool.role.${account.role}`)}
        {' · '}
        {account.municipality_ags ? municipalityName(account.municipality_ags) : t('pool.region')}
      </span>
      <button
        type="button"
        onClick={() => {
          void logout().finally(() => {
            setAccount(null)
            void reloadLayer('compensation_areas')
          })
        }}
      >
        {t('pool.logout')}
      </button>
    </span>
  )
}

function LoginDialog() {
  const t = useT()
  const setLoginOpen = useAtlas((s) => s.setLoginOpen)
  const setAccount = useAtlas((s) => s.setAccount)
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setBusy(true)
    setError(null)
    try {
      setAccount(await login(email, password))
      setLoginOpen(false)
      void reloadLayer('compensation_areas')
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="pool-dialog-backdrop" onKeyDown={(e) => e.key === 'Escape' && setLoginOpen(false)}>
      <form className="pool-dialog" role="dialog" aria-modal="true" aria-labelledby="login-title" onSubmit={(e) => void submit(e)}>
        <h2 id="login-title">{t('pool.loginTitle')}</h2>
        <label>
          {t('pool.email')}
          <input type="email" autoComplete="username" required autoFocus value={email} onChange={(e) => setEmail(e.target.value)} />
        </label>
        <label>
          {t('pool.password')}
          <input type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        </label>
        {error && (
          <p role="alert" className="pool-error">
            {t('pool.loginFailed', { message: error })}
          </p>
        )}
        <div className="pool-actions">
          <button type="submit" disabled={busy}>
            {t('pool.login')}
          </button>
          <button type="button" onClick={() => setLoginOpen(false)}>
            {t('pool.cancel')}
          </button>
        </div>
      </form>
    </div>
  )
}
