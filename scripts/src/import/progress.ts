/* A progress bar on stderr for long imports (only when stderr is a terminal). */

export function progressBar(stream: NodeJS.WriteStream = process.stderr) {
  let last = ''
  return (step: string, done: number, total: number) => {
    const width = 30
    const filled = total === 0 ? width : Math.round((done / total) * width)
    const line = `${step.padEnd(10)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`
    if (line === last) return
    last = line
    if (stream.isTTY) stream.write(`\r${line}${done === total ? '\n' : ''}`)
    else if (done === total) stream.write(`${line}\n`)
  }
}
