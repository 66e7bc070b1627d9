/** One benchmark figure next to its baseline measured in the same run. */
export interface BenchRow {
  name: string
  ms: number
  baselineName: string
  baselineMs: number
}
