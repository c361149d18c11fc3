/**
 * Built-in example programs of the program workspace (shown in the workspace picker next to the
 * recordings). Each one is assembled and run by the engine unit tests, which check its serial output
 * and how it stops, so the descriptions stay true.
 */
import type { ProgramExample } from '../protocol/program.ts';

export const PROGRAM_EXAMPLES: readonly ProgramExample[] = [
  {
    name: "real-mode-hello",
    title: "Real mode: hello on serial",
    description: "16-bit code at 0x1000 prints a string on COM1 (port 0x3f8), one KVM_EXIT_IO per byte, then cli; hlt.",
    source: `; Real mode: print a greeting on the serial console (COM1, port 0x3f8).
bits 16
org 0x1000

start:
    mov si, msg
.next:
    lodsb                   ; al = [ds:si], si++
    test al, al
    jz .done
    mov dx, 0x3f8
    out dx, al              ; KVM_EXIT_IO, direction out
    jmp .next
.done:
    cli
    hlt                     ; hlt with IF=0 ends the run

msg: db "Hello from real mode!", 10, 0
`,
  },
  {
    name: "protected-mode-sum",
    title: "Protected mode: sum and print",
    description: "Flat 32-bit segments from the VMM's GDT; sums 1..10 with LOOP and prints 55 in decimal.",
    source: `; Protected mode (flat 32-bit segments): sum 1..10 and print it in decimal.
bits 32
org 0x1000

start:
    xor eax, eax
    mov ecx, 10
.sum:
    add eax, ecx
    loop .sum               ; eax = 55
    mov edi, buf + 10
    mov ebx, 10
.digit:
    xor edx, edx
    div ebx
    add dl, '0'
    dec edi
    mov [edi], dl
    test eax, eax
    jnz .digit
    mov esi, edi
    mov dx, 0x3f8
.out:
    lodsb
    test al, al
    jz .done
    out dx, al
    jmp .out
.done:
    cli
    hlt

buf: times 10 db 0
     db 10, 0
`,
  },
  {
    name: "long-mode-paging",
    title: "Long mode with paging",
    description: "64-bit code on the VMM's identity map of the first 4 GiB; prints CR3 in hex through a CALLed subroutine.",
    source: `; Long mode: the built-in VMM identity-maps the first 4 GiB with 2 MiB pages.
; Print CR3 (the PML4 address) in hex, then call a subroutine.
bits 64
org 0x1000

start:
    mov rax, cr3
    mov rcx, 16
.hex:
    rol rax, 4
    mov rbx, rax
    and rbx, 0xf
    mov bl, [digits + rbx]
    mov r8, rax
    mov al, bl
    call putc
    mov rax, r8
    dec rcx
    jnz .hex
    mov al, 10
    call putc
    cli
    hlt

putc:                       ; al = character
    mov dx, 0x3f8
    out dx, al
    ret

digits: db "0123456789abcdef"
`,
  },
  {
    name: "long-mode-fault",
    title: "Long mode: page fault to triple fault",
    description: "Touches 0x100000000 (not mapped): #PF with no IDT becomes #DF, then a triple fault: KVM_EXIT_SHUTDOWN.",
    source: `; Long mode fault: 0x100000000 is above the identity-mapped 4 GiB, so the load
; raises #PF. There is no IDT (limit 0): #PF -> #DF -> triple fault -> KVM_EXIT_SHUTDOWN.
bits 64
org 0x1000

start:
    mov dx, 0x3f8
    mov al, '!'
    out dx, al
    mov rbx, 0x100000000
    mov rax, [rbx]          ; not present: page fault
    cli
    hlt
`,
  },
];

/** The example with this name, or undefined. */
export function programExample(name: string): ProgramExample | undefined {
  return PROGRAM_EXAMPLES.find((e) => e.name === name);
}
