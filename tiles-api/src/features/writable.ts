import type { WritableCollection } from '../writes/collection.ts'
import { exchangeCollection } from './exchange/collection.ts'
import { poolCollection } from './pool/collection.ts'
import { projectCollection } from './projects/collection.ts'

/** The features whose catalogue layers are writable (`writable: true`): one line each. */
export const writableCollections: readonly WritableCollection[] = [poolCollection, projectCollection, exchangeCollection]
