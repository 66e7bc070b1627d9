/*
 * The contact person of a project or an exchange post, as far as the server sent it
 * (the API leaves the fields out without consent, except for the record's editors).
 */

export interface Contact {
  name: string | null
  role: string | null
  email: string | null
  phone: string | null
}

/** The record's contact fields, or null when it has none. */
export function contactOf(p: Record<string, unknown>): Contact | null {
  const value = (k: string) => (typeof p[k] === 'string' && p[k] ? (p[k] as string) : null)
  const contact = { name: value('contact_name'), role: value('contact_role'), email: value('contact_email'), phone: value('contact_phone') }
  return contact.name || contact.role || contact.email || contact.phone ? contact : null
}

/** Name, role, a mail link and a phone link (dialable digits only). */
export function ContactAddress({ contact: { name, role, email, phone } }: { contact: Contact }) {
  return (
    <address>
      {name && <strong>{name}</strong>}
      {role && <span>{role}</span>}
      {email && <a href={`mailto:${email}`}>{email}</a>}
      {phone && <a href={`tel:${phone.replace(/[^+0-9]/g, '')}`}>{phone}</a>}
    </address>
  )
}
