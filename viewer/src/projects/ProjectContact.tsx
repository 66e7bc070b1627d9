import { ContactAddress, contactOf } from '../shared/ContactAddress.tsx'
import { useT } from '../store/hooks.ts'

/**
 * The contact person, only as far as the server sent it: with consent, or to the
 * project's own editors. Anonymous visitors of a project without consent get no contact
 * fields from the API at all; the page then names the region office instead.
 */
export function ProjectContact({ properties: p, editable }: { properties: Record<string, unknown>; editable: boolean }) {
  const t = useT()
  const contact = contactOf(p)
  return (
    <section className="project-contact" aria-labelledby="contact-title">
      <h2 id="contact-title">{t('projects.contact')}</h2>
      {!contact ? (
        <p className="contact-on-request">{t('projects.contactOnRequest')}</p>
      ) : (
        <>
          <ContactAddress contact={contact} />
          {p.contact_consent !== true && editable && <p className="small muted">{t('projects.contactHiddenForOthers')}</p>}
        </>
      )}
    </section>
  )
}
