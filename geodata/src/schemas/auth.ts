import { z } from 'zod'

export const ROLES = ['viewer', 'editor', 'admin'] as const
export type Role = (typeof ROLES)[number]

/** POST /api/auth/login */
export const loginSchema = z.strictObject({
  email: z.string().trim().toLowerCase().max(254).min(3, 'Die E-Mail-Adresse fehlt.'),
  password: z.string().min(1, 'Das Passwort fehlt.').max(1000),
})

/** POST /api/auth/tokens */
export const createTokenSchema = z.strictObject({
  name: z.string().trim().min(1, 'Bitte das Token benennen (z. B. „QGIS Büro“).').max(100),
  expires_in_days: z.number().int().min(1).max(365).optional(),
})

/** What GET /api/auth/me answers. */
export interface AccountInfo {
  id: number
  email: string
  display_name: string
  role: Role
  municipality_ags: string | null
}
