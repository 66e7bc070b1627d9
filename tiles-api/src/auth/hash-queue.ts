import { ProblemError } from '../errors.ts'

/*
 * scrypt with 128 MiB runs on libuv's thread pool (four threads), which gzip, file
 * reads and DNS need as well: twenty parallel logins made every gzip'd read wait up to
 * 40 s. Hashes therefore run through a queue with its own concurrency, below the pool's
 * size, and a bounded waiting line: when it is full, a login is refused at once (503 +
 * Retry-After) instead of piling up. Per process, like the thread pool it protects; it
 * holds no state another instance would need.
 */

export class HashingBusy extends ProblemError {
  constructor(readonly retryAfter: number) {
    super(503, 'login-busy', 'Anmeldung ausgelastet', `Gerade melden sich sehr viele an. Bitte in ${retryAfter} s erneut versuchen.`)
  }
}

export class BoundedQueue {
  private running = 0
  private readonly waiting: (() => void)[] = []

  constructor(readonly concurrency: number, readonly maxWaiting: number, readonly retryAfter = 5) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.concurrency) {
      if (this.waiting.length >= this.maxWaiting) throw new HashingBusy(this.retryAfter)
      await new Promise<void>((resolve) => this.waiting.push(resolve))
    } else {
      this.running++
    }
    try {
      return await task()
    } finally {
      // Hand the slot straight to the next waiter, or free it.
      const next = this.waiting.shift()
      if (next) next()
      else this.running--
    }
  }
}
