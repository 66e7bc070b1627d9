import { useT } from '../store/hooks.ts'

/**
 * The contact person, only as far as the server sent it: with consent, or to the post's
 * own editors. Without consent the board names the region office instead.
 */
export function PostContact({ p, editable }: { p: Record<string, unknown>; editable: boolean }) {
  const t = useT()
  const value = (k: string) => (typeof p[k] === 'string' && p[k] ? (p[k] as string) : null)
  const name = value('contact_name')
  const role = value('contact_role')
  const email = value('contact_email')
  const phone = value('contact_phone')
  return (
    <section className="exchange-contact" aria-labelledby="exchange-contact-title">
      <h2 id="exchange-contact-title">{t('exchange.contact')}</h2>
      {!(name || role || email || phone) ? (
        <p className="contact-on-request">{t('exchange.contactViaOffice')}</p>
      ) : (
        <>
          <p className="small muted">{t('exchange.contactHint')}</p>
          <address>
            {name && <strong>{name}</strong>}
            {role && <span>{role}</span>}
            {email && <a href={`mailto:${email}`}>{email}</a>}
            {phone && <a href={`tel:${phone.replace(/[^+0-9]/g, '')}`}>{phone}</a>}
          </address>
          {p.contact_consent !== true && editable && <p className="small muted">{t('exchange.contactHiddenForOthers')}</p>}
        </>
      )}
    </section>
  )
}
