import type { Page } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { launchBrowser, newPage, openAtlas, type Browser } from './browser.ts'
import { startAtlas, type RunningAtlas } from './server.ts'

/*
 * The setup every end-to-end file shares: one server (built viewer + API + fresh embedded
 * PostGIS), one Chromium and one tab for the whole file, stopped after its last test.
 */

export interface AtlasSession {
  atlas: RunningAtlas
  browser: Browser
  page: Page
}

export interface SessionOptions {
  viewport?: { width: number; height: number }
  /** `'map'` (default): the tab opens the map at `/` and waits until it is drawn; a number: a blank tab with that default timeout (ms), for files that start on a page. */
  open?: 'map' | number
  /** Runs before the tab opens (permissions, recording requests). */
  beforeOpen?: (browser: Browser, atlas: RunningAtlas) => void | Promise<void>
}

/** Registers the hooks that start and stop the session; its fields are set once the file's first `beforeAll` has run. */
export function atlasSession({ viewport, open = 'map', beforeOpen }: SessionOptions = {}): AtlasSession {
  const session = {} as AtlasSession
  beforeAll(async () => {
    session.atlas = await startAtlas()
    session.browser = await launchBrowser(viewport)
    await beforeOpen?.(session.browser, session.atlas)
    session.page = open === 'map' ? await openAtlas(session.browser.context, `${session.atlas.url}/`) : await newPage(session.browser.context, open)
  })
  afterAll(async () => {
    await session.browser?.close()
    await session.atlas?.stop()
  })
  return session
}
