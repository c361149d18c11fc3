; Branch forms and relaxation in 16-bit mode, plus a real-mode to protected-mode switch.
bits 16
org 0x7c00
    cli
    xor ax, ax
    mov ds, ax
    mov es, ax
    mov ss, ax
    mov sp, 0x7c00
    jmp 0:fix_cs
fix_cs:
    jmp short .a
.a: jmp near .b
.b: jz .c
    jnz near .c
    jcxz .c
    jecxz .c
    loop .c
    loope .c
    loopne .c
    loopz .c
    loopnz .c
.c: call func
    call near func
    call far [farptr]
    jmp far [farptr]
    call 0x1234:0x5678
    jmp word [bx]
    jmp ax
    call [bx+si]
    call dword [bx]
    times 130 nop
    jz .b
    jmp .b
    jmp .c
    lgdt [gdtr]
    mov eax, cr0
    or al, 1
    mov cr0, eax
    jmp dword 0x08:pm32
func:
    ret
    retf
    ret 4
    retf 2
farptr: dw 0x1234, 0x5678
gdt:    dq 0, 0x00cf9a000000ffff, 0x00cf92000000ffff, 0x00af9a000000ffff
gdtr:   dw gdtr - gdt - 1
        dd gdt
bits 32
pm32:
    mov ax, 0x10
    mov ds, ax
    mov ss, ax
    mov esp, 0x90000
    mov eax, cr4
    or eax, 1 << 5
    mov cr4, eax
    mov ecx, 0xc0000080
    rdmsr
    or eax, 1 << 8
    wrmsr
    mov eax, cr0
    or eax, 1 << 31
    mov cr0, eax
    jmp 0x18:lm64
bits 64
lm64:
    mov rax, 0x123456789
    jmp lm64
    jmp qword [rax]
    call [rel farptr]
    jmp far [rax]
    iretq
