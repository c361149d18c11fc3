/**
 * Program workspace through the real Session (in-thread protocol client, real assembler, KVM model,
 * guest CPU, built-in VMM). Expected values come from independent paths: BareVmm.run() on a plain
 * Kvm (engine/vmm/program.ts) for whole runs, a fresh forward run for reverse steps, and the
 * assembler's own symbols/listing for addresses.
 */
import { describe, expect, it } from 'vitest';
import { EngineClient, EngineError, inThreadTransport, type ProgramStepResult } from '../protocol.ts';
import { Session } from '../session.ts';
import { assemble } from '../asm/index.ts';
import { loadProgram } from '../vmm/program.ts';
import { PROGRAM_EXAMPLES } from './program-examples.ts';

function client(): EngineClient {
  return new EngineClient(() => inThreadTransport(new Session()));
}

const example = (name: string) => PROGRAM_EXAMPLES.find((e) => e.name === name)!.source;

async function runToStop(c: EngineClient): Promise<ProgramStepResult> {
  for (let i = 0; i < 100; i++) {
    const r = await c.request('programContinue', {});
    if (r.program.stop?.kind !== 'limit') return r;
  }
  throw new Error('program did not stop');
}

const LOOP = `bits 32
org 0x1000
    xor eax, eax
    mov ecx, 30000
top:
    add eax, ecx
    xor ebx, eax
    loop top
    mov dx, 0x3f8
    out dx, al
    cli
    hlt
`;

