import './account.css'
import { useEffect, useRef, useState, type FormEvent } from 'react'
import { createPortal } from 'react-dom'
import { reloadLayer } from '../data/feature-cache.ts'
import { useAtlas } from '../store/index.ts'
import { useT } from '../store/hooks.ts'
import { login, logout, me } from './api.ts'
import { municipalityName } from '../shared/municipalities.ts'
import { TokensDialog } from './TokensDialog.tsx'

/** The header's "Anmelden" button, or the account menu of who is signed in. */
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
          {t('account.login')}
        </button>
        {loginOpen && <LoginDialog />}
      </>
    )
  }
  return <SignedInMenu />
}

const EXPORTS = [
  ['areas.geojson', 'account.exportAreasGeojson'],
  ['areas.csv', 'account.exportAreasCsv'],
  ['bookings.csv', 'account.exportBookingsCsv'],
] as const

/** A compact button with a popover: who is signed in, API tokens, exports (admins), logout. */
function SignedInMenu() {
  const t = useT()
  const account = useAtlas((s) => s.account)!
  const setAccount = useAtlas((s) => s.setAccount)
  const [open, setOpen] = useState(false)
  const [tokensOpen, setTokensOpen] = useState(false)
  const root = useRef<HTMLSpanElement>(null)

  useEffect(() => {
    if (!open) return
    const outside = (e: MouseEvent) => root.current && !root.current.contains(e.target as Node) && setOpen(false)
    document.addEventListener('mousedown', outside)
    return () => document.removeEventListener('mousedown', outside)
  }, [open])

  return (
    <span className="account-menu" data-role={account.role} ref={root} onKeyDown={(e) => e.key === 'Escape' && open && setOpen(false)}>
      <button type="button" className="account-button" aria-haspopup="true" aria-expanded={open} aria-controls="account-panel" onClick={() => setOpen(!open)}>
        <span className="account-name">{account.display_name}</span> <span aria-hidden="true">▼</span>
      </button>
      <div id="account-panel" className="account-panel" hidden={!open}>
        <p className="account-who">
          {t('account.signedInAs', { name: account.display_name })}
          <br />
          {t(`account.role.${account.role}`)} · {account.municipality_ags ? municipalityName(account.municipality_ags) : t('account.region')}
        </p>
        <button type="button" onClick={() => { setTokensOpen(true); setOpen(false) }}>
          {t('account.tokens')}
        </button>
        {account.role === 'admin' && (
          <div role="group" aria-labelledby="account-exports" className="account-exports">
            <p id="account-exports">{t('account.exports')}</p>
            <ul>
              {EXPORTS.map(([file, key]) => (
                <li key={file}>
                  <a href={`/api/compensation-areas/export/${file}`} download>
                    {t(key)}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        )}
        <button
          type="button"
          onClick={() => {
            void logout().finally(() => {
              setAccount(null)
              void reloadLayer('compensation_areas')
            })
          }}
        >
          {t('account.logout')}
        </button>
      </div>
      {/* In a portal: the header's stacking context would put the dialog under the map's panels. */}
      {tokensOpen && createPortal(<TokensDialog onClose={() => setTokensOpen(false)} />, document.body)}
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
        <h2 id="login-title">{t('account.loginTitle')}</h2>
        <label>
          {t('account.email')}
          <input type="email" autoComplete="username" required autoFocus value={email} onChange={(e) => setEmail(e.target.value)} />
        </label>
        <label>
          {t('account.password')}
          <input type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        </label>
        {error && (
          <p role="alert" className="pool-error">
            {t('account.loginFailed', { message: error })}
          </p>
        )}
        <div className="pool-actions">
          <button type="submit" disabled={busy}>
            {t('account.login')}
          </button>
          <button type="button" onClick={() => setLoginOpen(false)}>
            {t('account.cancel')}
          </button>
        </div>
      </form>
    </div>
  )
}
