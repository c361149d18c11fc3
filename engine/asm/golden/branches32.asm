; Branch forms in 32-bit mode.
bits 32
org 0x100000
back:
    jmp back
    jmp short back
    jmp near back
    je back
    jne near back
    call back
    jecxz back
    jcxz back
    loop back
    jmp eax
    jmp [eax]
    jmp dword [ebx+4]
    jmp word [ebx]
    call [eax*4+table]
    jmp far [eax]
    call far [ebx]
    jmp 0x08:0x1000
    call word 0x10:0x20
    jmp far dword [eax]
    times 127 nop
    jmp back
    jmp fwd
    jg fwd
    times 126 nop
fwd:
    jmp 0x100000
    call 0x100010
    ret
table: dd back, fwd
