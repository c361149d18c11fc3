/**
 * Exception signalling inside the interpreter. Handlers throw a CpuFault; the
 * run loop catches it and delivers the exception through the IVT/IDT (or
 * escalates to #DF / triple fault). Exits that must not retire the current
 * instruction (IN, MMIO read, RDMSR...) unwind with NO_RETIRE.
 */

export const DE = 0, DB = 1, NMI = 2, BP = 3, OF = 4, BR = 5, UD = 6, NM = 7, DF = 8,
  TS = 10, NP = 11, SS_ = 12, GP = 13, PF = 14, MF = 16, AC = 17, MC = 18, XM = 19;

/** A guest exception raised by the current instruction. */
export class CpuFault {
  constructor(
    readonly vector: number,
    readonly error: number = 0,
    readonly hasError: boolean = false,
    /** CR2 for #PF. */
    readonly address = 0,
  ) {}
}

/** Raise #vector with an error code. */
export function fault(vector: number, error: number): never {
  throw new CpuFault(vector, error, true);
}

/** Raise #vector without an error code. */
export function faultNoErr(vector: number): never {
  throw new CpuFault(vector, 0, false);
}

/** Unwinds an instruction that stopped for user space before retiring (state untouched). */
export const NO_RETIRE = { noRetire: true };

/** Unwinds an instruction KVM's emulator cannot execute (KVM_EXIT_INTERNAL_ERROR, emulation suberror). */
export class EmulationFailure {
  constructor(readonly why: string) {}
}

/** Vectors that push an error code in protected/long mode. */
export function hasErrorCode(vec: number): boolean {
  return vec === 8 || (vec >= 10 && vec <= 14) || vec === 17 || vec === 21 || vec === 29 || vec === 30;
}

/** Exception class for double-fault rules (SDM 6.15, table 6-5). */
export function exceptionClass(vec: number): 'benign' | 'contributory' | 'pf' | 'df' {
  if (vec === 0 || (vec >= 10 && vec <= 13)) return 'contributory';
  if (vec === 14) return 'pf';
  if (vec === 8) return 'df';
  return 'benign';
}

/** Does a second exception while delivering `first` become #DF? */
export function becomesDoubleFault(first: number, second: number): boolean {
  const a = exceptionClass(first), b = exceptionClass(second);
  if (a === 'contributory' && b === 'contributory') return true;
  if (a === 'pf' && (b === 'contributory' || b === 'pf')) return true;
  return false;
}
