import { describe, expect, it } from 'vitest'
import { useAtlas } from '../store/index.ts'

describe('analysis slice', () => {
  it('adds a hypothetical site by map click and leaves add mode', () => {
    const s = useAtlas.getState()
    s.setAnalysisOpen(true)
    s.setAddMode(true)
    s.addFacilityAt([8.7, 51.7], 'Neuer Standort')
    expect(useAtlas.getState().scenario.added).toHaveLength(1)
    expect(useAtlas.getState().addMode).toBe(false)
    useAtlas.getState().resetScenario()
    expect(useAtlas.getState().scenario).toEqual({ off: [], added: [] })
  })

  it('opening the site table closes the attribute table; closing the panel closes the site table', () => {
    useAtlas.getState().setTableLayer('municipalities')
    useAtlas.getState().setSiteTableOpen(true)
    expect(useAtlas.getState().tableLayer).toBeNull()
    useAtlas.getState().setAnalysisOpen(false)
    expect(useAtlas.getState().siteTableOpen).toBe(false)
  })

  it('opens the site table ranked by score, best first (the order the theme promises)', () => {
    expect(useAtlas.getInitialState().siteSort).toEqual({ key: 'score', dir: -1 })
  })

  it('never stores negative weights', () => {
    useAtlas.getState().setWeight('size', -1)
    expect(useAtlas.getState().weights.size).toBe(0)
  })
})
