/**
 * The NASM-compatible flat-binary assembler: parse once, then assemble in passes until every label
 * keeps its address (NASM's -Ox multi-pass optimisation), keeping the last pass's bytes and diagnostics.
 */
import { AsmFault, evaluate, type EvalEnv, type Expr, type Value } from './expr.ts';
import { Ins, pushLE, type Bits, type EncCtx } from './insn.ts';
import { evalOperand } from './operand.ts';
import { parseSource, type Body, type Diagnostic, type Stmt } from './parse.ts';
import { handlerFor } from './table.ts';

export type { Diagnostic } from './parse.ts';

export interface AsmOptions {
  /** Load address when the source has no `org` (default 0x1000, the `planescope run` convention). */
  origin?: number;
  /** Mode before the first `bits` directive (default 16). */
  bits?: Bits;
}

/** Bytes produced by one source line. */
export interface ListingLine {
  line: number;
  address: number;
  bytes: Uint8Array;
}

export interface AsmResult {
  /** No error diagnostics. */
  ok: boolean;
  bytes: Uint8Array;
  origin: number;
  /** Mode of the program's first `bits` directive (or the option / 16): the mode it starts in. */
  bits: Bits;
  /** Start address: a bare program starts at its origin. */
  entry: number;
  diagnostics: Diagnostic[];
  /** Labels and `equ` constants (local labels as `global.local`). */
  symbols: Record<string, number>;
  lines: ListingLine[];
}

const MAX_PASSES = 40;
const MAX_OUTPUT = 64 << 20;

type Sym = { v: bigint; rel: number };

/** Growable byte buffer. */
class ByteOut {
  buf = new Uint8Array(4096);
  len = 0;
  push(bytes: ArrayLike<number>): void {
    this.reserve(bytes.length);
    // Plain loop: TypedArray.set from a JS array takes a slow generic path for short arrays.
    const b = this.buf;
    let at = this.len;
    for (let i = 0; i < bytes.length; i++) b[at++] = bytes[i];
    this.len = at;
  }
  private reserve(extra: number): void {
    if (this.len + extra > this.buf.length) {
      let n = this.buf.length * 2;
      while (n < this.len + extra) n *= 2;
      const b = new Uint8Array(n);
      b.set(this.buf.subarray(0, this.len));
      this.buf = b;
    }
  }
}

/** Assembles NASM-syntax source into a flat binary. Never throws on bad source: problems are diagnostics. */
export function assemble(source: string, opts: AsmOptions = {}): AsmResult {
  const parseDiags: Diagnostic[] = [];
  const stmts = parseSource(source, parseDiags);
  const startBits: Bits = opts.bits ?? 16;
  const firstBits = stmts.find((s) => s.body?.k === 'bits')?.body as { bits: Bits } | undefined;
  let prev = new Map<string, Sym>();
  let result: ReturnType<typeof runPass> | undefined;
  for (let pass = 1; pass <= MAX_PASSES; pass++) {
    const r = runPass(stmts, prev, opts, startBits);
    let changed = r.undefinedSeen && pass === 1;
    if (r.syms.size !== prev.size) changed = true;
    else for (const [k, v] of r.syms) {
      const p = prev.get(k);
      if (!p || p.v !== v.v || p.rel !== v.rel) { changed = true; break; }
    }
    result = r;
    prev = r.syms;
    if (!changed) break;
    if (pass === MAX_PASSES) {
      r.diags.push({ line: 1, column: 1, endColumn: 2, severity: 'error', code: 'PS200', message: `label addresses did not settle after ${MAX_PASSES} passes` });
    }
  }
  const r = result!;
  const diagnostics = [...parseDiags, ...r.diags].sort((a, b) => a.line - b.line || a.column - b.column);
  const symbols: Record<string, number> = {};
  for (const [k, v] of r.syms) symbols[k] = Number(v.v);
  return {
    ok: !diagnostics.some((d) => d.severity === 'error'),
    bytes: r.out.buf.slice(0, r.out.len),
    origin: Number(r.origin),
    bits: firstBits?.bits ?? startBits,
    entry: Number(r.origin),
    diagnostics,
    symbols,
    lines: r.lines.map((l) => ({ line: l.line, address: l.address, bytes: r.out.buf.slice(l.offset, l.offset + l.length) })),
  };
}

