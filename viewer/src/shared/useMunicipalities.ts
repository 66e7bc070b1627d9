import { useEffect, useMemo } from 'react'
import { loadLayer, useLayerData } from '../data/feature-cache.ts'
import { municipalityOptions } from './municipalities.ts'

/** The municipalities of the region as [ags, name], from the municipalities layer. */
export function useMunicipalities(): [string, string][] {
  const data = useLayerData('municipalities')
  useEffect(() => {
    void loadLayer('municipalities')
  }, [])
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => municipalityOptions(), [data])
}
