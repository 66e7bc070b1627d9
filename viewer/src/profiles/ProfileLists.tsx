import { projectStatuses, type MunicipalityProfile } from '@regiopol/geodata'
import { Link } from 'wouter'
import { SampleBadge } from '../components/SampleBadge.tsx'
import { formatDate } from '../i18n/index.ts'
import { optionLabel } from '../info/format-value.ts'
import { useLanguage, useT } from '../store/hooks.ts'

/** Projects (links to their pages), current exchange posts and the regiopolPate. */
export function ProfileLists({ profile: p }: { profile: MunicipalityProfile }) {
  const t = useT()
  const language = useLanguage()
  return (
    <div className="profile-lists">
      <section aria-labelledby="sec-projects">
        <h2 id="sec-projects">{t('profiles.projects')} ({p.projects.items.length}) {p.projects.sample && <SampleBadge />}</h2>
        {p.projects.items.length === 0 ? <p>{t('profiles.noProjects')}</p> : (
          <ul className="profile-projects">
            {p.projects.items.map((x) => (
              <li key={x.id}>
                <Link href={`/projekte/${x.id}`}>{x.title}</Link> <span className="muted">({optionLabel(projectStatuses, x.status, language)})</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="sec-exchange">
        <h2 id="sec-exchange">{t('profiles.exchange')} ({p.exchange_posts.items.length}) {p.exchange_posts.sample && <SampleBadge />}</h2>
        {p.exchange_posts.items.length === 0 ? <p>{t('profiles.noExchange')}</p> : (
          <ul className="profile-exchange">
            {p.exchange_posts.items.map((x) => (
              <li key={x.id}>
                <strong>{t(`profiles.exchange.${x.type}`)}:</strong> <Link href={`/boerse/${x.id}`}>{x.title}</Link>{' '}
                <span className="muted">({t('profiles.until', { date: formatDate(x.expires_on, language) })})</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="sec-contact">
        <h2 id="sec-contact">{t('profiles.contact')} {p.contact?.sample && <SampleBadge />}</h2>
        {!p.contact ? <p>{t('profiles.noContact')}</p> : (
          <address data-testid="profile-contact">
            <strong>{p.contact.name}</strong>
            {p.contact.organisation && <span>{p.contact.organisation}</span>}
            {p.contact.email && <a href={`mailto:${p.contact.email}`}>{p.contact.email}</a>}
            {p.contact.phone && <a href={`tel:${p.contact.phone.replace(/\s/g, '')}`}>{p.contact.phone}</a>}
          </address>
        )}
      </section>
    </div>
  )
}
