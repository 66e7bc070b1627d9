import { municipalityOptions } from './municipalities.ts'

/** The municipalities as the `<option>`s of a select (AGS as value, name as label); `only` keeps those it accepts. */
export function MunicipalityOptions({ only }: { only?: (ags: string) => boolean }) {
  return (
    <>
      {municipalityOptions()
        .filter(([value]) => !only || only(value))
        .map(([value, label]) => <option key={value} value={value}>{label}</option>)}
    </>
  )
}
