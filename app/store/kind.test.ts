import { describe, expect, it } from 'vitest';
import { selectKind, workspaceKind } from './kind.ts';

describe('workspaceKind', () => {
  it('is none until a session workspace opened', () => {
    expect(workspaceKind('session', null)).toBe('none');
  });
  it('tells a program workspace from a recording by the scenario the engine reports', () => {
    expect(workspaceKind('session', { scenario: 'program' })).toBe('program');
    expect(workspaceKind('session', { scenario: 'io' })).toBe('recording');
    expect(workspaceKind('session', { scenario: '' })).toBe('recording');
  });
  it('is trace whenever the trace workspace is in front, whatever the session holds', () => {
    expect(workspaceKind('trace', null)).toBe('trace');
    expect(workspaceKind('trace', { scenario: 'io' })).toBe('trace');
    expect(workspaceKind('trace', { scenario: 'program' })).toBe('trace');
  });
  it('selectKind reads the same two fields of the store', () => {
    expect(selectKind({ front: 'session', info: { scenario: 'program' } })).toBe('program');
    expect(selectKind({ front: 'trace', info: { scenario: 'program' } })).toBe('trace');
  });
});
