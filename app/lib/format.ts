/** Number formatting for the panels. */

/** 0x-prefixed lowercase hex, zero-padded to `digits` (0 = no padding). */
export function hex(v: bigint | number, digits = 0): string {
  const b = typeof v === 'bigint' ? v : BigInt(v);
  const neg = b < 0n;
  const s = (neg ? -b : b).toString(16).padStart(digits, '0');
  return `${neg ? '-' : ''}0x${s}`;
}

/** A 64-bit register value as 16 hex digits with a thin gap between the 32-bit halves. */
export function hex64(v: bigint): string {
  const s = BigInt.asUintN(64, v).toString(16).padStart(16, '0');
  return `${s.slice(0, 8)}\u2009${s.slice(8)}`;
}

/** Byte count with binary units: 655360 -> "640 KiB". */
export function bytes(v: bigint | number): string {
  const n = typeof v === 'bigint' ? Number(v) : v;
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let x = n;
  let u = 0;
  while (x >= 1024 && u < units.length - 1 && x % 1024 === 0) { x /= 1024; u++; }
  return `${x} ${units[u]}`;
}
