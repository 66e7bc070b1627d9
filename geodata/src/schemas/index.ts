export * from './auth.ts'
export * from './compensation.ts'
export * from './geometry.ts'
export * from './projects.ts'
