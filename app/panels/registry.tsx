/**
 * The panel registry: every panel the shell can show, the area it lives in and the workspace
 * kinds it belongs to (a panel shows only while a workspace of one of its kinds is open, so
 * nothing of a recording shows beside a trace). Areas with several panels show tabs, in
 * registry order.
 */
import type { ComponentType } from 'react';
import type { PanelArea } from '../store/layout.ts';
import type { WorkspaceKind } from '../store/kind.ts';
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
  /** Workspace kinds this panel shows for. */
  kinds: readonly WorkspaceKind[];
  /** Extra controls shown in the area's tab strip while this panel is active. */
  actions?: ComponentType;
}

const SESSION: readonly WorkspaceKind[] = ['recording', 'program'];

export const PANELS: readonly PanelDef[] = [
  { id: 'tree', title: 'Objects', area: 'left', component: ObjectTreePanel, kinds: SESSION },
  { id: 'program', title: 'Program', area: 'main', component: ProgramPanel, kinds: ['program'] },
  { id: 'ioctls', title: 'ioctl log', area: 'main', component: IoctlLogPanel, actions: IoctlLogActions, kinds: SESSION },
  { id: 'serial', title: 'Serial', area: 'bottom', component: SerialPanel, kinds: ['program'] },
  { id: 'exits', title: 'Exits', area: 'bottom', component: ExitStreamPanel, kinds: SESSION },
  { id: 'registers', title: 'Registers', area: 'right', component: RegistersPanel, kinds: SESSION },
  { id: 'timeline', title: 'Trace timeline', area: 'main', component: TimelinePanel, kinds: ['trace'] },
  { id: 'trace-stats', title: 'Exit stats', area: 'bottom', component: TraceStatsPanel, kinds: ['trace'] },
  { id: 'event-details', title: 'Event', area: 'right', component: EventDetailsPanel, kinds: ['trace'] },
];

/** The panels of an area for a workspace kind, in tab order. */
export function panelsIn(area: PanelArea, kind: WorkspaceKind): readonly PanelDef[] {
  return PANELS.filter((p) => p.area === area && p.kinds.includes(kind));
}
