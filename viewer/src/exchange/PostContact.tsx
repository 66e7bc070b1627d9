import { ContactAddress, contactOf } from '../shared/ContactAddress.tsx'
import { useT } from '../store/hooks.ts'

/**
 * The contact person, only as far as the server sent it: with consent, or to the post's
 * own editors. Without consent the board names the region office instead.
 */
export function PostContact({ p, editable }: { p: Record<string, unknown>; editable: boolean }) {
  const t = useT()
  const contact = contactOf(p)
  return (
    <section className="exchange-contact" aria-labelledby="exchange-contact-title">
      <h2 id="exchange-contact-title">{t('exchange.contact')}</h2>
      {!contact ? (
        <p className="contact-on-request">{t('exchange.contactViaOffice')}</p>
      ) : (
        <>
          <p className="small muted">{t('exchange.contactHint')}</p>
          <ContactAddress contact={contact} />
          {p.contact_consent !== true && editable && <p className="small muted">{t('exchange.contactHiddenForOthers')}</p>}
        </>
      )}
    </section>
  )
}
