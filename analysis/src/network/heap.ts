/**
 * A binary min-heap of (key, value) pairs in typed arrays, for Dijkstra. No
 * decrease-key: callers push again and skip stale entries when they pop them
 * (lazy deletion), which is faster in practice than tracking positions.
 *
 * @example
 * const h = new MinHeap()
 * h.push(5, 1); h.push(2, 7)
 * h.pop() // 7 (the value with the smallest key); h.lastKey === 2
 */
export class MinHeap {
  private keys: Float64Array
  private values: Float64Array
  size = 0
  /** Key of the value the last pop() returned. */
  lastKey = 0

  constructor(capacity = 1024) {
    this.keys = new Float64Array(capacity)
    this.values = new Float64Array(capacity)
  }

  clear(): void { this.size = 0 }

  push(key: number, value: number): void {
    if (this.size === this.keys.length) this.grow()
    const keys = this.keys, values = this.values
    let i = this.size++
    while (i > 0) {
      const p = (i - 1) >> 1
      if (keys[p]! <= key) break
      keys[i] = keys[p]!; values[i] = values[p]!
      i = p
    }
    keys[i] = key; values[i] = value
  }

  /** The value with the smallest key (its key in lastKey); call only when size > 0. */
  pop(): number {
    const keys = this.keys, values = this.values
    const top = values[0]!
    this.lastKey = keys[0]!
    const n = --this.size
    if (n > 0) {
      const key = keys[n]!, value = values[n]!
      let i = 0
      for (;;) {
        let c = 2 * i + 1
        if (c >= n) break
        if (c + 1 < n && keys[c + 1]! < keys[c]!) c++
        if (keys[c]! >= key) break
        keys[i] = keys[c]!; values[i] = values[c]!
        i = c
      }
      keys[i] = key; values[i] = value
    }
    return top
  }

  private grow(): void {
    const k = new Float64Array(this.keys.length * 2), v = new Float64Array(this.keys.length * 2)
    k.set(this.keys); v.set(this.values)
    this.keys = k; this.values = v
  }
}

/**
 * An indexed binary min-heap of graph nodes keyed by an outside distance array, with
 * decrease-key: each node is in the heap at most once, so a Dijkstra over n nodes
 * never holds more than n entries and never pops a stale one.
 *
 * @example
 * const dist = Float64Array.of(5, 2, Infinity)
 * const h = new NodeHeap(3, dist)
 * h.update(0); h.update(1)
 * h.pop() // 1 (dist 2)
 */
export class NodeHeap {
  private nodes: Int32Array
  private pos: Int32Array
  size = 0

  constructor(n: number, private dist: Float64Array) {
    this.nodes = new Int32Array(n)
    this.pos = new Int32Array(n).fill(-1)
  }

  /** Inserts v or moves it up after dist[v] decreased. */
  update(v: number): void {
    let i = this.pos[v]!
    if (i < 0) i = this.size++
    const d = this.dist[v]!, nodes = this.nodes, pos = this.pos, dist = this.dist
    while (i > 0) {
      const p = (i - 1) >> 1
      const u = nodes[p]!
      if (dist[u]! <= d) break
      nodes[i] = u; pos[u] = i
      i = p
    }
    nodes[i] = v; pos[v] = i
  }

  pop(): number {
    const nodes = this.nodes, pos = this.pos, dist = this.dist
    const top = nodes[0]!
    pos[top] = -1
    const n = --this.size
    if (n > 0) {
      const v = nodes[n]!, d = dist[v]!
      let i = 0
      for (;;) {
        let c = 2 * i + 1
        if (c >= n) break
        if (c + 1 < n && dist[nodes[c + 1]!]! < dist[nodes[c]!]!) c++
        if (dist[nodes[c]!]! >= d) break
        nodes[i] = nodes[c]!; pos[nodes[i]!] = i
        i = c
      }
      nodes[i] = v; pos[v] = i
    }
    return top
  }
}
