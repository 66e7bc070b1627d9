export * from './catalogue/index.ts'
export { REGION } from './region.ts'
export * from './schemas/index.ts'
export * from './catalogue/themes.ts'
