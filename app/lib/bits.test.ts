import { describe, expect, it } from 'vitest';
import { APIC_BASE_BITS, CR0_BITS, CR4_BITS, EFER_BITS, RFLAGS_BITS, bitSummary, decodeBits, segmentTypeName, unknownBits } from './bits.ts';
import { bytes, hex, hex64 } from './format.ts';

describe('register bit decoding', () => {
  it('decodes the x86 reset CR0 (0x60000010) as ET CD NW', () => {
    expect(bitSummary(0x60000010n, CR0_BITS)).toBe('ET NW CD');
    expect(unknownBits(0x60000010n, CR0_BITS)).toBe(0n);
  });
  it('decodes long-mode CR0/CR4/EFER as the lab longmode guest sets them', () => {
    expect(bitSummary(0x80000011n, CR0_BITS)).toBe('PE ET PG');
    expect(bitSummary(0x20n, CR4_BITS)).toBe('PAE');
    expect(bitSummary(0x500n, EFER_BITS)).toBe('LME LMA');
  });
  it('decodes RFLAGS including the 2-bit IOPL field and ignores reserved bit 1', () => {
    const d = decodeBits(0x3246n, RFLAGS_BITS);
    expect(d.find((b) => b.name === 'IOPL')?.value).toBe(3);
    expect(bitSummary(0x3246n, RFLAGS_BITS)).toBe('PF ZF IF IOPL=3');
    expect(bitSummary(0x2n, RFLAGS_BITS)).toBe('');
    expect(unknownBits(0x2n, RFLAGS_BITS, 2n)).toBe(0n);
    expect(unknownBits(0x8000_0002n, RFLAGS_BITS, 2n)).toBe(0x8000_0000n);
  });
  it('decodes APIC_BASE 0xfee00900 as BSP EN', () => {
    expect(bitSummary(0xfee00900n, APIC_BASE_BITS)).toBe('BSP EN');
  });
  it('names segment types', () => {
    expect(segmentTypeName(11, 1)).toBe('code XR A');
    expect(segmentTypeName(3, 1)).toBe('data RW A');
    expect(segmentTypeName(11, 0)).toBe('TSS busy');
    expect(segmentTypeName(2, 0)).toBe('LDT');
  });
});

describe('formatting', () => {
  it('hex', () => {
    expect(hex(0x1000n)).toBe('0x1000');
    expect(hex(16, 4)).toBe('0x0010');
    expect(hex(-22)).toBe('-0x16');
    expect(hex64(0xfff0n)).toBe('00000000\u20090000fff0');
    expect(hex64(-1n)).toBe('ffffffff\u2009ffffffff');
  });
  it('bytes', () => {
    expect(bytes(0xa0000n)).toBe('640 KiB');
    expect(bytes(4097)).toBe('4097 B');
    expect(bytes(1 << 30)).toBe('1 GiB');
  });
});
