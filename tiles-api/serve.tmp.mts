import postgres from 'postgres'
import { serve } from '@hono/node-server'
import { createApp } from './src/app.ts'
const sql = postgres(process.env.DATABASE_URL!, { onnotice: () => {} })
const app = createApp({ sql, log: (l) => console.log(l) })
serve({ fetch: app.fetch, port: 18431, hostname: '127.0.0.1' })
