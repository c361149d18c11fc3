/**
 * Which kind of workspace the shell shows. The engine holds two independent workspaces: the
 * session's (a replayed real-KVM recording, or a guest program run by the built-in VMM: `info`)
 * and the trace workspace (engine/protocol/trace.ts). `front` says which of the two the user
 * opened last; the kind is computed from it and `info`, never stored.
 */

/** The workspace kinds the shell knows; 'none' before anything opened. */
export type WorkspaceKind = 'none' | 'recording' | 'program' | 'trace';

/** Which engine workspace is in front: the session's (`info`) or the trace's. */
export type Front = 'session' | 'trace';

/** Scenario name the engine gives a program workspace (engine/session/program.ts). */
export const PROGRAM_SCENARIO = 'program';

/** The kind of the open workspace, from which workspace is in front and the session's info. */
export function workspaceKind(front: Front, info: { scenario: string } | null): WorkspaceKind {
  if (front === 'trace') return 'trace';
  if (!info) return 'none';
  return info.scenario === PROGRAM_SCENARIO ? 'program' : 'recording';
}

/** Store selector: the open workspace's kind. */
export function selectKind(s: { front: Front; info: { scenario: string } | null }): WorkspaceKind {
  return workspaceKind(s.front, s.info);
}

/** What the status bar calls each kind. */
export const KIND_LABEL: Readonly<Record<WorkspaceKind, string>> = {
  none: 'No workspace',
  recording: 'Recording',
  program: 'Program',
  trace: 'Trace',
};
