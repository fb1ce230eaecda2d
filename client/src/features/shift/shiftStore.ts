import type { Shift } from '@alongside/shared';
import { createStore } from '../../lib/store';

export interface ShiftState {
  shift: Shift | null;
  loaded: boolean;
}

export const shiftStore = createStore<ShiftState>({ shift: null, loaded: false });

export function setShift(shift: Shift | null): void {
  shiftStore.set({ shift, loaded: true });
}

export function resetShift(): void {
  shiftStore.set({ shift: null, loaded: false });
}
