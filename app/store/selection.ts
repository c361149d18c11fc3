/** Selection slice: which vCPU the register panel shows and which ioctl row is selected. */
import type { StateCreator } from 'zustand';
import type { AppState } from './index.ts';

export interface SelectionSlice {
  selectedVcpu: number | null;
  selectedRow: number | null;
  selectVcpu(fd: number): void;
  selectRow(row: number | null): void;
}

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set, get) => ({
  selectedVcpu: null,
  selectedRow: null,
  selectVcpu: (fd) => {
    set({ selectedVcpu: fd });
    void get().refreshRegisters();
  },
  selectRow: (row) => set({ selectedRow: row }),
});
