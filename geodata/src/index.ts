export * from './catalogue/index.ts'
export { REGION } from './region.ts'
