export * from './permissions.ts'
export * from './responses.ts'
export * from './version-tag.ts'
