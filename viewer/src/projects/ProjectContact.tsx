import { useT } from '../store/hooks.ts'

/**
 * The contact person, only as far as the server sent it: with consent, or to the
 * project's own editors. Anonymous visitors of a project without consent get no contact
 * fields from the API at all; the page then names the region office instead.
 */
export function ProjectContact({ properties: p, editable }: { properties: Record<string, unknown>; editable: boolean }) {
  const t = useT()
  const value = (k: string) => (typeof p[k] === 'string' && p[k] ? (p[k] as string) : null)
  const name = value('contact_name')
  const role = value('contact_role')
  const email = value('contact_email')
  const phone = value('contact_phone')
  const any = name || role || email || phone
  return (
    <section className="project-contact" aria-labelledby="contact-title">
      <h2 id="contact-title">{t('projects.contact')}</h2>
      {!any ? (
        <p className="contact-on-request">{t('projects.contactOnRequest')}</p>
      ) : (
        <>
          <address>
            {name && <strong>{name}</strong>}
            {role && <span>{role}</span>}
            {email && <a href={`mailto:${email}`}>{email}</a>}
            {phone && <a href={`tel:${phone.replace(/[^+0-9]/g, '')}`}>{phone}</a>}
          </address>
          {p.contact_consent !== true && editable && <p className="small muted">{t('projects.contactHiddenForOthers')}</p>}
        </>
      )}
    </section>
  )
}
