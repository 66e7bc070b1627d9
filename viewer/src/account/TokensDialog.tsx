import type { TokenInfo } from '@regiopol/geodata'
import { useEffect, useState, type FormEvent } from 'react'
import { formatDate } from '../i18n/index.ts'
import { useLanguage, useT } from '../store/hooks.ts'
import { createToken, listTokens, revokeToken } from './api.ts'
import { problemMessage } from '../shared/problem.ts'

/** "Meine API-Tokens": list, create (the secret shown once, with copy and a QGIS hint), revoke. */
export function TokensDialog({ onClose }: { onClose: () => void }) {
  const t = useT()
  const language = useLanguage()
  const [tokens, setTokens] = useState<TokenInfo[] | null>(null)
  const [name, setName] = useState('')
  const [days, setDays] = useState('')
  const [created, setCreated] = useState<string | null>(null)
  const [copied, setCopied] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const reload = () => listTokens().then(setTokens, (err: unknown) => setError(problemMessage(err, t)))
  useEffect(() => void reload(), []) // eslint-disable-line react-hooks/exhaustive-deps

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setError(null)
    try {
      const token = await createToken(name, days ? Number(days) : undefined)
      setCreated(token.token)
      setCopied(false)
      setName('')
      await reload()
    } catch (err) {
      setError(problemMessage(err, t))
    }
  }

  const revoke = async (id: number) => {
    try {
      await revokeToken(id)
      await reload()
    } catch (err) {
      setError(problemMessage(err, t))
    }
  }

  const copy = async () => {
    if (!created) return
    await navigator.clipboard.writeText(created).then(() => setCopied(true), () => setCopied(false))
  }

  const date = (iso: string | null) => (iso ? formatDate(iso.slice(0, 10), language) : '–')
  return (
    <div className="pool-dialog-backdrop" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div className="pool-dialog pool-tokens" role="dialog" aria-modal="true" aria-labelledby="tokens-title">
        <h2 id="tokens-title">{t('account.tokens')}</h2>
        <p className="muted">{t('account.tokensIntro')}</p>
        {tokens === null ? (
          <p className="muted">{t('layer.loading')}</p>
        ) : tokens.length === 0 ? (
          <p className="muted">{t('account.noTokens')}</p>
        ) : (
          <ul className="pool-token-list">
            {tokens.map((tk) => (
              <li key={tk.id} data-token={tk.id}>
                <strong>{tk.name}</strong> <code>{tk.prefix}…</code>
                <br />
                <span className="muted">{t('account.tokenDates', { created: date(tk.created_at), used: date(tk.last_used_at), expires: date(tk.expires_at) })}</span>{' '}
                <button type="button" aria-label={t('account.revokeNamed', { name: tk.name })} onClick={() => void revoke(tk.id)}>
                  {t('account.revoke')}
                </button>
              </li>
            ))}
          </ul>
        )}
        {created && (
          <div className="pool-new-token" role="status">
            <strong>{t('account.tokenOnce')}</strong>
            <div className="pool-actions">
              <input readOnly value={created} aria-label={t('account.newToken')} onFocus={(e) => e.currentTarget.select()} />
              <button type="button" onClick={() => void copy()}>
                {copied ? t('account.copied') : t('account.copy')}
              </button>
            </div>
            <p className="muted">{t('account.qgisHint', { url: `${location.origin}/api` })}</p>
          </div>
        )}
        <form onSubmit={(e) => void submit(e)}>
          <label>
            {t('account.tokenName')}
            <input required maxLength={100} value={name} onChange={(e) => setName(e.target.value)} placeholder="QGIS Büro" />
          </label>
          <label>
            {t('account.tokenExpiry')}
            <select value={days} onChange={(e) => setDays(e.target.value)}>
              <option value="">{t('account.noExpiry')}</option>
              {[30, 90, 365].map((d) => <option key={d} value={d}>{t('account.days', { days: d })}</option>)}
            </select>
          </label>
          <div className="pool-actions">
            <button type="submit">{t('account.createToken')}</button>
            <button type="button" onClick={onClose}>{t('panel.close')}</button>
          </div>
        </form>
        {error && <p role="alert" className="pool-error">{error}</p>}
      </div>
    </div>
  )
}
