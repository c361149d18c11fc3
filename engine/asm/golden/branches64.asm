; Branch forms, RIP-relative addressing and default rel in 64-bit mode.
bits 64
org 0x4000
top:
    jmp top
    jmp near top
    jrcxz top
    jecxz top
    loop top
    call top
    call rax
    call [rax]
    call qword [rsp+8]
    jmp r11
    jmp [rel vec]
    jmp far [rdi]
    jmp far dword [rdi]
    lea rsi, [rel data]
    mov rax, [rel data]
    mov [rel data+8], rbx
    movdqu xmm0, [rel data]
    movdqu [rel data+16], xmm9
    cmp byte [rel data], 0
    add qword [rel data], 0x1234
    default rel
    mov rcx, [data]
    mov edx, [data + rbx]
    mov eax, [gs:data]
    default abs
    mov rcx, [data]
    times 200 nop
    jnz top
    jmp far_fwd
    times 120 nop
far_fwd:
    ret
vec:  dq top
data: dq 1, 2, 3, 4
