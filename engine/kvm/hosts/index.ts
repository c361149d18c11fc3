/** Registry of host profiles. */
import { HOST_PVM_618 } from './pvm-6.18.ts';
import type { HostProfile } from './types.ts';

export type { HostProfile } from './types.ts';
export const HOSTS: Readonly<Record<string, HostProfile>> = Object.freeze({ [HOST_PVM_618.id]: HOST_PVM_618 });
export const DEFAULT_HOST = HOST_PVM_618.id;

/** The profile with this id, or undefined. */
export function hostProfile(id: string): HostProfile | undefined {
  return HOSTS[id];
}