describe('program workspace', () => {
  it('runs every built-in example exactly as BareVmm.run() does on a plain Kvm', async () => {
    expect(PROGRAM_EXAMPLES.length).toBeGreaterThanOrEqual(4);
    for (const ex of PROGRAM_EXAMPLES) {
      for (const backend of ['hardware', 'emulate'] as const) {
        const ref = loadProgram(ex.source, { backend });
        expect(ref.vmm, ex.name).not.toBeNull();
        const want = ref.vmm!.run(1_000_000);
        const c = client();
        await c.request('open', { kind: 'program', name: ex.name, source: ex.source, backend });
        const r = await runToStop(c);
        const serial = await c.request('programSerial', {});
        expect(serial.text, `${ex.name} ${backend}`).toBe(want.serial);
        expect(r.program.stop?.kind).toBe(want.stop.kind);
        expect(r.program.instructions).toBe(want.instructions);
        expect(r.program.rip).toBe(want.regs.rip);
        expect(r.done).toBe(true);
      }
    }
  });

  it('the examples end as their descriptions say', async () => {
    const expectStop: Record<string, [string, string]> = {
      'real-mode-hello': ['hlt', 'Hello from real mode!\n'],
      'protected-mode-sum': ['hlt', '55\n'],
      'long-mode-paging': ['hlt', '0000000000090000\n'], // PML4_BASE of engine/vmm/layout.ts
      'long-mode-fault': ['shutdown', '!'],
    };
    for (const [name, [stop, text]] of Object.entries(expectStop)) {
      const c = client();
      await c.request('open', { kind: 'program', name, source: example(name) });
      const r = await runToStop(c);
      expect(r.program.stop?.kind, name).toBe(stop);
      expect((await c.request('programSerial', {})).text).toBe(text);
    }
  });

  it('lints with line and column, and refuses to load a program with errors (PS510)', async () => {
    const c = client();
    const l = await c.request('programLint', { source: 'bits 16\n  mov ax, 1\n  frob ax\n' });
    expect(l.ok).toBe(false);
    const d = l.diagnostics.find((x) => x.severity === 'error')!;
    expect(d).toMatchObject({ line: 3, column: 3, code: 'PS201' });
    expect(d.message).toContain('frob');
    const ok = await c.request('programLint', { source: 'bits 16\n  mov ax, 1\n  hlt\n' });
    expect(ok).toMatchObject({ ok: true, size: 4, origin: 0x1000, bits: 16 });
    const err = await c.request('open', { kind: 'program', name: 'bad', source: 'bits 16\n  frob ax\n' }).catch((e) => e);
    expect(err).toBeInstanceOf(EngineError);
    expect(err.code).toBe('PS510');
    expect(err.where).toMatchObject({ line: 2, column: 3 });
  });

  it('single-steps through the listing and logs each KVM_RUN with its watchdog budget', async () => {
    const src = example('real-mode-hello');
    const asm = assemble(src);
    const c = client();
    await c.request('open', { kind: 'program', name: 'hello', source: src });
    const s0 = await c.request('programState', {});
    expect(s0).toMatchObject({ instructions: 0, linearRip: asm.origin, bits: 16, stop: null });
    expect(s0.line).toBe(asm.lines.find((l) => l.address === asm.origin && l.bytes.length)!.line);
    const r = await c.request('programStep', {});
    expect(r.program.instructions).toBe(1);
    expect(r.program.linearRip).toBe(asm.origin + 3); // mov si, imm16 is 3 bytes
    expect(r.program.stop).toEqual({ kind: 'step' });
    const regs = await c.request('registers', { vcpuFd: r.program.vcpuFd });
    expect(regs!.regs.rsi).toBe(BigInt(asm.symbols.msg));
    expect(regs!.changed).toEqual(expect.arrayContaining(['rip', 'rsi']));
    const log = await c.request('logRows', { from: 0, to: 1000 });
    const runs = log.rows.filter((x) => x.req === 'KVM_RUN');
    expect(runs).toHaveLength(1);
    expect(runs[0].args).toContain('watchdog_budget=1');
    expect(runs[0]).toMatchObject({ ret: -1, errno: 'EINTR' });
    const exits = await c.request('exitRows', { from: 0, to: 10 });
    expect(exits.rows[0]).toMatchObject({ reason: 'ERR EINTR', runSeq: runs[0].seq });
  });

  it('logs the VMM set-up: ioctls, mmaps and the program bytes written at org', async () => {
    const src = example('protected-mode-sum');
    const asm = assemble(src);
    const c = client();
    await c.request('open', { kind: 'program', name: 'p', source: src });
    const log = await c.request('logRows', { from: 0, to: 1000 });
    const reqs = log.rows.map((r) => r.req);
    for (const want of ['open', 'KVM_CREATE_VM', 'KVM_SET_USER_MEMORY_REGION', 'KVM_CREATE_VCPU', 'mmap', 'memwrite', 'KVM_SET_SREGS', 'KVM_SET_REGS']) expect(reqs).toContain(want);
    const code = log.rows.find((r) => r.req === 'memwrite' && r.args.includes('gpa=0x1000 '))!;
    expect(code.args).toContain(`len=${asm.bytes.length}`);
    expect(code.args).toContain(Buffer.from(asm.bytes.subarray(0, 16)).toString('hex'));
    const tree = await c.request('tree', {});
    expect(tree.vms).toHaveLength(1);
    expect(tree.vms[0].memslots.map((m) => m.guest_phys_addr)).toEqual([0n, 0x100000n]);
    expect(tree.vms[0].vcpus).toHaveLength(1);
  });

  it.each(['hardware', 'emulate'] as const)('stops at a breakpoint (KVM_SET_GUEST_DEBUG, KVM_EXIT_DEBUG) and continues past it, %s backend', async (backend) => {
    const src = example('real-mode-hello');
    const asm = assemble(src);
    const bp = asm.symbols['start.done'] ?? asm.symbols['.done'];
    expect(bp).toBeTypeOf('number');
    const c = client();
    await c.request('open', { kind: 'program', name: 'hello', source: src, backend });
    const st = await c.request('programSetBreakpoints', { addresses: [bp, asm.symbols['start.next']] });
    expect(st.breakpoints).toEqual([asm.symbols['start.next'], bp].sort((a, b) => a - b));
    // .next is the loop head: every continue stops there once per character, then at .done
    let r = await c.request('programContinue', {});
    expect(r.program.stop).toEqual({ kind: 'breakpoint', address: asm.symbols['start.next'] });
    await c.request('programSetBreakpoints', { addresses: [bp] });
    r = await c.request('programContinue', {});
    expect(r.program.stop).toEqual({ kind: 'breakpoint', address: bp });
    expect(r.program.linearRip).toBe(bp);
    expect((await c.request('programSerial', {})).text).toBe('Hello from real mode!\n');
    const exits = await c.request('exitRows', { from: 0, to: 1000 });
    expect(exits.rows.at(-1)!.reason).toBe('KVM_EXIT_DEBUG');
    const log = await c.request('logRows', { from: 0, to: 1000 });
    expect(log.rows.some((x) => x.req === 'KVM_SET_GUEST_DEBUG')).toBe(true);
    r = await c.request('programContinue', {});
    expect(r.program.stop).toEqual({ kind: 'hlt' });
    // Debug registers (emulate backend) hold four; software breakpoints (hardware backend) have no limit.
    const five = await c.request('programSetBreakpoints', { addresses: [1, 2, 3, 4, 5] }).catch((e) => e);
    if (backend === 'emulate') expect(five.code).toBe('PS511');
    else expect(five.breakpoints).toEqual([1, 2, 3, 4, 5]);
  });

  it('reverse steps to exactly the state a forward run has, across checkpoints', async () => {
    const c = client();
    await c.request('open', { kind: 'program', name: 'loop', source: LOOP });
    const done = await runToStop(c);
    expect(done.program.stop?.kind).toBe('hlt');
    const total = done.program.instructions;
    expect(total).toBeGreaterThan(90_000);
    const fd = done.program.vcpuFd;
    // Reference: a fresh workspace stepped forward to each target in one go.
    for (const target of [total - 1, 45_123, 10_000, 9_999, 1, 0]) {
      const back = await c.request('seek', { position: target });
      expect(back.position).toBe(target);
      const got = (await c.request('registers', { vcpuFd: fd }))!;
      const ref = client();
      await ref.request('open', { kind: 'program', name: 'ref', source: LOOP });
      if (target) await ref.request('programStep', { count: target });
      const want = (await ref.request('registers', { vcpuFd: fd }))!;
      expect(got.regs, `at ${target}`).toEqual(want.regs);
      expect(got.sregs).toEqual(want.sregs);
    }
    const b = await c.request('programStep', { count: 5 });
    const back1 = await c.request('programStepBack', {});
    expect(back1.program.instructions).toBe(b.program.instructions - 1);
    // going forward again after stepping back reaches the same end
    const again = await runToStop(c);
    expect(again.program.instructions).toBe(total);
    expect((await c.request('programSerial', {})).total).toBe(1);
  });

  it('step back undoes serial output and the log; reset returns to instruction 0', async () => {
    const c = client();
    await c.request('open', { kind: 'program', name: 'hello', source: example('real-mode-hello') });
    const rowsAt0 = (await c.request('logRows', { from: 0, to: 1000 })).total;
    let r = await c.request('programStep', { count: 6 }); // mov, lodsb, test, jz, mov dx, out
    expect(r.program.serialLength).toBe(1);
    r = await c.request('programStepBack', {});
    expect(r.program.serialLength).toBe(0);
    expect((await c.request('programSerial', {})).text).toBe('');
    const z = await c.request('reset', {});
    expect(z.position).toBe(0);
    expect((await c.request('logRows', { from: 0, to: 1000 })).total).toBe(rowsAt0);
  });

  it('disassembles guest memory around RIP through paging, marking the current instruction', async () => {
    const src = example('long-mode-paging');
    const asm = assemble(src);
    const c = client();
    await c.request('open', { kind: 'program', name: 'lm', source: src });
    await c.request('programStep', { count: 3 });
    const d = await c.request('programDisasm', { before: 3, after: 5 });
    expect(d.bits).toBe(64);
    expect(d.problem).toBeNull();
    const cur = d.rows.filter((x) => x.current);
    expect(cur).toHaveLength(1);
    expect(cur[0].address).toBe(d.linearRip);
    expect(d.rows.indexOf(cur[0])).toBe(3);
    // Each row that starts a listed instruction carries its source line and the assembler's bytes.
    for (const row of d.rows) {
      const l = asm.lines.find((x) => x.address === row.address && x.bytes.length);
      expect(l, row.text).toBeDefined();
      expect(row.line).toBe(l!.line);
      expect(row.bytes.replace(/ /g, '')).toBe(Buffer.from(l!.bytes).toString('hex'));
    }
    expect(d.rows[0].text).toBe('mov rax, cr3');
  });

  it('steps over a CALL in one request', async () => {
    const src = example('long-mode-paging');
    const asm = assemble(src);
    const c = client();
    await c.request('open', { kind: 'program', name: 'lm', source: src });
    const callAddr = asm.lines.find((l) => l.bytes[0] === 0xe8)!.address; // first `call putc`
    await c.request('programSetBreakpoints', { addresses: [callAddr] });
    await c.request('programContinue', {});
    await c.request('programSetBreakpoints', { addresses: [] });
    const r = await c.request('programStepOver', {});
    expect(r.program.linearRip).toBe(callAddr + 5);
    expect(r.program.stop).toEqual({ kind: 'step' });
    expect(r.program.serialLength).toBe(1);
  });

  it('answers bad arguments with PS502 and program requests without a workspace with PS504', async () => {
    const c = client();
    expect((await c.request('programStep', {}).catch((e) => e)).code).toBe('PS504');
    await c.request('open', { kind: 'program', name: 'x', source: 'hlt' });
    expect((await c.request('programStep', { count: -1 }).catch((e) => e)).code).toBe('PS502');
    expect((await c.request('programSetBreakpoints', { addresses: ['x'] } as never).catch((e) => e)).code).toBe('PS502');
    expect((await c.request('open', { kind: 'program', name: 'x', source: 'hlt', backend: 'tcg' } as never).catch((e) => e)).code).toBe('PS502');
    expect((await c.request('programLint', { source: 42 } as never).catch((e) => e)).code).toBe('PS502');
  });
});
