/**
 * The engine's own replay wiring: the real KVM model (engine/kvm) with the guest CPU
 * (engine/cpu) behind the Replayer — what `planescope conform`, the conformance suite
 * and the benchmarks run.
 */
import { createGuestCpu } from '../cpu/index.ts';
import type { ReplayOptions } from './replay.ts';

/** Replay options that drive the engine's KVM model with guest execution, plus caller overrides. */
export function engineReplayOptions(overrides: ReplayOptions = {}): ReplayOptions {
  return { cpuFactory: createGuestCpu, ...overrides };
}
