/** The app store: one zustand store made of slices; components read it through selectors. */
import { create } from 'zustand';
import { createLayoutSlice, type LayoutSlice } from './layout.ts';
import { createSelectionSlice, type SelectionSlice } from './selection.ts';
import { createWorkspaceSlice, type WorkspaceSlice } from './workspace.ts';

export type AppState = WorkspaceSlice & SelectionSlice & LayoutSlice;

export const useApp = create<AppState>()((...a) => ({
  ...createWorkspaceSlice(...a),
  ...createSelectionSlice(...a),
  ...createLayoutSlice(...a),
}));
