; Directives, expressions, data and labels (assembled with nasm -f bin).
bits 16
org 0x7c00
start:
    jmp main
    nop
msg:    db 'Hello', 0x0d, 0x0a, 0
dstr:   db "dq", `esc\t\n\\\x41\101\e`, 0
wstr:   dw 'abc', 'd', 0x1234, -1, 65535
dstr2:  dd 'abcde', 1.5, -2.25, 0x12345678
qv:     dq -1, 0x123456789abcdef0, 2.5, msg
chars:  db 'a'+1, "b"-1, ('c' << 1) & 0xff
nums:   dd 0x1F, 1Fh, $1F, 0h1F, 0b1010_1010, 1010b, 0y11, 11y, 17q, 17o, 0o17, 0q17, 0d99, 99d, 0t99, 1_000_000
exprs:  dd 1+2*3, (1+2)*3, 7/2, -7//2, 7 % 3, -7 %% 3, 1<<4|3, 0xff^0x0f, ~0, !0, !5, -(-3), 12 & ~4, 100>>2
        dw $-$$, $-start, msg-start, end-msg
        dd 1 + 2 - 3 * 4 / 2 % 5
.local1:
    dw .local1 - start, .local2 - .local1
.local2:
main:
    mov si, msg
.print:
    lodsb
    test al, al
    jz .done
    mov ah, 0x0e
    int 0x10
    jmp .print
.done:
    mov ax, CONST
    mov bx, FWD_CONST * 2
    mov cx, main.print - main
    add ax, FWD_CONST
    cmp word [bx+FWD_CONST], 3
    times 3 dw $
    times 2 jmp $
    times 4 db 0xaa
    times (4 - 1) nop
    align 8
    db 1
    align 4, db 0xcc
    align 16, nop
    alignb 4
    db 2
    resb 3
    resw 1
    db 3
    align 2, dw 0x5555
CONST equ 0x1234
FWD_CONST equ CONST2 + 1
CONST2 equ 4
lbl_no_colon db 9
    dw lbl_no_colon
[bits 32]
pm:
    mov eax, pm
    mov [dword 0x1000], eax
    use16
    mov ax, 1
    bits 64
    default rel
    mov rax, [qv]
    lea rsi, [msg]
    mov eax, [abs 0x2000]
    mov eax, [fs:0x10]
    default abs
    mov rax, [qv]
    mov rax, [rel qv]
end:
    times 510-($-$$) db 0
    dw 0xaa55
