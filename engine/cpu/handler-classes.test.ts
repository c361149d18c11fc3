import { describe, expect, it } from 'vitest';
import { H } from './ops.ts';
import { isSimple, keepsMode } from './handler-classes.ts';

describe('handler classes', () => {
  it('mode-changing and outcome-flag handlers are excluded from the fast paths', () => {
    for (const h of [H.iret, H.retFar, H.jmpFarImm, H.callFarImm, H.movCrReg, H.wrmsr, H.popf, H.grp5, H.intn]) expect(keepsMode(h)).toBe(false);
    for (const h of [H.hlt, H.outImm, H.inDx, H.movs, H.stos]) { expect(keepsMode(h)).toBe(true); expect(isSimple(h)).toBe(false); }
    expect(isSimple(H.jcc)).toBe(true);
  });
});
