import type { StateCreator } from 'zustand'
import type { AtlasState } from '../store/index.ts'

/** A reservation form to open pre-filled (from an offer's "Reservieren"). */
export interface ReservePrefill {
  areaId: string
  points: number
  intervention: string
}

/** "Flächen für einen Eingriff finden": the panel, the intervention point, the offered areas. */
export interface OffersSlice {
  offersOpen: boolean
  /** True while the next map click sets the intervention point. */
  offersPicking: boolean
  offerPoint: [number, number] | null
  /** Ids of the offered areas, highlighted on the map. */
  offerIds: string[]
  reservePrefill: ReservePrefill | null
  setOffersOpen: (open: boolean) => void
  setOffersPicking: (picking: boolean) => void
  setOfferPoint: (point: [number, number] | null) => void
  setOfferIds: (ids: string[]) => void
  setReservePrefill: (prefill: ReservePrefill | null) => void
}

export const createOffersSlice: StateCreator<AtlasState, [], [], OffersSlice> = (set) => ({
  offersOpen: false,
  offersPicking: false,
  offerPoint: null,
  offerIds: [],
  reservePrefill: null,
  setOffersOpen: (offersOpen) => set(offersOpen ? { offersOpen } : { offersOpen, offersPicking: false, offerPoint: null, offerIds: [] }),
  setOffersPicking: (offersPicking) => set({ offersPicking }),
  setOfferPoint: (offerPoint) => set({ offerPoint, offersPicking: false }),
  setOfferIds: (offerIds) => set({ offerIds }),
  setReservePrefill: (reservePrefill) => set({ reservePrefill }),
})