function runPass(stmts: Stmt[], prev: Map<string, Sym>, opts: AsmOptions, startBits: Bits) {
  const syms = new Map<string, Sym>();
  const diags: Diagnostic[] = [];
  const lines: { line: number; address: number; offset: number; length: number }[] = [];
  const out = new ByteOut();
  let bits = startBits;
  let defaultRel = false;
  let undefinedSeen = false;
  let curLine = 0;
  let undefinedRefs: { name: string; col: number; end: number }[] = [];

  const env: EvalEnv = {
    lookup: (name) => syms.get(name) ?? prev.get(name),
    undefinedRef: (name, col, end) => {
      undefinedSeen = true;
      undefinedRefs.push({ name, col, end });
    },
    here: 0n,
    base: 0n,
  };
  const diag = (d: Omit<Diagnostic, 'line'>): void => { diags.push({ line: curLine, ...d }); };
  let curInsn: { col: number; end: number } = { col: 1, end: 1 };
  // One context per pass, updated per instruction (no per-instruction closures).
  const ctx: EncCtx = {
    bits, addr: 0n, defaultRel, relax: { long: false },
    warn: (message, col, end) => diag({ column: col || curInsn.col, endColumn: end || curInsn.end, severity: 'warning', code: 'PS204', message }),
  };

  // Origin: the (single) org value, evaluated with what is known so far.
  let origin = BigInt(opts.origin ?? 0x1000);
  let orgSeen: bigint | undefined;
  for (const s of stmts) {
    if (s.body?.k !== 'org') continue;
    curLine = s.line;
    try {
      const v = evaluate(s.body.e, env);
      if (v.rel) throw new AsmFault('PS200', "'org' needs an absolute value", s.body.col, s.body.end);
      if (orgSeen !== undefined && v.v !== orgSeen) throw new AsmFault('PS200', 'program origin redefined', s.body.col, s.body.end);
      orgSeen = v.v;
    } catch (e) {
      if (!(e instanceof AsmFault)) throw e;
      diag({ column: e.col, endColumn: e.end, severity: 'error', code: e.code, message: e.message });
    }
  }
  if (orgSeen !== undefined) origin = BigInt.asUintN(64, orgSeen);
  env.base = origin;
  undefinedRefs = [];
  let addr = origin;

  const evalCount = (e: Expr, what: string): number => {
    const v = evaluate(e, env);
    if (v.unknown) return 0;
    if (v.rel) throw new AsmFault('PS200', `${what} must be an absolute number`, e.col, e.end);
    if (v.v < 0n) throw new AsmFault('PS204', `${what} is negative (${v.v})`, e.col, e.end);
    if (v.v > BigInt(MAX_OUTPUT)) throw new AsmFault('PS204', `${what} is too large (${v.v})`, e.col, e.end);
    return Number(v.v);
  };

  /** Emits one body at the current address; returns the bytes it produced. */
  const emitBody = (b: Body, bytesOut: number[]): void => {
    switch (b.k) {
      case 'insn': {
        if (!b.mnem) {
          for (const p of b.prefixes) bytesOut.push(PREFIX_BYTE[p] ?? 0x90);
          return;
        }
        ctx.bits = bits;
        ctx.addr = addr + BigInt(bytesOut.length);
        ctx.defaultRel = defaultRel;
        ctx.relax = b.relax;
        curInsn = b;
        const ins = new Ins(ctx);
        const ops = b.ops.map((o) => evalOperand(o, env));
        for (const p of b.prefixes) applyPrefix(ins, p, b);
        handlerFor(b.mnem)!(ins, ops, b);
        // Explicit o16/o32 win over the instruction's own operand size (NASM: `o16 stosd` is stosw).
        for (const p of b.prefixes) {
          if (p === 'o16') ins.o16 = bits !== 16;
          else if (p === 'o32') ins.o16 = bits === 16;
        }
        bytesOut.push(...ins.bytes());
        return;
      }
      case 'data': {
        for (const it of b.items) {
          if (it.k === 'str') {
            for (let i = 0; i < it.bytes.length; i++) bytesOut.push(it.bytes.charCodeAt(i));
            const pad = (b.unit - (it.bytes.length % b.unit)) % b.unit;
            for (let i = 0; i < pad; i++) bytesOut.push(0);
          } else if (it.k === 'float') {
            if (b.unit !== 4 && b.unit !== 8) throw new AsmFault('PS200', 'floating-point constants need dd or dq', it.col, it.end);
            const dv = new DataView(new ArrayBuffer(8));
            if (b.unit === 4) dv.setFloat32(0, it.v, true);
            else dv.setFloat64(0, it.v, true);
            for (let i = 0; i < b.unit; i++) bytesOut.push(dv.getUint8(i));
          } else {
            const v = evaluate(it.e, env);
            if (v.regs.length) throw new AsmFault('PS202', 'register in data', it.e.col, it.e.end);
            dataOverflow(v, b.unit, it.e, diag);
            pushLE(bytesOut, v.v, b.unit);
          }
        }
        return;
      }
      case 'res': {
        const n = evalCount(b.count, 'reservation size') * b.unit;
        for (let i = 0; i < n; i++) bytesOut.push(0);
        return;
      }
      case 'times': {
        const n = evalCount(b.count, "'times' count");
        // Encode the first two repetitions; when they agree (no address-relative field), copy the rest.
        const start = bytesOut.length;
        for (let i = 0; i < n; i++) {
          if (i === 2) {
            const len = (bytesOut.length - start) / 2;
            let same = Number.isInteger(len);
            for (let k = 0; same && k < len; k++) same = bytesOut[start + k] === bytesOut[start + len + k];
            if (same) {
              if (start + len * n > MAX_OUTPUT) throw new AsmFault('PS204', 'output larger than 64 MiB', b.col, b.end);
              for (let r = 2; r < n; r++) for (let k = 0; k < len; k++) bytesOut.push(bytesOut[start + k]);
              return;
            }
          }
          emitBody(b.body, bytesOut);
          if (bytesOut.length > MAX_OUTPUT) throw new AsmFault('PS204', 'output larger than 64 MiB', b.col, b.end);
        }
        return;
      }
      case 'align': {
        const n = evalCount(b.n, 'alignment');
        if (n === 0 || (n & (n - 1)) !== 0) throw new AsmFault('PS204', 'alignment must be a power of two', b.n.col, b.n.end);
        const pos = Number(BigInt.asUintN(32, addr - origin)) + bytesOut.length;
        const pad = (n - (pos % n)) % n;
        for (let i = 0; i < pad; i++) {
          if (b.zero) bytesOut.push(0);
          else if (b.fill) emitBody(b.fill, bytesOut);
          else bytesOut.push(0x90);
        }
        return;
      }
      case 'bits': bits = b.bits; return;
      case 'default': defaultRel = b.rel; return;
      case 'none':
        if (b.warning) diag({ column: b.col, endColumn: b.end, severity: 'warning', code: 'PS200', message: b.warning });
        return;
      case 'org': case 'equ': return;
    }
  };

  for (const s of stmts) {
    curLine = s.line;
    env.here = addr;
    undefinedRefs = [];
    const bytes: number[] = [];
    try {
      if (s.label) {
        if (s.body?.k === 'equ') {
          const v = evaluate(s.body.e, env);
          if (v.regs.length) throw new AsmFault('PS202', 'register in equ', s.body.col, s.body.end);
          if (!v.unknown) syms.set(s.label.name, { v: v.v, rel: v.rel });
        } else syms.set(s.label.name, { v: addr, rel: 1 });
      }
      if (s.body && s.body.k !== 'equ') emitBody(s.body, bytes);
    } catch (e) {
      if (!(e instanceof AsmFault)) throw e;
      const b = s.body!;
      diag({ column: e.col || b.col, endColumn: e.end || b.end, severity: 'error', code: e.code, message: e.message });
      bytes.length = 0;
    }
    for (const u of undefinedRefs) {
      if (!prev.has(u.name) && !syms.has(u.name)) {
        diag({ column: u.col, endColumn: u.end, severity: 'error', code: 'PS203', message: `symbol '${u.name}' not defined` });
      }
    }
    if (s.label || (s.body && (bytes.length || s.body.k === 'insn' || s.body.k === 'data' || s.body.k === 'times'))) {
      lines.push({ line: s.line, address: Number(addr), offset: out.len, length: bytes.length });
    }
    if (out.len + bytes.length > MAX_OUTPUT) {
      diag({ column: 1, endColumn: 2, severity: 'error', code: 'PS204', message: 'output larger than 64 MiB' });
      break;
    }
    out.push(bytes);
    addr += BigInt(bytes.length);
  }
  return { out, diags, lines, origin, syms, undefinedSeen };
}

