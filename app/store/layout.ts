/** Layout slice: panel sizes (px) and tab choices, persisted by nothing but the session. */
import type { StateCreator } from 'zustand';
import type { AppState } from './index.ts';

export type PanelArea = 'left' | 'main' | 'bottom' | 'right';

export interface LayoutSlice {
  sizes: { left: number; right: number; bottom: number };
  tabs: Partial<Record<PanelArea, string>>;
  /** ioctl log: also list rows not replayed yet. */
  upcoming: boolean;
  setSize(which: keyof LayoutSlice['sizes'], px: number): void;
  setTab(area: PanelArea, id: string): void;
  setUpcoming(v: boolean): void;
}

export const LIMITS = { left: [160, 600], right: [320, 900], bottom: [100, 700] } as const;

export const createLayoutSlice: StateCreator<AppState, [], [], LayoutSlice> = (set) => ({
  sizes: { left: 250, right: 450, bottom: 230 },
  tabs: {},
  upcoming: false,
  setSize: (which, px) => set((s) => ({ sizes: { ...s.sizes, [which]: Math.round(Math.min(LIMITS[which][1], Math.max(LIMITS[which][0], px))) } })),
  setTab: (area, id) => set((s) => ({ tabs: { ...s.tabs, [area]: id } })),
  setUpcoming: (v) => set((s) => ({ upcoming: v, version: s.version + 1 })),
});
