/**
 * The panel registry: every panel the shell can show, and the area it lives in. Areas
 * with several panels show tabs. Later issues add panels here (Monaco editor and
 * disassembly in `main`, the trace timeline and stats table in `main`/`bottom`).
 */
import type { ComponentType } from 'react';
import type { PanelArea } from '../store/layout.ts';
import { ExitStreamPanel } from './ExitStream.tsx';
import { IoctlLogActions, IoctlLogPanel } from './IoctlLog.tsx';
import { ObjectTreePanel } from './ObjectTree.tsx';
import { RegistersPanel } from './Registers.tsx';
import { ProgramPanel } from './editor/ProgramPanel.tsx';
import { SerialPanel } from './serial/SerialPanel.tsx';
import { TimelinePanel } from './timeline/Timeline.tsx';
import { TraceStatsPanel } from './trace-stats/TraceStats.tsx';
import { EventDetailsPanel } from './event-details/EventDetails.tsx';

export interface PanelDef {
  id: string;
  title: string;
  area: PanelArea;
  component: ComponentType;
  /** Extra controls shown in the area's tab strip while this panel is active. */
  actions?: ComponentType;
}

export const PANELS: readonly PanelDef[] = [
  { id: 'tree', title: 'Objects', area: 'left', component: ObjectTreePanel },
  { id: 'ioctls', title: 'ioctl log', area: 'main', component: IoctlLogPanel, actions: IoctlLogActions },
  { id: 'exits', title: 'Exits', area: 'bottom', component: ExitStreamPanel },
  { id: 'registers', title: 'Registers', area: 'right', component: RegistersPanel },
  { id: 'program', title: 'Program', area: 'main', component: ProgramPanel },
  { id: 'serial', title: 'Serial', area: 'bottom', component: SerialPanel },
  { id: 'timeline', title: 'Trace timeline', area: 'main', component: TimelinePanel },
  { id: 'trace-stats', title: 'Exit stats', area: 'bottom', component: TraceStatsPanel },
  { id: 'event-details', title: 'Event', area: 'right', component: EventDetailsPanel },
];

export function panelsIn(area: PanelArea): readonly PanelDef[] {
  return PANELS.filter((p) => p.area === area);
}