const PREFIX_BYTE: Record<string, number> = {
  rep: 0xf3, repne: 0xf2, lock: 0xf0, o16: 0x66, o32: 0x66, a16: 0x67, a32: 0x67,
  es: 0x26, cs: 0x2e, ss: 0x36, ds: 0x3e, fs: 0x64, gs: 0x65,
};

function applyPrefix(ins: Ins, p: string, at: { col: number; end: number }): void {
  const b = ins.ctx.bits;
  switch (p) {
    case 'rep': ins.rep = 0xf3; break;
    case 'repne': ins.rep = 0xf2; break;
    case 'lock': ins.lock = true; break;
    case 'o16': case 'o32': break; // applied after the handler
    case 'o64': ins.osize(64, at); break;
    case 'a16': if (b === 64) throw new AsmFault('PS202', 'a16 is not valid in 64-bit mode', at.col, at.end); if (b !== 16) ins.a67 = true; break;
    case 'a32': if (b !== 32) ins.a67 = true; break;
    case 'a64': if (b !== 64) throw new AsmFault('PS202', 'a64 requires bits 64', at.col, at.end); break;
    default: ins.seg = PREFIX_BYTE[p];
  }
}

/** NASM's data overflow warning: the value is outside both the signed and unsigned range of the unit. */
function dataOverflow(v: Value, unit: number, e: Expr, diag: (d: Omit<Diagnostic, 'line'>) => void): void {
  if (v.unknown || unit >= 8) return;
  const lim = 1n << BigInt(unit * 8);
  if (v.v >= lim || v.v < -lim) {
    diag({ column: e.col, endColumn: e.end, severity: 'warning', code: 'PS204', message: `${['byte', 'word', '', 'dword'][unit - 1]} data exceeds bounds` });
  }
}
