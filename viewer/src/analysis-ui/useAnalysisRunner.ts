import { useEffect } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { useAtlas } from '../store/index.ts'
import { requestBands, requestHealth, requestSites } from './runner.ts'

/** Runs the analysis of the open tab whenever its parameters or the scenario change. */
export function useAnalysisRunner(): void {
  const { open, tab, health, scenario, catchmentM, weights, showCatchments } = useAtlas(
    useShallow((s) => ({
      open: s.analysisOpen, tab: s.analysisTab, health: s.health, scenario: s.scenario,
      catchmentM: s.catchmentM, weights: s.weights, showCatchments: s.showCatchments,
    })),
  )
  const { mode, cellSize, thresholds, showBands } = health

  useEffect(() => {
    if (open && tab === 'health') void requestHealth(useAtlas.getState().health, scenario)
  }, [open, tab, mode, cellSize, thresholds, scenario])

  useEffect(() => {
    if (open && tab === 'health') void requestBands(useAtlas.getState().health)
  }, [open, tab, showBands])

  useEffect(() => {
    if (!open || tab !== 'sites') return
    // Sliders fire on every step: wait for a pause.
    const timer = setTimeout(() => void requestSites(catchmentM, weights, showCatchments), 120)
    return () => clearTimeout(timer)
  }, [open, tab, catchmentM, weights, showCatchments, scenario])
}
