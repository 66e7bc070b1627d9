/** One benchmark figure next to its baseline measured in the same run. */
export interface BenchRow {
  name: string
  ms: number
  baselineName: string
  baselineMs: number
  /** CPU time (user + system), where the figure has a limit to meet on a shared machine. */
  cpuMs?: number
}
