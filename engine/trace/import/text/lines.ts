/**
 * Streaming line splitting over byte chunks. Lines entirely inside a chunk are
 * handed over as (chunk, start, end) without copying; only a line that spans
 * a chunk boundary is assembled in a reusable carry buffer.
 */
import { CR, LF } from './bytes.ts';

export abstract class LineStream {
  private carry = new Uint8Array(1 << 12);
  private carryLen = 0;
  /** Byte offset of the start of the next chunk in the whole input. */
  protected bytesSeen = 0;
  /** 1-based number of the last line delivered. */
  protected lineNo = 0;

  /** Called for every line, without its LF (a trailing CR is stripped too). `offset` = byte offset of `start`. */
  protected abstract line(buf: Uint8Array, start: number, end: number, lineNo: number, offset: number): void;

  /** Feed the next chunk. */
  push(chunk: Uint8Array): void {
    // Node's Buffer overrides indexOf with a slow JS wrapper; use the plain typed-array builtin.
    if (chunk.constructor !== Uint8Array) chunk = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    const n = chunk.length;
    let start = 0;
    if (this.carryLen > 0) {
      const nl = chunk.indexOf(LF);
      if (nl < 0) {
        this.append(chunk, 0, n);
        this.bytesSeen += n;
        return;
      }
      this.append(chunk, 0, nl);
      const lineOffset = this.bytesSeen - (this.carryLen - nl);
      const len = this.carryLen;
      this.carryLen = 0;
      this.deliverLine(this.carry, 0, len, lineOffset);
      start = nl + 1;
    }
    while (start < n) {
      // The subclass's fused fast path finds the line end itself while parsing.
      const fast = this.fastLine(chunk, start, n);
      if (fast >= 0) { start = fast + 1; continue; }
      // A plain loop beats indexOf() here: lines are short and the builtin's per-call setup dominates.
      let p = start;
      while (p < n && chunk[p] !== LF) p++;
      if (p >= n) break;
      this.deliverLine(chunk, start, p, this.bytesSeen + start);
      start = p + 1;
    }
    if (start < n) this.append(chunk, start, n);
    this.bytesSeen += n;
  }

  /**
   * Optional fused fast path for the line starting at buf[start] (a chunk, `n`
   * its length): parse and consume the whole line, LF included, and return the
   * index of its LF after incrementing `lineNo`; or return -1 without any side
   * effect, and the line goes through `line()`. Lines spanning chunks always take `line()`.
   */
  protected fastLine(_buf: Uint8Array, _start: number, _n: number): number { return -1; }

  /** Deliver the unterminated last line, if any. */
  protected flush(): void {
    if (this.carryLen > 0) {
      const len = this.carryLen;
      this.carryLen = 0;
      this.deliverLine(this.carry, 0, len, this.bytesSeen - len);
    }
  }

  private deliverLine(buf: Uint8Array, start: number, end: number, offset: number): void {
    if (end > start && buf[end - 1] === CR) end--;
    this.lineNo++;
    this.line(buf, start, end, this.lineNo, offset);
  }

  private append(src: Uint8Array, start: number, end: number): void {
    const need = this.carryLen + (end - start);
    if (need > this.carry.length) {
      let cap = this.carry.length * 2;
      while (cap < need) cap *= 2;
      const bigger = new Uint8Array(cap);
      bigger.set(this.carry.subarray(0, this.carryLen));
      this.carry = bigger;
    }
    this.carry.set(src.subarray(start, end), this.carryLen);
    this.carryLen = need;
  }
}
