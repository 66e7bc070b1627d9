import { describe, expect, it } from 'vitest'
import { parseCsv } from './read-data.ts'

describe('parseCsv', () => {
  it('reads quoted fields with commas, quotes and CRLF line ends', () => {
    const rows = parseCsv('ags,name\r\n05774012,"Borchen, Stadt ""B"""\r\n05774020,Delbrück\r\n')
    expect(rows).toEqual([
      { ags: '05774012', name: 'Borchen, Stadt "B"' },
      { ags: '05774020', name: 'Delbrück' },
    ])
  })
})
