import { describe, expect, it } from 'vitest';
import { EFAULT, EINVAL } from '../../uapi/errno.ts';
import { KVM_MSR_EXIT_REASON_FILTER, KVM_MSR_FILTER_READ, KVM_MSR_FILTER_WRITE } from './constants.ts';
import { msrAllowed, validateMsrFilter } from './filter.ts';
import { completeUserSpaceMsr, guestMsrOutcome, validateUserSpaceMsrMask } from './user-space.ts';
import { X2Apic } from './x2apic.ts';
import { PsError } from '../../../errors.ts';

const R = KVM_MSR_FILTER_READ, W = KVM_MSR_FILTER_WRITE;
const ok = (arg: Record<string, unknown>) => { const r = validateMsrFilter(arg); if (!r.ok) throw new Error(`errno ${r.errno}`); return r.filter; };

describe('KVM_X86_SET_MSR_FILTER validation', () => {
  it('applies KVM\'s checks in order', () => {
    expect(validateMsrFilter({ flags: 1 })).toEqual({ ok: false, errno: EINVAL });
    expect(validateMsrFilter({ flags: 2, ranges: [{ flags: R, nmsrs: 1, base: 0x10, bitmap: 'ff' }] })).toEqual({ ok: false, errno: EINVAL });
    expect(validateMsrFilter({ flags: 0, ranges: [{ flags: 0xff, nmsrs: 0, base: 0 }] }).ok).toBe(true);
    expect(validateMsrFilter({ ranges: [{ flags: 4, nmsrs: 1, base: 0, bitmap: '00'.repeat(8) }] })).toEqual({ ok: false, errno: EINVAL });
    expect(validateMsrFilter({ ranges: [{ flags: R, nmsrs: 0x3001, base: 0, bitmap: '00'.repeat(0x600) }] })).toEqual({ ok: false, errno: EINVAL });
    expect(validateMsrFilter({ ranges: [{ flags: R, nmsrs: 0x2fc1, base: 0, bitmap: '00'.repeat(0x600) }] }).ok).toBe(true);
    // bitmap copy is BITS_TO_LONGS(nmsrs)*8 bytes: 1 readable byte for nmsrs=1 faults
    expect(validateMsrFilter({ ranges: [{ flags: R, nmsrs: 1, base: 0, bitmap: 'ff', bitmap_readable: 1 }] })).toEqual({ ok: false, errno: EFAULT });
    expect(validateMsrFilter({ ranges: [{ flags: R, nmsrs: 65, base: 0, bitmap: 'ff'.repeat(16), bitmap_readable: 8 }] })).toEqual({ ok: false, errno: EFAULT });
    expect(validateMsrFilter({ ranges: [{ flags: R, nmsrs: 64, base: 0, bitmap: new Uint8Array(8) }] }).ok).toBe(true);
  });

  it('rejects malformed arguments with a PsError naming the field', () => {
    expect(() => validateMsrFilter({ flags: 'zz' })).toThrow(PsError);
    expect(() => validateMsrFilter({ ranges: [{ flags: R, nmsrs: 1, base: 0, bitmap: 'xyz' }] })).toThrow(/ranges\[0\]\.bitmap/);
  });

  it('first matching range wins, default applies otherwise, x2APIC bypasses, wrapping ranges never match', () => {
    const f = ok({ flags: 1, ranges: [
      { flags: R, nmsrs: 1, base: 0x10, bitmap: '00'.repeat(8) },
      { flags: R | W, nmsrs: 1, base: 0x10, bitmap: '01' + '00'.repeat(7) },
      { flags: R | W, nmsrs: 256, base: 0x800, bitmap: '00'.repeat(32) },
      { flags: R, nmsrs: 64, base: 0xfffffff0, bitmap: 'ff'.repeat(8) },
    ] });
    expect(msrAllowed(f, 0x10, R)).toBe(false);
    expect(msrAllowed(f, 0x10, W)).toBe(true);
    expect(msrAllowed(f, 0x1b, R)).toBe(false);
    expect(msrAllowed(f, 0x808, W)).toBe(true);
    expect(msrAllowed(f, 0xfffffff5, R)).toBe(false);
    expect(msrAllowed(null, 0x1234, R)).toBe(true);
  });
});

describe('user-space MSR exits', () => {
  it('mask must be within INVAL|UNKNOWN|FILTER; exits only for enabled reasons; error=1 completes with #GP', () => {
    expect(validateUserSpaceMsrMask(8)).toBe(EINVAL);
    expect(validateUserSpaceMsrMask(7)).toBe(0);
    expect(guestMsrOutcome(3, 0n, false, 4)).toEqual({ kind: 'exit', reason: KVM_MSR_EXIT_REASON_FILTER });
    expect(guestMsrOutcome(3, 0n, false, 3)).toEqual({ kind: 'gp' });
    expect(guestMsrOutcome(2, 0n, true, 4)).toEqual({ kind: 'gp' });
    expect(completeUserSpaceMsr(1, 5n, false)).toEqual({ kind: 'gp' });
    expect(completeUserSpaceMsr(0, 0x1122334455667788n, false)).toEqual({ kind: 'ok', value: 0x1122334455667788n });
  });
});

describe('x2APIC register file', () => {
  it('is only reachable in x2APIC mode; read-only, write-only and reserved registers refuse', () => {
    const a = new X2Apic(0, 0xfee00900n);
    expect(a.x2apicRead(0x802)).toBeNull();
    a.apicBaseChanged(0xfee00900n, 0xfee00d00n);
    expect(a.x2apicRead(0x802)).toBe(0n);
    expect(a.x2apicRead(0x803)).toBe(0x50014n);
    expect(a.x2apicRead(0x80d)).toBe(1n);            // LDR of x2APIC id 0
    expect(a.x2apicWrite(0x808, 0x20n)).toBe(true);
    expect(a.x2apicRead(0x808)).toBe(0x20n);
    expect(a.x2apicWrite(0x80b, 1n)).toBe(true);     // EOI with non-zero data accepted
    expect(a.x2apicRead(0x80b)).toBeNull();
    expect(a.x2apicWrite(0x802, 5n)).toBe(false);
    expect(a.x2apicRead(0x801)).toBeNull();
    expect(a.x2apicWrite(0x808, 1n << 32n)).toBe(false);
    expect(a.x2apicWrite(0x830, 0xffff_0000_0000_10ffn)).toBe(true);
    expect(a.x2apicRead(0x830)).toBe(0xffff_0000_0000_00ffn);
    expect(a.x2apicWrite(0x828, 1n)).toBe(false);    // ESR must be written with 0
    expect(a.x2apicWrite(0x83f, 0x100n)).toBe(false); // SELF_IPI reserved bits
  });
});
