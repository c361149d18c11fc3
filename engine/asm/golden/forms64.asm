bits 64
org 0x1000
add al, al
add al, cl
add al, ah
add cl, al
add cl, cl
add cl, ah
add ah, al
add ah, cl
add ah, ah
add sil, al
add sil, cl
add r8b, al
add r8b, cl
add r15b, al
add r15b, cl
add [rax], cl
add al, [rax]
add ah, [rax]
add [rsp], cl
add al, [rsp]
add ah, [rsp]
add [rbp], cl
add al, [rbp]
add ah, [rbp]
add [r12], cl
add al, [r12]
add [r13], cl
add al, [r13]
add [r12+r13*2], cl
add al, [r12+r13*2]
add [rbp+r8*8+0x7f], cl
add al, [rbp+r8*8+0x7f]
add [rax+0x80], cl
add al, [rax+0x80]
add ah, [rax+0x80]
add [0x1000], cl
add al, [0x1000]
add ah, [0x1000]
add [rel lbl], cl
add al, [rel lbl]
add ah, [rel lbl]
add [eax], cl
add al, [eax]
add ah, [eax]
add [r8d+ecx], cl
add al, [r8d+ecx]
add [gs:rax], cl
add al, [gs:rax]
add ah, [gs:rax]
add [rsp+rax*4-8], cl
add al, [rsp+rax*4-8]
add ah, [rsp+rax*4-8]
add [r9*8], cl
add al, [r9*8]
add [rcx*3+1], cl
add al, [rcx*3+1]
add ah, [rcx*3+1]
add al, 0
add ah, 0
add al, 1
add ah, 1
add al, 0x7f
add ah, 0x7f
add al, -1
add ah, -1
add al, -128
add ah, -128
add al, 0xff
add ah, 0xff
add al, -0x80
add ah, -0x80
add al, 'A'
add ah, 'A'
add byte [rax], 0
add byte [rax], 1
add byte [rax], 0x7f
add byte [rax], -1
add byte [rax], -128
add byte [rax], 0xff
add byte [rax], -0x80
add byte [rsp], 0
add byte [rsp], 1
add byte [rsp], 0x7f
add byte [rsp], -1
add byte [rsp], -128
add byte [rsp], 0xff
add byte [rsp], -0x80
add byte [rbp], 0
add byte [rbp], 1
add byte [rbp], 0x7f
add byte [rbp], -1
add byte [rbp], -128
add byte [rbp], 0xff
add byte [rbp], -0x80
add byte [r12], 0
add byte [r12], 1
add byte [r12], 0x7f
add byte [r12], -1
add byte [r12], -128
add byte [r12], 0xff
add byte [r12], -0x80
add byte [r13], 0
add byte [r13], 1
add byte [r13], 0x7f
add byte [r13], -1
add byte [r13], -128
add byte [r13], 0xff
add byte [r13], -0x80
add byte [r12+r13*2], 0
add byte [r12+r13*2], 1
add byte [r12+r13*2], 0x7f
add byte [r12+r13*2], -1
add byte [r12+r13*2], -128
add byte [r12+r13*2], 0xff
add byte [r12+r13*2], -0x80
add ax, ax
add ax, dx
add ax, r9w
add dx, ax
add dx, dx
add dx, r9w
add r9w, ax
add r9w, dx
add r9w, r9w
add r15w, ax
add r15w, dx
add r15w, r9w
add [rax], dx
add ax, [rax]
add r9w, [rax]
add [rsp], dx
add ax, [rsp]
add r9w, [rsp]
add [rbp], dx
add ax, [rbp]
add r9w, [rbp]
add [r12], dx
add ax, [r12]
add r9w, [r12]
add [r13], dx
add ax, [r13]
add r9w, [r13]
add [r12+r13*2], dx
add ax, [r12+r13*2]
add r9w, [r12+r13*2]
add [rbp+r8*8+0x7f], dx
add ax, [rbp+r8*8+0x7f]
add r9w, [rbp+r8*8+0x7f]
add [rax+0x80], dx
add ax, [rax+0x80]
add r9w, [rax+0x80]
add [0x1000], dx
add ax, [0x1000]
add r9w, [0x1000]
add [rel lbl], dx
add ax, [rel lbl]
add r9w, [rel lbl]
add [eax], dx
add ax, [eax]
add r9w, [eax]
add [r8d+ecx], dx
add ax, [r8d+ecx]
add r9w, [r8d+ecx]
add [gs:rax], dx
add ax, [gs:rax]
add r9w, [gs:rax]
add [rsp+rax*4-8], dx
add ax, [rsp+rax*4-8]
add r9w, [rsp+rax*4-8]
add [r9*8], dx
add ax, [r9*8]
add r9w, [r9*8]
add [rcx*3+1], dx
add ax, [rcx*3+1]
add r9w, [rcx*3+1]
add ax, 0
add r9w, 0
add ax, 1
add r9w, 1
add ax, 0x7f
add r9w, 0x7f
add ax, 0x80
add r9w, 0x80
add ax, -128
add r9w, -128
add ax, -129
add r9w, -129
add ax, 0x1234
add r9w, 0x1234
add ax, 0xffff
add r9w, 0xffff
add ax, -1
add r9w, -1
add ax, 0x7fff
add r9w, 0x7fff
add word [rax], 0
add word [rax], 1
add word [rax], 0x7f
add word [rax], 0x80
add word [rax], -128
add word [rax], -129
add word [rax], 0x1234
add word [rsp], 0
add word [rsp], 1
add word [rsp], 0x7f
add word [rsp], 0x80
add word [rsp], -128
add word [rsp], -129
add word [rsp], 0x1234
add word [rbp], 0
add word [rbp], 1
add word [rbp], 0x7f
add word [rbp], 0x80
add word [rbp], -128
add word [rbp], -129
add word [rbp], 0x1234
add word [r12], 0
add word [r12], 1
add word [r12], 0x7f
add word [r12], 0x80
add word [r12], -128
add word [r12], -129
add word [r12], 0x1234
add word [r13], 0
add word [r13], 1
add word [r13], 0x7f
add word [r13], 0x80
add word [r13], -128
add word [r13], -129
add word [r13], 0x1234
add word [r12+r13*2], 0
add word [r12+r13*2], 1
add word [r12+r13*2], 0x7f
add word [r12+r13*2], 0x80
add word [r12+r13*2], -128
add word [r12+r13*2], -129
add word [r12+r13*2], 0x1234
add dx, byte 5
add ax, strict word 5
add word [rbx], byte -3
add eax, eax
add eax, ebx
add eax, r8d
add ebx, eax
add ebx, ebx
add ebx, r8d
add r8d, eax
add r8d, ebx
add r8d, r8d
add r13d, eax
add r13d, ebx
add r13d, r8d
add [rax], ebx
add eax, [rax]
add r8d, [rax]
add [rsp], ebx
add eax, [rsp]
add r8d, [rsp]
add [rbp], ebx
add eax, [rbp]
add r8d, [rbp]
add [r12], ebx
add eax, [r12]
add r8d, [r12]
add [r13], ebx
add eax, [r13]
add r8d, [r13]
add [r12+r13*2], ebx
add eax, [r12+r13*2]
add r8d, [r12+r13*2]
add [rbp+r8*8+0x7f], ebx
add eax, [rbp+r8*8+0x7f]
add r8d, [rbp+r8*8+0x7f]
add [rax+0x80], ebx
add eax, [rax+0x80]
add r8d, [rax+0x80]
add [0x1000], ebx
add eax, [0x1000]
add r8d, [0x1000]
add [rel lbl], ebx
add eax, [rel lbl]
add r8d, [rel lbl]
add [eax], ebx
add eax, [eax]
add r8d, [eax]
add [r8d+ecx], ebx
add eax, [r8d+ecx]
add r8d, [r8d+ecx]
add [gs:rax], ebx
add eax, [gs:rax]
add r8d, [gs:rax]
add [rsp+rax*4-8], ebx
add eax, [rsp+rax*4-8]
add r8d, [rsp+rax*4-8]
add [r9*8], ebx
add eax, [r9*8]
add r8d, [r9*8]
add [rcx*3+1], ebx
add eax, [rcx*3+1]
add r8d, [rcx*3+1]
add eax, 0
add r8d, 0
add eax, 2
add r8d, 2
add eax, 0x7f
add r8d, 0x7f
add eax, 0x80
add r8d, 0x80
add eax, -128
add r8d, -128
add eax, -129
add r8d, -129
add eax, 0x1234
add r8d, 0x1234
add eax, 0x12345678
add r8d, 0x12345678
add eax, 0x7fffffff
add r8d, 0x7fffffff
add eax, 0x80000000
add r8d, 0x80000000
add eax, 0xffffffff
add r8d, 0xffffffff
add eax, -1
add r8d, -1
add dword [rax], 0
add dword [rax], 2
add dword [rax], 0x7f
add dword [rax], 0x80
add dword [rax], -128
add dword [rax], -129
add dword [rax], 0x1234
add dword [rsp], 0
add dword [rsp], 2
add dword [rsp], 0x7f
add dword [rsp], 0x80
add dword [rsp], -128
add dword [rsp], -129
add dword [rsp], 0x1234
add dword [rbp], 0
add dword [rbp], 2
add dword [rbp], 0x7f
add dword [rbp], 0x80
add dword [rbp], -128
add dword [rbp], -129
add dword [rbp], 0x1234
add dword [r12], 0
add dword [r12], 2
add dword [r12], 0x7f
add dword [r12], 0x80
add dword [r12], -128
add dword [r12], -129
add dword [r12], 0x1234
add dword [r13], 0
add dword [r13], 2
add dword [r13], 0x7f
add dword [r13], 0x80
add dword [r13], -128
add dword [r13], -129
add dword [r13], 0x1234
add dword [r12+r13*2], 0
add dword [r12+r13*2], 2
add dword [r12+r13*2], 0x7f
add dword [r12+r13*2], 0x80
add dword [r12+r13*2], -128
add dword [r12+r13*2], -129
add dword [r12+r13*2], 0x1234
add ebx, byte 5
add eax, strict dword 5
add dword [rbx], byte -3
add rax, rax
add rax, rcx
add rax, rsp
add rcx, rax
add rcx, rcx
add rcx, rsp
add rsp, rax
add rsp, rcx
add rsp, rsp
add rbp, rax
add rbp, rcx
add rbp, rsp
add r8, rax
add r8, rcx
add r8, rsp
add r12, rax
add r12, rcx
add r12, rsp
add r13, rax
add r13, rcx
add r13, rsp
add r15, rax
add r15, rcx
add r15, rsp
add [rax], rcx
add rax, [rax]
add rsp, [rax]
add [rsp], rcx
add rax, [rsp]
add rsp, [rsp]
add [rbp], rcx
add rax, [rbp]
add rsp, [rbp]
add [r12], rcx
add rax, [r12]
add rsp, [r12]
add [r13], rcx
add rax, [r13]
add rsp, [r13]
add [r12+r13*2], rcx
add rax, [r12+r13*2]
add rsp, [r12+r13*2]
add [rbp+r8*8+0x7f], rcx
add rax, [rbp+r8*8+0x7f]
add rsp, [rbp+r8*8+0x7f]
add [rax+0x80], rcx
add rax, [rax+0x80]
add rsp, [rax+0x80]
add [0x1000], rcx
add rax, [0x1000]
add rsp, [0x1000]
add [rel lbl], rcx
add rax, [rel lbl]
add rsp, [rel lbl]
add [eax], rcx
add rax, [eax]
add rsp, [eax]
add [r8d+ecx], rcx
add rax, [r8d+ecx]
add rsp, [r8d+ecx]
add [gs:rax], rcx
add rax, [gs:rax]
add rsp, [gs:rax]
add [rsp+rax*4-8], rcx
add rax, [rsp+rax*4-8]
add rsp, [rsp+rax*4-8]
add [r9*8], rcx
add rax, [r9*8]
add rsp, [r9*8]
add [rcx*3+1], rcx
add rax, [rcx*3+1]
add rsp, [rcx*3+1]
add rax, 0
add rsp, 0
add rax, 2
add rsp, 2
add rax, 0x7f
add rsp, 0x7f
add rax, 0x80
add rsp, 0x80
add rax, -128
add rsp, -128
add rax, -129
add rsp, -129
add rax, 0x1234
add rsp, 0x1234
add rax, 0x12345678
add rsp, 0x12345678
add rax, 0x7fffffff
add rsp, 0x7fffffff
add rax, 0x80000000
add rsp, 0x80000000
add rax, 0xffffffff
add rsp, 0xffffffff
add rax, -1
add rsp, -1
add rax, 0x100000000
add rsp, 0x100000000
add rax, -0x80000000
add rsp, -0x80000000
add rax, -0x80000001
add rsp, -0x80000001
add rax, 0x123456789abcdef0
add rsp, 0x123456789abcdef0
add rax, lbl
add rsp, lbl
add qword [rax], 0
add qword [rax], 2
add qword [rax], 0x7f
add qword [rax], 0x80
add qword [rax], -128
add qword [rax], -129
add qword [rax], 0x1234
add qword [rsp], 0
add qword [rsp], 2
add qword [rsp], 0x7f
add qword [rsp], 0x80
add qword [rsp], -128
add qword [rsp], -129
add qword [rsp], 0x1234
add qword [rbp], 0
add qword [rbp], 2
add qword [rbp], 0x7f
add qword [rbp], 0x80
add qword [rbp], -128
add qword [rbp], -129
add qword [rbp], 0x1234
add qword [r12], 0
add qword [r12], 2
add qword [r12], 0x7f
add qword [r12], 0x80
add qword [r12], -128
add qword [r12], -129
add qword [r12], 0x1234
add qword [r13], 0
add qword [r13], 2
add qword [r13], 0x7f
add qword [r13], 0x80
add qword [r13], -128
add qword [r13], -129
add qword [r13], 0x1234
add qword [r12+r13*2], 0
add qword [r12+r13*2], 2
add qword [r12+r13*2], 0x7f
add qword [r12+r13*2], 0x80
add qword [r12+r13*2], -128
add qword [r12+r13*2], -129
add qword [r12+r13*2], 0x1234
add rcx, byte 5
add qword [rbx], byte -3
add [rbx], byte 5
add [rbx], word 5
add [rbx], dword 5
or al, al
or al, cl
or al, ah
or cl, al
or cl, cl
or cl, ah
or ah, al
or ah, cl
or ah, ah
or sil, al
or sil, cl
or r8b, al
or r8b, cl
or r15b, al
or r15b, cl
or [rax], cl
or al, [rax]
or ah, [rax]
or [rsp], cl
or al, [rsp]
or ah, [rsp]
or [rbp], cl
or al, [rbp]
or ah, [rbp]
or [r12], cl
or al, [r12]
or [r13], cl
or al, [r13]
or [r12+r13*2], cl
or al, [r12+r13*2]
or [rbp+r8*8+0x7f], cl
or al, [rbp+r8*8+0x7f]
or [rax+0x80], cl
or al, [rax+0x80]
or ah, [rax+0x80]
or [0x1000], cl
or al, [0x1000]
or ah, [0x1000]
or [rel lbl], cl
or al, [rel lbl]
or ah, [rel lbl]
or [eax], cl
or al, [eax]
or ah, [eax]
or [r8d+ecx], cl
or al, [r8d+ecx]
or [gs:rax], cl
or al, [gs:rax]
or ah, [gs:rax]
or [rsp+rax*4-8], cl
or al, [rsp+rax*4-8]
or ah, [rsp+rax*4-8]
or [r9*8], cl
or al, [r9*8]
or [rcx*3+1], cl
or al, [rcx*3+1]
or ah, [rcx*3+1]
or al, 0
or ah, 0
or al, 1
or ah, 1
or al, 0x7f
or ah, 0x7f
or al, -1
or ah, -1
or al, -128
or ah, -128
or al, 0xff
or ah, 0xff
or al, -0x80
or ah, -0x80
or al, 'A'
or ah, 'A'
or byte [rax], 0
or byte [rax], 1
or byte [rax], 0x7f
or byte [rax], -1
or byte [rax], -128
or byte [rax], 0xff
or byte [rax], -0x80
or byte [rsp], 0
or byte [rsp], 1
or byte [rsp], 0x7f
or byte [rsp], -1
or byte [rsp], -128
or byte [rsp], 0xff
or byte [rsp], -0x80
or byte [rbp], 0
or byte [rbp], 1
or byte [rbp], 0x7f
or byte [rbp], -1
or byte [rbp], -128
or byte [rbp], 0xff
or byte [rbp], -0x80
or byte [r12], 0
or byte [r12], 1
or byte [r12], 0x7f
or byte [r12], -1
or byte [r12], -128
or byte [r12], 0xff
or byte [r12], -0x80
or byte [r13], 0
or byte [r13], 1
or byte [r13], 0x7f
or byte [r13], -1
or byte [r13], -128
or byte [r13], 0xff
or byte [r13], -0x80
or byte [r12+r13*2], 0
or byte [r12+r13*2], 1
or byte [r12+r13*2], 0x7f
or byte [r12+r13*2], -1
or byte [r12+r13*2], -128
or byte [r12+r13*2], 0xff
or byte [r12+r13*2], -0x80
or ax, ax
or ax, dx
or ax, r9w
or dx, ax
or dx, dx
or dx, r9w
or r9w, ax
or r9w, dx
or r9w, r9w
or r15w, ax
or r15w, dx
or r15w, r9w
or [rax], dx
or ax, [rax]
or r9w, [rax]
or [rsp], dx
or ax, [rsp]
or r9w, [rsp]
or [rbp], dx
or ax, [rbp]
or r9w, [rbp]
or [r12], dx
or ax, [r12]
or r9w, [r12]
or [r13], dx
or ax, [r13]
or r9w, [r13]
or [r12+r13*2], dx
or ax, [r12+r13*2]
or r9w, [r12+r13*2]
or [rbp+r8*8+0x7f], dx
or ax, [rbp+r8*8+0x7f]
or r9w, [rbp+r8*8+0x7f]
or [rax+0x80], dx
or ax, [rax+0x80]
or r9w, [rax+0x80]
or [0x1000], dx
or ax, [0x1000]
or r9w, [0x1000]
or [rel lbl], dx
or ax, [rel lbl]
or r9w, [rel lbl]
or [eax], dx
or ax, [eax]
or r9w, [eax]
or [r8d+ecx], dx
or ax, [r8d+ecx]
or r9w, [r8d+ecx]
or [gs:rax], dx
or ax, [gs:rax]
or r9w, [gs:rax]
or [rsp+rax*4-8], dx
or ax, [rsp+rax*4-8]
or r9w, [rsp+rax*4-8]
or [r9*8], dx
or ax, [r9*8]
or r9w, [r9*8]
or [rcx*3+1], dx
or ax, [rcx*3+1]
or r9w, [rcx*3+1]
or ax, 0
or r9w, 0
or ax, 1
or r9w, 1
or ax, 0x7f
or r9w, 0x7f
or ax, 0x80
or r9w, 0x80
or ax, -128
or r9w, -128
or ax, -129
or r9w, -129
or ax, 0x1234
or r9w, 0x1234
or ax, 0xffff
or r9w, 0xffff
or ax, -1
or r9w, -1
or ax, 0x7fff
or r9w, 0x7fff
or word [rax], 0
or word [rax], 1
or word [rax], 0x7f
or word [rax], 0x80
or word [rax], -128
or word [rax], -129
or word [rax], 0x1234
or word [rsp], 0
or word [rsp], 1
or word [rsp], 0x7f
or word [rsp], 0x80
or word [rsp], -128
or word [rsp], -129
or word [rsp], 0x1234
or word [rbp], 0
or word [rbp], 1
or word [rbp], 0x7f
or word [rbp], 0x80
or word [rbp], -128
or word [rbp], -129
or word [rbp], 0x1234
or word [r12], 0
or word [r12], 1
or word [r12], 0x7f
or word [r12], 0x80
or word [r12], -128
or word [r12], -129
or word [r12], 0x1234
or word [r13], 0
or word [r13], 1
or word [r13], 0x7f
or word [r13], 0x80
or word [r13], -128
or word [r13], -129
or word [r13], 0x1234
or word [r12+r13*2], 0
or word [r12+r13*2], 1
or word [r12+r13*2], 0x7f
or word [r12+r13*2], 0x80
or word [r12+r13*2], -128
or word [r12+r13*2], -129
or word [r12+r13*2], 0x1234
or dx, byte 5
or ax, strict word 5
or word [rbx], byte -3
or eax, eax
or eax, ebx
or eax, r8d
or ebx, eax
or ebx, ebx
or ebx, r8d
or r8d, eax
or r8d, ebx
or r8d, r8d
or r13d, eax
or r13d, ebx
or r13d, r8d
or [rax], ebx
or eax, [rax]
or r8d, [rax]
or [rsp], ebx
or eax, [rsp]
or r8d, [rsp]
or [rbp], ebx
or eax, [rbp]
or r8d, [rbp]
or [r12], ebx
or eax, [r12]
or r8d, [r12]
or [r13], ebx
or eax, [r13]
or r8d, [r13]
or [r12+r13*2], ebx
or eax, [r12+r13*2]
or r8d, [r12+r13*2]
or [rbp+r8*8+0x7f], ebx
or eax, [rbp+r8*8+0x7f]
or r8d, [rbp+r8*8+0x7f]
or [rax+0x80], ebx
or eax, [rax+0x80]
or r8d, [rax+0x80]
or [0x1000], ebx
or eax, [0x1000]
or r8d, [0x1000]
or [rel lbl], ebx
or eax, [rel lbl]
or r8d, [rel lbl]
or [eax], ebx
or eax, [eax]
or r8d, [eax]
or [r8d+ecx], ebx
or eax, [r8d+ecx]
or r8d, [r8d+ecx]
or [gs:rax], ebx
or eax, [gs:rax]
or r8d, [gs:rax]
or [rsp+rax*4-8], ebx
or eax, [rsp+rax*4-8]
or r8d, [rsp+rax*4-8]
or [r9*8], ebx
or eax, [r9*8]
or r8d, [r9*8]
or [rcx*3+1], ebx
or eax, [rcx*3+1]
or r8d, [rcx*3+1]
or eax, 0
or r8d, 0
or eax, 2
or r8d, 2
or eax, 0x7f
or r8d, 0x7f
or eax, 0x80
or r8d, 0x80
or eax, -128
or r8d, -128
or eax, -129
or r8d, -129
or eax, 0x1234
or r8d, 0x1234
or eax, 0x12345678
or r8d, 0x12345678
or eax, 0x7fffffff
or r8d, 0x7fffffff
or eax, 0x80000000
or r8d, 0x80000000
or eax, 0xffffffff
or r8d, 0xffffffff
or eax, -1
or r8d, -1
or dword [rax], 0
or dword [rax], 2
or dword [rax], 0x7f
or dword [rax], 0x80
or dword [rax], -128
or dword [rax], -129
or dword [rax], 0x1234
or dword [rsp], 0
or dword [rsp], 2
or dword [rsp], 0x7f
or dword [rsp], 0x80
or dword [rsp], -128
or dword [rsp], -129
or dword [rsp], 0x1234
or dword [rbp], 0
or dword [rbp], 2
or dword [rbp], 0x7f
or dword [rbp], 0x80
or dword [rbp], -128
or dword [rbp], -129
or dword [rbp], 0x1234
or dword [r12], 0
or dword [r12], 2
or dword [r12], 0x7f
or dword [r12], 0x80
or dword [r12], -128
or dword [r12], -129
or dword [r12], 0x1234
or dword [r13], 0
or dword [r13], 2
or dword [r13], 0x7f
or dword [r13], 0x80
or dword [r13], -128
or dword [r13], -129
or dword [r13], 0x1234
or dword [r12+r13*2], 0
or dword [r12+r13*2], 2
or dword [r12+r13*2], 0x7f
or dword [r12+r13*2], 0x80
or dword [r12+r13*2], -128
or dword [r12+r13*2], -129
or dword [r12+r13*2], 0x1234
or ebx, byte 5
or eax, strict dword 5
or dword [rbx], byte -3
or rax, rax
or rax, rcx
or rax, rsp
or rcx, rax
or rcx, rcx
or rcx, rsp
or rsp, rax
or rsp, rcx
or rsp, rsp
or rbp, rax
or rbp, rcx
or rbp, rsp
or r8, rax
or r8, rcx
or r8, rsp
or r12, rax
or r12, rcx
or r12, rsp
or r13, rax
or r13, rcx
or r13, rsp
or r15, rax
or r15, rcx
or r15, rsp
or [rax], rcx
or rax, [rax]
or rsp, [rax]
or [rsp], rcx
or rax, [rsp]
or rsp, [rsp]
or [rbp], rcx
or rax, [rbp]
or rsp, [rbp]
or [r12], rcx
or rax, [r12]
or rsp, [r12]
or [r13], rcx
or rax, [r13]
or rsp, [r13]
or [r12+r13*2], rcx
or rax, [r12+r13*2]
or rsp, [r12+r13*2]
or [rbp+r8*8+0x7f], rcx
or rax, [rbp+r8*8+0x7f]
or rsp, [rbp+r8*8+0x7f]
or [rax+0x80], rcx
or rax, [rax+0x80]
or rsp, [rax+0x80]
or [0x1000], rcx
or rax, [0x1000]
or rsp, [0x1000]
or [rel lbl], rcx
or rax, [rel lbl]
or rsp, [rel lbl]
or [eax], rcx
or rax, [eax]
or rsp, [eax]
or [r8d+ecx], rcx
or rax, [r8d+ecx]
or rsp, [r8d+ecx]
or [gs:rax], rcx
or rax, [gs:rax]
or rsp, [gs:rax]
or [rsp+rax*4-8], rcx
or rax, [rsp+rax*4-8]
or rsp, [rsp+rax*4-8]
or [r9*8], rcx
or rax, [r9*8]
or rsp, [r9*8]
or [rcx*3+1], rcx
or rax, [rcx*3+1]
or rsp, [rcx*3+1]
or rax, 0
or rsp, 0
or rax, 2
or rsp, 2
or rax, 0x7f
or rsp, 0x7f
or rax, 0x80
or rsp, 0x80
or rax, -128
or rsp, -128
or rax, -129
or rsp, -129
or rax, 0x1234
or rsp, 0x1234
or rax, 0x12345678
or rsp, 0x12345678
or rax, 0x7fffffff
or rsp, 0x7fffffff
or rax, 0x80000000
or rsp, 0x80000000
or rax, 0xffffffff
or rsp, 0xffffffff
or rax, -1
or rsp, -1
or rax, 0x100000000
or rsp, 0x100000000
or rax, -0x80000000
or rsp, -0x80000000
or rax, -0x80000001
or rsp, -0x80000001
or rax, 0x123456789abcdef0
or rsp, 0x123456789abcdef0
or rax, lbl
or rsp, lbl
or qword [rax], 0
or qword [rax], 2
or qword [rax], 0x7f
or qword [rax], 0x80
or qword [rax], -128
or qword [rax], -129
or qword [rax], 0x1234
or qword [rsp], 0
or qword [rsp], 2
or qword [rsp], 0x7f
or qword [rsp], 0x80
or qword [rsp], -128
or qword [rsp], -129
or qword [rsp], 0x1234
or qword [rbp], 0
or qword [rbp], 2
or qword [rbp], 0x7f
or qword [rbp], 0x80
or qword [rbp], -128
or qword [rbp], -129
or qword [rbp], 0x1234
or qword [r12], 0
or qword [r12], 2
or qword [r12], 0x7f
or qword [r12], 0x80
or qword [r12], -128
or qword [r12], -129
or qword [r12], 0x1234
or qword [r13], 0
or qword [r13], 2
or qword [r13], 0x7f
or qword [r13], 0x80
or qword [r13], -128
or qword [r13], -129
or qword [r13], 0x1234
or qword [r12+r13*2], 0
or qword [r12+r13*2], 2
or qword [r12+r13*2], 0x7f
or qword [r12+r13*2], 0x80
or qword [r12+r13*2], -128
or qword [r12+r13*2], -129
or qword [r12+r13*2], 0x1234
or rcx, byte 5
or qword [rbx], byte -3
or [rbx], byte 5
or [rbx], word 5
or [rbx], dword 5
adc al, al
adc al, cl
adc al, ah
adc cl, al
adc cl, cl
adc cl, ah
adc ah, al
adc ah, cl
adc ah, ah
adc sil, al
adc sil, cl
adc r8b, al
adc r8b, cl
adc r15b, al
adc r15b, cl
adc [rax], cl
adc al, [rax]
adc ah, [rax]
adc [rsp], cl
adc al, [rsp]
adc ah, [rsp]
adc [rbp], cl
adc al, [rbp]
adc ah, [rbp]
adc [r12], cl
adc al, [r12]
adc [r13], cl
adc al, [r13]
adc [r12+r13*2], cl
adc al, [r12+r13*2]
adc [rbp+r8*8+0x7f], cl
adc al, [rbp+r8*8+0x7f]
adc [rax+0x80], cl
adc al, [rax+0x80]
adc ah, [rax+0x80]
adc [0x1000], cl
adc al, [0x1000]
adc ah, [0x1000]
adc [rel lbl], cl
adc al, [rel lbl]
adc ah, [rel lbl]
adc [eax], cl
adc al, [eax]
adc ah, [eax]
adc [r8d+ecx], cl
adc al, [r8d+ecx]
adc [gs:rax], cl
adc al, [gs:rax]
adc ah, [gs:rax]
adc [rsp+rax*4-8], cl
adc al, [rsp+rax*4-8]
adc ah, [rsp+rax*4-8]
adc [r9*8], cl
adc al, [r9*8]
adc [rcx*3+1], cl
adc al, [rcx*3+1]
adc ah, [rcx*3+1]
adc al, 0
adc ah, 0
adc al, 1
adc ah, 1
adc al, 0x7f
adc ah, 0x7f
adc al, -1
adc ah, -1
adc al, -128
adc ah, -128
adc al, 0xff
adc ah, 0xff
adc al, -0x80
adc ah, -0x80
adc al, 'A'
adc ah, 'A'
adc byte [rax], 0
adc byte [rax], 1
adc byte [rax], 0x7f
adc byte [rax], -1
adc byte [rax], -128
adc byte [rax], 0xff
adc byte [rax], -0x80
adc byte [rsp], 0
adc byte [rsp], 1
adc byte [rsp], 0x7f
adc byte [rsp], -1
adc byte [rsp], -128
adc byte [rsp], 0xff
adc byte [rsp], -0x80
adc byte [rbp], 0
adc byte [rbp], 1
adc byte [rbp], 0x7f
adc byte [rbp], -1
adc byte [rbp], -128
adc byte [rbp], 0xff
adc byte [rbp], -0x80
adc byte [r12], 0
adc byte [r12], 1
adc byte [r12], 0x7f
adc byte [r12], -1
adc byte [r12], -128
adc byte [r12], 0xff
adc byte [r12], -0x80
adc byte [r13], 0
adc byte [r13], 1
adc byte [r13], 0x7f
adc byte [r13], -1
adc byte [r13], -128
adc byte [r13], 0xff
adc byte [r13], -0x80
adc byte [r12+r13*2], 0
adc byte [r12+r13*2], 1
adc byte [r12+r13*2], 0x7f
adc byte [r12+r13*2], -1
adc byte [r12+r13*2], -128
adc byte [r12+r13*2], 0xff
adc byte [r12+r13*2], -0x80
adc ax, ax
adc ax, dx
adc ax, r9w
adc dx, ax
adc dx, dx
adc dx, r9w
adc r9w, ax
adc r9w, dx
adc r9w, r9w
adc r15w, ax
adc r15w, dx
adc r15w, r9w
adc [rax], dx
adc ax, [rax]
adc r9w, [rax]
adc [rsp], dx
adc ax, [rsp]
adc r9w, [rsp]
adc [rbp], dx
adc ax, [rbp]
adc r9w, [rbp]
adc [r12], dx
adc ax, [r12]
adc r9w, [r12]
adc [r13], dx
adc ax, [r13]
adc r9w, [r13]
adc [r12+r13*2], dx
adc ax, [r12+r13*2]
adc r9w, [r12+r13*2]
adc [rbp+r8*8+0x7f], dx
adc ax, [rbp+r8*8+0x7f]
adc r9w, [rbp+r8*8+0x7f]
adc [rax+0x80], dx
adc ax, [rax+0x80]
adc r9w, [rax+0x80]
adc [0x1000], dx
adc ax, [0x1000]
adc r9w, [0x1000]
adc [rel lbl], dx
adc ax, [rel lbl]
adc r9w, [rel lbl]
adc [eax], dx
adc ax, [eax]
adc r9w, [eax]
adc [r8d+ecx], dx
adc ax, [r8d+ecx]
adc r9w, [r8d+ecx]
adc [gs:rax], dx
adc ax, [gs:rax]
adc r9w, [gs:rax]
adc [rsp+rax*4-8], dx
adc ax, [rsp+rax*4-8]
adc r9w, [rsp+rax*4-8]
adc [r9*8], dx
adc ax, [r9*8]
adc r9w, [r9*8]
adc [rcx*3+1], dx
adc ax, [rcx*3+1]
adc r9w, [rcx*3+1]
adc ax, 0
adc r9w, 0
adc ax, 1
adc r9w, 1
adc ax, 0x7f
adc r9w, 0x7f
adc ax, 0x80
adc r9w, 0x80
adc ax, -128
adc r9w, -128
adc ax, -129
adc r9w, -129
adc ax, 0x1234
adc r9w, 0x1234
adc ax, 0xffff
adc r9w, 0xffff
adc ax, -1
adc r9w, -1
adc ax, 0x7fff
adc r9w, 0x7fff
adc word [rax], 0
adc word [rax], 1
adc word [rax], 0x7f
adc word [rax], 0x80
adc word [rax], -128
adc word [rax], -129
adc word [rax], 0x1234
adc word [rsp], 0
adc word [rsp], 1
adc word [rsp], 0x7f
adc word [rsp], 0x80
adc word [rsp], -128
adc word [rsp], -129
adc word [rsp], 0x1234
adc word [rbp], 0
adc word [rbp], 1
adc word [rbp], 0x7f
adc word [rbp], 0x80
adc word [rbp], -128
adc word [rbp], -129
adc word [rbp], 0x1234
adc word [r12], 0
adc word [r12], 1
adc word [r12], 0x7f
adc word [r12], 0x80
adc word [r12], -128
adc word [r12], -129
adc word [r12], 0x1234
adc word [r13], 0
adc word [r13], 1
adc word [r13], 0x7f
adc word [r13], 0x80
adc word [r13], -128
adc word [r13], -129
adc word [r13], 0x1234
adc word [r12+r13*2], 0
adc word [r12+r13*2], 1
adc word [r12+r13*2], 0x7f
adc word [r12+r13*2], 0x80
adc word [r12+r13*2], -128
adc word [r12+r13*2], -129
adc word [r12+r13*2], 0x1234
adc dx, byte 5
adc ax, strict word 5
adc word [rbx], byte -3
adc eax, eax
adc eax, ebx
adc eax, r8d
adc ebx, eax
adc ebx, ebx
adc ebx, r8d
adc r8d, eax
adc r8d, ebx
adc r8d, r8d
adc r13d, eax
adc r13d, ebx
adc r13d, r8d
adc [rax], ebx
adc eax, [rax]
adc r8d, [rax]
adc [rsp], ebx
adc eax, [rsp]
adc r8d, [rsp]
adc [rbp], ebx
adc eax, [rbp]
adc r8d, [rbp]
adc [r12], ebx
adc eax, [r12]
adc r8d, [r12]
adc [r13], ebx
adc eax, [r13]
adc r8d, [r13]
adc [r12+r13*2], ebx
adc eax, [r12+r13*2]
adc r8d, [r12+r13*2]
adc [rbp+r8*8+0x7f], ebx
adc eax, [rbp+r8*8+0x7f]
adc r8d, [rbp+r8*8+0x7f]
adc [rax+0x80], ebx
adc eax, [rax+0x80]
adc r8d, [rax+0x80]
adc [0x1000], ebx
adc eax, [0x1000]
adc r8d, [0x1000]
adc [rel lbl], ebx
adc eax, [rel lbl]
adc r8d, [rel lbl]
adc [eax], ebx
adc eax, [eax]
adc r8d, [eax]
adc [r8d+ecx], ebx
adc eax, [r8d+ecx]
adc r8d, [r8d+ecx]
adc [gs:rax], ebx
adc eax, [gs:rax]
adc r8d, [gs:rax]
adc [rsp+rax*4-8], ebx
adc eax, [rsp+rax*4-8]
adc r8d, [rsp+rax*4-8]
adc [r9*8], ebx
adc eax, [r9*8]
adc r8d, [r9*8]
adc [rcx*3+1], ebx
adc eax, [rcx*3+1]
adc r8d, [rcx*3+1]
adc eax, 0
adc r8d, 0
adc eax, 2
adc r8d, 2
adc eax, 0x7f
adc r8d, 0x7f
adc eax, 0x80
adc r8d, 0x80
adc eax, -128
adc r8d, -128
adc eax, -129
adc r8d, -129
adc eax, 0x1234
adc r8d, 0x1234
adc eax, 0x12345678
adc r8d, 0x12345678
adc eax, 0x7fffffff
adc r8d, 0x7fffffff
adc eax, 0x80000000
adc r8d, 0x80000000
adc eax, 0xffffffff
adc r8d, 0xffffffff
adc eax, -1
adc r8d, -1
adc dword [rax], 0
adc dword [rax], 2
adc dword [rax], 0x7f
adc dword [rax], 0x80
adc dword [rax], -128
adc dword [rax], -129
adc dword [rax], 0x1234
adc dword [rsp], 0
adc dword [rsp], 2
adc dword [rsp], 0x7f
adc dword [rsp], 0x80
adc dword [rsp], -128
adc dword [rsp], -129
adc dword [rsp], 0x1234
adc dword [rbp], 0
adc dword [rbp], 2
adc dword [rbp], 0x7f
adc dword [rbp], 0x80
adc dword [rbp], -128
adc dword [rbp], -129
adc dword [rbp], 0x1234
adc dword [r12], 0
adc dword [r12], 2
adc dword [r12], 0x7f
adc dword [r12], 0x80
adc dword [r12], -128
adc dword [r12], -129
adc dword [r12], 0x1234
adc dword [r13], 0
adc dword [r13], 2
adc dword [r13], 0x7f
adc dword [r13], 0x80
adc dword [r13], -128
adc dword [r13], -129
adc dword [r13], 0x1234
adc dword [r12+r13*2], 0
adc dword [r12+r13*2], 2
adc dword [r12+r13*2], 0x7f
adc dword [r12+r13*2], 0x80
adc dword [r12+r13*2], -128
adc dword [r12+r13*2], -129
adc dword [r12+r13*2], 0x1234
adc ebx, byte 5
adc eax, strict dword 5
adc dword [rbx], byte -3
adc rax, rax
adc rax, rcx
adc rax, rsp
adc rcx, rax
adc rcx, rcx
adc rcx, rsp
adc rsp, rax
adc rsp, rcx
adc rsp, rsp
adc rbp, rax
adc rbp, rcx
adc rbp, rsp
adc r8, rax
adc r8, rcx
adc r8, rsp
adc r12, rax
adc r12, rcx
adc r12, rsp
adc r13, rax
adc r13, rcx
adc r13, rsp
adc r15, rax
adc r15, rcx
adc r15, rsp
adc [rax], rcx
adc rax, [rax]
adc rsp, [rax]
adc [rsp], rcx
adc rax, [rsp]
adc rsp, [rsp]
adc [rbp], rcx
adc rax, [rbp]
adc rsp, [rbp]
adc [r12], rcx
adc rax, [r12]
adc rsp, [r12]
adc [r13], rcx
adc rax, [r13]
adc rsp, [r13]
adc [r12+r13*2], rcx
adc rax, [r12+r13*2]
adc rsp, [r12+r13*2]
adc [rbp+r8*8+0x7f], rcx
adc rax, [rbp+r8*8+0x7f]
adc rsp, [rbp+r8*8+0x7f]
adc [rax+0x80], rcx
adc rax, [rax+0x80]
adc rsp, [rax+0x80]
adc [0x1000], rcx
adc rax, [0x1000]
adc rsp, [0x1000]
adc [rel lbl], rcx
adc rax, [rel lbl]
adc rsp, [rel lbl]
adc [eax], rcx
adc rax, [eax]
adc rsp, [eax]
adc [r8d+ecx], rcx
adc rax, [r8d+ecx]
adc rsp, [r8d+ecx]
adc [gs:rax], rcx
adc rax, [gs:rax]
adc rsp, [gs:rax]
adc [rsp+rax*4-8], rcx
adc rax, [rsp+rax*4-8]
adc rsp, [rsp+rax*4-8]
adc [r9*8], rcx
adc rax, [r9*8]
adc rsp, [r9*8]
adc [rcx*3+1], rcx
adc rax, [rcx*3+1]
adc rsp, [rcx*3+1]
adc rax, 0
adc rsp, 0
adc rax, 2
adc rsp, 2
adc rax, 0x7f
adc rsp, 0x7f
adc rax, 0x80
adc rsp, 0x80
adc rax, -128
adc rsp, -128
adc rax, -129
adc rsp, -129
adc rax, 0x1234
adc rsp, 0x1234
adc rax, 0x12345678
adc rsp, 0x12345678
adc rax, 0x7fffffff
adc rsp, 0x7fffffff
adc rax, 0x80000000
adc rsp, 0x80000000
adc rax, 0xffffffff
adc rsp, 0xffffffff
adc rax, -1
adc rsp, -1
adc rax, 0x100000000
adc rsp, 0x100000000
adc rax, -0x80000000
adc rsp, -0x80000000
adc rax, -0x80000001
adc rsp, -0x80000001
adc rax, 0x123456789abcdef0
adc rsp, 0x123456789abcdef0
adc rax, lbl
adc rsp, lbl
adc qword [rax], 0
adc qword [rax], 2
adc qword [rax], 0x7f
adc qword [rax], 0x80
adc qword [rax], -128
adc qword [rax], -129
adc qword [rax], 0x1234
adc qword [rsp], 0
adc qword [rsp], 2
adc qword [rsp], 0x7f
adc qword [rsp], 0x80
adc qword [rsp], -128
adc qword [rsp], -129
adc qword [rsp], 0x1234
adc qword [rbp], 0
adc qword [rbp], 2
adc qword [rbp], 0x7f
adc qword [rbp], 0x80
adc qword [rbp], -128
adc qword [rbp], -129
adc qword [rbp], 0x1234
adc qword [r12], 0
adc qword [r12], 2
adc qword [r12], 0x7f
adc qword [r12], 0x80
adc qword [r12], -128
adc qword [r12], -129
adc qword [r12], 0x1234
adc qword [r13], 0
adc qword [r13], 2
adc qword [r13], 0x7f
adc qword [r13], 0x80
adc qword [r13], -128
adc qword [r13], -129
adc qword [r13], 0x1234
adc qword [r12+r13*2], 0
adc qword [r12+r13*2], 2
adc qword [r12+r13*2], 0x7f
adc qword [r12+r13*2], 0x80
adc qword [r12+r13*2], -128
adc qword [r12+r13*2], -129
adc qword [r12+r13*2], 0x1234
adc rcx, byte 5
adc qword [rbx], byte -3
adc [rbx], byte 5
adc [rbx], word 5
adc [rbx], dword 5
sbb al, al
sbb al, cl
sbb al, ah
sbb cl, al
sbb cl, cl
sbb cl, ah
sbb ah, al
sbb ah, cl
sbb ah, ah
sbb sil, al
sbb sil, cl
sbb r8b, al
sbb r8b, cl
sbb r15b, al
sbb r15b, cl
sbb [rax], cl
sbb al, [rax]
sbb ah, [rax]
sbb [rsp], cl
sbb al, [rsp]
sbb ah, [rsp]
sbb [rbp], cl
sbb al, [rbp]
sbb ah, [rbp]
sbb [r12], cl
sbb al, [r12]
sbb [r13], cl
sbb al, [r13]
sbb [r12+r13*2], cl
sbb al, [r12+r13*2]
sbb [rbp+r8*8+0x7f], cl
sbb al, [rbp+r8*8+0x7f]
sbb [rax+0x80], cl
sbb al, [rax+0x80]
sbb ah, [rax+0x80]
sbb [0x1000], cl
sbb al, [0x1000]
sbb ah, [0x1000]
sbb [rel lbl], cl
sbb al, [rel lbl]
sbb ah, [rel lbl]
sbb [eax], cl
sbb al, [eax]
sbb ah, [eax]
sbb [r8d+ecx], cl
sbb al, [r8d+ecx]
sbb [gs:rax], cl
sbb al, [gs:rax]
sbb ah, [gs:rax]
sbb [rsp+rax*4-8], cl
sbb al, [rsp+rax*4-8]
sbb ah, [rsp+rax*4-8]
sbb [r9*8], cl
sbb al, [r9*8]
sbb [rcx*3+1], cl
sbb al, [rcx*3+1]
sbb ah, [rcx*3+1]
sbb al, 0
sbb ah, 0
sbb al, 1
sbb ah, 1
sbb al, 0x7f
sbb ah, 0x7f
sbb al, -1
sbb ah, -1
sbb al, -128
sbb ah, -128
sbb al, 0xff
sbb ah, 0xff
sbb al, -0x80
sbb ah, -0x80
sbb al, 'A'
sbb ah, 'A'
sbb byte [rax], 0
sbb byte [rax], 1
sbb byte [rax], 0x7f
sbb byte [rax], -1
sbb byte [rax], -128
sbb byte [rax], 0xff
sbb byte [rax], -0x80
sbb byte [rsp], 0
sbb byte [rsp], 1
sbb byte [rsp], 0x7f
sbb byte [rsp], -1
sbb byte [rsp], -128
sbb byte [rsp], 0xff
sbb byte [rsp], -0x80
sbb byte [rbp], 0
sbb byte [rbp], 1
sbb byte [rbp], 0x7f
sbb byte [rbp], -1
sbb byte [rbp], -128
sbb byte [rbp], 0xff
sbb byte [rbp], -0x80
sbb byte [r12], 0
sbb byte [r12], 1
sbb byte [r12], 0x7f
sbb byte [r12], -1
sbb byte [r12], -128
sbb byte [r12], 0xff
sbb byte [r12], -0x80
sbb byte [r13], 0
sbb byte [r13], 1
sbb byte [r13], 0x7f
sbb byte [r13], -1
sbb byte [r13], -128
sbb byte [r13], 0xff
sbb byte [r13], -0x80
sbb byte [r12+r13*2], 0
sbb byte [r12+r13*2], 1
sbb byte [r12+r13*2], 0x7f
sbb byte [r12+r13*2], -1
sbb byte [r12+r13*2], -128
sbb byte [r12+r13*2], 0xff
sbb byte [r12+r13*2], -0x80
sbb ax, ax
sbb ax, dx
sbb ax, r9w
sbb dx, ax
sbb dx, dx
sbb dx, r9w
sbb r9w, ax
sbb r9w, dx
sbb r9w, r9w
sbb r15w, ax
sbb r15w, dx
sbb r15w, r9w
sbb [rax], dx
sbb ax, [rax]
sbb r9w, [rax]
sbb [rsp], dx
sbb ax, [rsp]
sbb r9w, [rsp]
sbb [rbp], dx
sbb ax, [rbp]
sbb r9w, [rbp]
sbb [r12], dx
sbb ax, [r12]
sbb r9w, [r12]
sbb [r13], dx
sbb ax, [r13]
sbb r9w, [r13]
sbb [r12+r13*2], dx
sbb ax, [r12+r13*2]
sbb r9w, [r12+r13*2]
sbb [rbp+r8*8+0x7f], dx
sbb ax, [rbp+r8*8+0x7f]
sbb r9w, [rbp+r8*8+0x7f]
sbb [rax+0x80], dx
sbb ax, [rax+0x80]
sbb r9w, [rax+0x80]
sbb [0x1000], dx
sbb ax, [0x1000]
sbb r9w, [0x1000]
sbb [rel lbl], dx
sbb ax, [rel lbl]
sbb r9w, [rel lbl]
sbb [eax], dx
sbb ax, [eax]
sbb r9w, [eax]
sbb [r8d+ecx], dx
sbb ax, [r8d+ecx]
sbb r9w, [r8d+ecx]
sbb [gs:rax], dx
sbb ax, [gs:rax]
sbb r9w, [gs:rax]
sbb [rsp+rax*4-8], dx
sbb ax, [rsp+rax*4-8]
sbb r9w, [rsp+rax*4-8]
sbb [r9*8], dx
sbb ax, [r9*8]
sbb r9w, [r9*8]
sbb [rcx*3+1], dx
sbb ax, [rcx*3+1]
sbb r9w, [rcx*3+1]
sbb ax, 0
sbb r9w, 0
sbb ax, 1
sbb r9w, 1
sbb ax, 0x7f
sbb r9w, 0x7f
sbb ax, 0x80
sbb r9w, 0x80
sbb ax, -128
sbb r9w, -128
sbb ax, -129
sbb r9w, -129
sbb ax, 0x1234
sbb r9w, 0x1234
sbb ax, 0xffff
sbb r9w, 0xffff
sbb ax, -1
sbb r9w, -1
sbb ax, 0x7fff
sbb r9w, 0x7fff
sbb word [rax], 0
sbb word [rax], 1
sbb word [rax], 0x7f
sbb word [rax], 0x80
sbb word [rax], -128
sbb word [rax], -129
sbb word [rax], 0x1234
sbb word [rsp], 0
sbb word [rsp], 1
sbb word [rsp], 0x7f
sbb word [rsp], 0x80
sbb word [rsp], -128
sbb word [rsp], -129
sbb word [rsp], 0x1234
sbb word [rbp], 0
sbb word [rbp], 1
sbb word [rbp], 0x7f
sbb word [rbp], 0x80
sbb word [rbp], -128
sbb word [rbp], -129
sbb word [rbp], 0x1234
sbb word [r12], 0
sbb word [r12], 1
sbb word [r12], 0x7f
sbb word [r12], 0x80
sbb word [r12], -128
sbb word [r12], -129
sbb word [r12], 0x1234
sbb word [r13], 0
sbb word [r13], 1
sbb word [r13], 0x7f
sbb word [r13], 0x80
sbb word [r13], -128
sbb word [r13], -129
sbb word [r13], 0x1234
sbb word [r12+r13*2], 0
sbb word [r12+r13*2], 1
sbb word [r12+r13*2], 0x7f
sbb word [r12+r13*2], 0x80
sbb word [r12+r13*2], -128
sbb word [r12+r13*2], -129
sbb word [r12+r13*2], 0x1234
sbb dx, byte 5
sbb ax, strict word 5
sbb word [rbx], byte -3
sbb eax, eax
sbb eax, ebx
sbb eax, r8d
sbb ebx, eax
sbb ebx, ebx
sbb ebx, r8d
sbb r8d, eax
sbb r8d, ebx
sbb r8d, r8d
sbb r13d, eax
sbb r13d, ebx
sbb r13d, r8d
sbb [rax], ebx
sbb eax, [rax]
sbb r8d, [rax]
sbb [rsp], ebx
sbb eax, [rsp]
sbb r8d, [rsp]
sbb [rbp], ebx
sbb eax, [rbp]
sbb r8d, [rbp]
sbb [r12], ebx
sbb eax, [r12]
sbb r8d, [r12]
sbb [r13], ebx
sbb eax, [r13]
sbb r8d, [r13]
sbb [r12+r13*2], ebx
sbb eax, [r12+r13*2]
sbb r8d, [r12+r13*2]
sbb [rbp+r8*8+0x7f], ebx
sbb eax, [rbp+r8*8+0x7f]
sbb r8d, [rbp+r8*8+0x7f]
sbb [rax+0x80], ebx
sbb eax, [rax+0x80]
sbb r8d, [rax+0x80]
sbb [0x1000], ebx
sbb eax, [0x1000]
sbb r8d, [0x1000]
sbb [rel lbl], ebx
sbb eax, [rel lbl]
sbb r8d, [rel lbl]
sbb [eax], ebx
sbb eax, [eax]
sbb r8d, [eax]
sbb [r8d+ecx], ebx
sbb eax, [r8d+ecx]
sbb r8d, [r8d+ecx]
sbb [gs:rax], ebx
sbb eax, [gs:rax]
sbb r8d, [gs:rax]
sbb [rsp+rax*4-8], ebx
sbb eax, [rsp+rax*4-8]
sbb r8d, [rsp+rax*4-8]
sbb [r9*8], ebx
sbb eax, [r9*8]
sbb r8d, [r9*8]
sbb [rcx*3+1], ebx
sbb eax, [rcx*3+1]
sbb r8d, [rcx*3+1]
sbb eax, 0
sbb r8d, 0
sbb eax, 2
sbb r8d, 2
sbb eax, 0x7f
sbb r8d, 0x7f
sbb eax, 0x80
sbb r8d, 0x80
sbb eax, -128
sbb r8d, -128
sbb eax, -129
sbb r8d, -129
sbb eax, 0x1234
sbb r8d, 0x1234
sbb eax, 0x12345678
sbb r8d, 0x12345678
sbb eax, 0x7fffffff
sbb r8d, 0x7fffffff
sbb eax, 0x80000000
sbb r8d, 0x80000000
sbb eax, 0xffffffff
sbb r8d, 0xffffffff
sbb eax, -1
sbb r8d, -1
sbb dword [rax], 0
sbb dword [rax], 2
sbb dword [rax], 0x7f
sbb dword [rax], 0x80
sbb dword [rax], -128
sbb dword [rax], -129
sbb dword [rax], 0x1234
sbb dword [rsp], 0
sbb dword [rsp], 2
sbb dword [rsp], 0x7f
sbb dword [rsp], 0x80
sbb dword [rsp], -128
sbb dword [rsp], -129
sbb dword [rsp], 0x1234
sbb dword [rbp], 0
sbb dword [rbp], 2
sbb dword [rbp], 0x7f
sbb dword [rbp], 0x80
sbb dword [rbp], -128
sbb dword [rbp], -129
sbb dword [rbp], 0x1234
sbb dword [r12], 0
sbb dword [r12], 2
sbb dword [r12], 0x7f
sbb dword [r12], 0x80
sbb dword [r12], -128
sbb dword [r12], -129
sbb dword [r12], 0x1234
sbb dword [r13], 0
sbb dword [r13], 2
sbb dword [r13], 0x7f
sbb dword [r13], 0x80
sbb dword [r13], -128
sbb dword [r13], -129
sbb dword [r13], 0x1234
sbb dword [r12+r13*2], 0
sbb dword [r12+r13*2], 2
sbb dword [r12+r13*2], 0x7f
sbb dword [r12+r13*2], 0x80
sbb dword [r12+r13*2], -128
sbb dword [r12+r13*2], -129
sbb dword [r12+r13*2], 0x1234
sbb ebx, byte 5
sbb eax, strict dword 5
sbb dword [rbx], byte -3
sbb rax, rax
sbb rax, rcx
sbb rax, rsp
sbb rcx, rax
sbb rcx, rcx
sbb rcx, rsp
sbb rsp, rax
sbb rsp, rcx
sbb rsp, rsp
sbb rbp, rax
sbb rbp, rcx
sbb rbp, rsp
sbb r8, rax
sbb r8, rcx
sbb r8, rsp
sbb r12, rax
sbb r12, rcx
sbb r12, rsp
sbb r13, rax
sbb r13, rcx
sbb r13, rsp
sbb r15, rax
sbb r15, rcx
sbb r15, rsp
sbb [rax], rcx
sbb rax, [rax]
sbb rsp, [rax]
sbb [rsp], rcx
sbb rax, [rsp]
sbb rsp, [rsp]
sbb [rbp], rcx
sbb rax, [rbp]
sbb rsp, [rbp]
sbb [r12], rcx
sbb rax, [r12]
sbb rsp, [r12]
sbb [r13], rcx
sbb rax, [r13]
sbb rsp, [r13]
sbb [r12+r13*2], rcx
sbb rax, [r12+r13*2]
sbb rsp, [r12+r13*2]
sbb [rbp+r8*8+0x7f], rcx
sbb rax, [rbp+r8*8+0x7f]
sbb rsp, [rbp+r8*8+0x7f]
sbb [rax+0x80], rcx
sbb rax, [rax+0x80]
sbb rsp, [rax+0x80]
sbb [0x1000], rcx
sbb rax, [0x1000]
sbb rsp, [0x1000]
sbb [rel lbl], rcx
sbb rax, [rel lbl]
sbb rsp, [rel lbl]
sbb [eax], rcx
sbb rax, [eax]
sbb rsp, [eax]
sbb [r8d+ecx], rcx
sbb rax, [r8d+ecx]
sbb rsp, [r8d+ecx]
sbb [gs:rax], rcx
sbb rax, [gs:rax]
sbb rsp, [gs:rax]
sbb [rsp+rax*4-8], rcx
sbb rax, [rsp+rax*4-8]
sbb rsp, [rsp+rax*4-8]
sbb [r9*8], rcx
sbb rax, [r9*8]
sbb rsp, [r9*8]
sbb [rcx*3+1], rcx
sbb rax, [rcx*3+1]
sbb rsp, [rcx*3+1]
sbb rax, 0
sbb rsp, 0
sbb rax, 2
sbb rsp, 2
sbb rax, 0x7f
sbb rsp, 0x7f
sbb rax, 0x80
sbb rsp, 0x80
sbb rax, -128
sbb rsp, -128
sbb rax, -129
sbb rsp, -129
sbb rax, 0x1234
sbb rsp, 0x1234
sbb rax, 0x12345678
sbb rsp, 0x12345678
sbb rax, 0x7fffffff
sbb rsp, 0x7fffffff
sbb rax, 0x80000000
sbb rsp, 0x80000000
sbb rax, 0xffffffff
sbb rsp, 0xffffffff
sbb rax, -1
sbb rsp, -1
sbb rax, 0x100000000
sbb rsp, 0x100000000
sbb rax, -0x80000000
sbb rsp, -0x80000000
sbb rax, -0x80000001
sbb rsp, -0x80000001
sbb rax, 0x123456789abcdef0
sbb rsp, 0x123456789abcdef0
sbb rax, lbl
sbb rsp, lbl
sbb qword [rax], 0
sbb qword [rax], 2
sbb qword [rax], 0x7f
sbb qword [rax], 0x80
sbb qword [rax], -128
sbb qword [rax], -129
sbb qword [rax], 0x1234
sbb qword [rsp], 0
sbb qword [rsp], 2
sbb qword [rsp], 0x7f
sbb qword [rsp], 0x80
sbb qword [rsp], -128
sbb qword [rsp], -129
sbb qword [rsp], 0x1234
sbb qword [rbp], 0
sbb qword [rbp], 2
sbb qword [rbp], 0x7f
sbb qword [rbp], 0x80
sbb qword [rbp], -128
sbb qword [rbp], -129
sbb qword [rbp], 0x1234
sbb qword [r12], 0
sbb qword [r12], 2
sbb qword [r12], 0x7f
sbb qword [r12], 0x80
sbb qword [r12], -128
sbb qword [r12], -129
sbb qword [r12], 0x1234
sbb qword [r13], 0
sbb qword [r13], 2
sbb qword [r13], 0x7f
sbb qword [r13], 0x80
sbb qword [r13], -128
sbb qword [r13], -129
sbb qword [r13], 0x1234
sbb qword [r12+r13*2], 0
sbb qword [r12+r13*2], 2
sbb qword [r12+r13*2], 0x7f
sbb qword [r12+r13*2], 0x80
sbb qword [r12+r13*2], -128
sbb qword [r12+r13*2], -129
sbb qword [r12+r13*2], 0x1234
sbb rcx, byte 5
sbb qword [rbx], byte -3
sbb [rbx], byte 5
sbb [rbx], word 5
sbb [rbx], dword 5
and al, al
and al, cl
and al, ah
and cl, al
and cl, cl
and cl, ah
and ah, al
and ah, cl
and ah, ah
and sil, al
and sil, cl
and r8b, al
and r8b, cl
and r15b, al
and r15b, cl
and [rax], cl
and al, [rax]
and ah, [rax]
and [rsp], cl
and al, [rsp]
and ah, [rsp]
and [rbp], cl
and al, [rbp]
and ah, [rbp]
and [r12], cl
and al, [r12]
and [r13], cl
and al, [r13]
and [r12+r13*2], cl
and al, [r12+r13*2]
and [rbp+r8*8+0x7f], cl
and al, [rbp+r8*8+0x7f]
and [rax+0x80], cl
and al, [rax+0x80]
and ah, [rax+0x80]
and [0x1000], cl
and al, [0x1000]
and ah, [0x1000]
and [rel lbl], cl
and al, [rel lbl]
and ah, [rel lbl]
and [eax], cl
and al, [eax]
and ah, [eax]
and [r8d+ecx], cl
and al, [r8d+ecx]
and [gs:rax], cl
and al, [gs:rax]
and ah, [gs:rax]
and [rsp+rax*4-8], cl
and al, [rsp+rax*4-8]
and ah, [rsp+rax*4-8]
and [r9*8], cl
and al, [r9*8]
and [rcx*3+1], cl
and al, [rcx*3+1]
and ah, [rcx*3+1]
and al, 0
and ah, 0
and al, 1
and ah, 1
and al, 0x7f
and ah, 0x7f
and al, -1
and ah, -1
and al, -128
and ah, -128
and al, 0xff
and ah, 0xff
and al, -0x80
and ah, -0x80
and al, 'A'
and ah, 'A'
and byte [rax], 0
and byte [rax], 1
and byte [rax], 0x7f
and byte [rax], -1
and byte [rax], -128
and byte [rax], 0xff
and byte [rax], -0x80
and byte [rsp], 0
and byte [rsp], 1
and byte [rsp], 0x7f
and byte [rsp], -1
and byte [rsp], -128
and byte [rsp], 0xff
and byte [rsp], -0x80
and byte [rbp], 0
and byte [rbp], 1
and byte [rbp], 0x7f
and byte [rbp], -1
and byte [rbp], -128
and byte [rbp], 0xff
and byte [rbp], -0x80
and byte [r12], 0
and byte [r12], 1
and byte [r12], 0x7f
and byte [r12], -1
and byte [r12], -128
and byte [r12], 0xff
and byte [r12], -0x80
and byte [r13], 0
and byte [r13], 1
and byte [r13], 0x7f
and byte [r13], -1
and byte [r13], -128
and byte [r13], 0xff
and byte [r13], -0x80
and byte [r12+r13*2], 0
and byte [r12+r13*2], 1
and byte [r12+r13*2], 0x7f
and byte [r12+r13*2], -1
and byte [r12+r13*2], -128
and byte [r12+r13*2], 0xff
and byte [r12+r13*2], -0x80
and ax, ax
and ax, dx
and ax, r9w
and dx, ax
and dx, dx
and dx, r9w
and r9w, ax
and r9w, dx
and r9w, r9w
and r15w, ax
and r15w, dx
and r15w, r9w
and [rax], dx
and ax, [rax]
and r9w, [rax]
and [rsp], dx
and ax, [rsp]
and r9w, [rsp]
and [rbp], dx
and ax, [rbp]
and r9w, [rbp]
and [r12], dx
and ax, [r12]
and r9w, [r12]
and [r13], dx
and ax, [r13]
and r9w, [r13]
and [r12+r13*2], dx
and ax, [r12+r13*2]
and r9w, [r12+r13*2]
and [rbp+r8*8+0x7f], dx
and ax, [rbp+r8*8+0x7f]
and r9w, [rbp+r8*8+0x7f]
and [rax+0x80], dx
and ax, [rax+0x80]
and r9w, [rax+0x80]
and [0x1000], dx
and ax, [0x1000]
and r9w, [0x1000]
and [rel lbl], dx
and ax, [rel lbl]
and r9w, [rel lbl]
and [eax], dx
and ax, [eax]
and r9w, [eax]
and [r8d+ecx], dx
and ax, [r8d+ecx]
and r9w, [r8d+ecx]
and [gs:rax], dx
and ax, [gs:rax]
and r9w, [gs:rax]
and [rsp+rax*4-8], dx
and ax, [rsp+rax*4-8]
and r9w, [rsp+rax*4-8]
and [r9*8], dx
and ax, [r9*8]
and r9w, [r9*8]
and [rcx*3+1], dx
and ax, [rcx*3+1]
and r9w, [rcx*3+1]
and ax, 0
and r9w, 0
and ax, 1
and r9w, 1
and ax, 0x7f
and r9w, 0x7f
and ax, 0x80
and r9w, 0x80
and ax, -128
and r9w, -128
and ax, -129
and r9w, -129
and ax, 0x1234
and r9w, 0x1234
and ax, 0xffff
and r9w, 0xffff
and ax, -1
and r9w, -1
and ax, 0x7fff
and r9w, 0x7fff
and word [rax], 0
and word [rax], 1
and word [rax], 0x7f
and word [rax], 0x80
and word [rax], -128
and word [rax], -129
and word [rax], 0x1234
and word [rsp], 0
and word [rsp], 1
and word [rsp], 0x7f
and word [rsp], 0x80
and word [rsp], -128
and word [rsp], -129
and word [rsp], 0x1234
and word [rbp], 0
and word [rbp], 1
and word [rbp], 0x7f
and word [rbp], 0x80
and word [rbp], -128
and word [rbp], -129
and word [rbp], 0x1234
and word [r12], 0
and word [r12], 1
and word [r12], 0x7f
and word [r12], 0x80
and word [r12], -128
and word [r12], -129
and word [r12], 0x1234
and word [r13], 0
and word [r13], 1
and word [r13], 0x7f
and word [r13], 0x80
and word [r13], -128
and word [r13], -129
and word [r13], 0x1234
and word [r12+r13*2], 0
and word [r12+r13*2], 1
and word [r12+r13*2], 0x7f
and word [r12+r13*2], 0x80
and word [r12+r13*2], -128
and word [r12+r13*2], -129
and word [r12+r13*2], 0x1234
and dx, byte 5
and ax, strict word 5
and word [rbx], byte -3
and eax, eax
and eax, ebx
and eax, r8d
and ebx, eax
and ebx, ebx
and ebx, r8d
and r8d, eax
and r8d, ebx
and r8d, r8d
and r13d, eax
and r13d, ebx
and r13d, r8d
and [rax], ebx
and eax, [rax]
and r8d, [rax]
and [rsp], ebx
and eax, [rsp]
and r8d, [rsp]
and [rbp], ebx
and eax, [rbp]
and r8d, [rbp]
and [r12], ebx
and eax, [r12]
and r8d, [r12]
and [r13], ebx
and eax, [r13]
and r8d, [r13]
and [r12+r13*2], ebx
and eax, [r12+r13*2]
and r8d, [r12+r13*2]
and [rbp+r8*8+0x7f], ebx
and eax, [rbp+r8*8+0x7f]
and r8d, [rbp+r8*8+0x7f]
and [rax+0x80], ebx
and eax, [rax+0x80]
and r8d, [rax+0x80]
and [0x1000], ebx
and eax, [0x1000]
and r8d, [0x1000]
and [rel lbl], ebx
and eax, [rel lbl]
and r8d, [rel lbl]
and [eax], ebx
and eax, [eax]
and r8d, [eax]
and [r8d+ecx], ebx
and eax, [r8d+ecx]
and r8d, [r8d+ecx]
and [gs:rax], ebx
and eax, [gs:rax]
and r8d, [gs:rax]
and [rsp+rax*4-8], ebx
and eax, [rsp+rax*4-8]
and r8d, [rsp+rax*4-8]
and [r9*8], ebx
and eax, [r9*8]
and r8d, [r9*8]
and [rcx*3+1], ebx
and eax, [rcx*3+1]
and r8d, [rcx*3+1]
and eax, 0
and r8d, 0
and eax, 2
and r8d, 2
and eax, 0x7f
and r8d, 0x7f
and eax, 0x80
and r8d, 0x80
and eax, -128
and r8d, -128
and eax, -129
and r8d, -129
and eax, 0x1234
and r8d, 0x1234
and eax, 0x12345678
and r8d, 0x12345678
and eax, 0x7fffffff
and r8d, 0x7fffffff
and eax, 0x80000000
and r8d, 0x80000000
and eax, 0xffffffff
and r8d, 0xffffffff
and eax, -1
and r8d, -1
and dword [rax], 0
and dword [rax], 2
and dword [rax], 0x7f
and dword [rax], 0x80
and dword [rax], -128
and dword [rax], -129
and dword [rax], 0x1234
and dword [rsp], 0
and dword [rsp], 2
and dword [rsp], 0x7f
and dword [rsp], 0x80
and dword [rsp], -128
and dword [rsp], -129
and dword [rsp], 0x1234
and dword [rbp], 0
and dword [rbp], 2
and dword [rbp], 0x7f
and dword [rbp], 0x80
and dword [rbp], -128
and dword [rbp], -129
and dword [rbp], 0x1234
and dword [r12], 0
and dword [r12], 2
and dword [r12], 0x7f
and dword [r12], 0x80
and dword [r12], -128
and dword [r12], -129
and dword [r12], 0x1234
and dword [r13], 0
and dword [r13], 2
and dword [r13], 0x7f
and dword [r13], 0x80
and dword [r13], -128
and dword [r13], -129
and dword [r13], 0x1234
and dword [r12+r13*2], 0
and dword [r12+r13*2], 2
and dword [r12+r13*2], 0x7f
and dword [r12+r13*2], 0x80
and dword [r12+r13*2], -128
and dword [r12+r13*2], -129
and dword [r12+r13*2], 0x1234
and ebx, byte 5
and eax, strict dword 5
and dword [rbx], byte -3
and rax, rax
and rax, rcx
and rax, rsp
and rcx, rax
and rcx, rcx
and rcx, rsp
and rsp, rax
and rsp, rcx
and rsp, rsp
and rbp, rax
and rbp, rcx
and rbp, rsp
and r8, rax
and r8, rcx
and r8, rsp
and r12, rax
and r12, rcx
and r12, rsp
and r13, rax
and r13, rcx
and r13, rsp
and r15, rax
and r15, rcx
and r15, rsp
and [rax], rcx
and rax, [rax]
and rsp, [rax]
and [rsp], rcx
and rax, [rsp]
and rsp, [rsp]
and [rbp], rcx
and rax, [rbp]
and rsp, [rbp]
and [r12], rcx
and rax, [r12]
and rsp, [r12]
and [r13], rcx
and rax, [r13]
and rsp, [r13]
and [r12+r13*2], rcx
and rax, [r12+r13*2]
and rsp, [r12+r13*2]
and [rbp+r8*8+0x7f], rcx
and rax, [rbp+r8*8+0x7f]
and rsp, [rbp+r8*8+0x7f]
and [rax+0x80], rcx
and rax, [rax+0x80]
and rsp, [rax+0x80]
and [0x1000], rcx
and rax, [0x1000]
and rsp, [0x1000]
and [rel lbl], rcx
and rax, [rel lbl]
and rsp, [rel lbl]
and [eax], rcx
and rax, [eax]
and rsp, [eax]
and [r8d+ecx], rcx
and rax, [r8d+ecx]
and rsp, [r8d+ecx]
and [gs:rax], rcx
and rax, [gs:rax]
and rsp, [gs:rax]
and [rsp+rax*4-8], rcx
and rax, [rsp+rax*4-8]
and rsp, [rsp+rax*4-8]
and [r9*8], rcx
and rax, [r9*8]
and rsp, [r9*8]
and [rcx*3+1], rcx
and rax, [rcx*3+1]
and rsp, [rcx*3+1]
and rax, 0
and rsp, 0
and rax, 2
and rsp, 2
and rax, 0x7f
and rsp, 0x7f
and rax, 0x80
and rsp, 0x80
and rax, -128
and rsp, -128
and rax, -129
and rsp, -129
and rax, 0x1234
and rsp, 0x1234
and rax, 0x12345678
and rsp, 0x12345678
and rax, 0x7fffffff
and rsp, 0x7fffffff
and rax, 0x80000000
and rsp, 0x80000000
and rax, 0xffffffff
and rsp, 0xffffffff
and rax, -1
and rsp, -1
and rax, 0x100000000
and rsp, 0x100000000
and rax, -0x80000000
and rsp, -0x80000000
and rax, -0x80000001
and rsp, -0x80000001
and rax, 0x123456789abcdef0
and rsp, 0x123456789abcdef0
and rax, lbl
and rsp, lbl
and qword [rax], 0
and qword [rax], 2
and qword [rax], 0x7f
and qword [rax], 0x80
and qword [rax], -128
and qword [rax], -129
and qword [rax], 0x1234
and qword [rsp], 0
and qword [rsp], 2
and qword [rsp], 0x7f
and qword [rsp], 0x80
and qword [rsp], -128
and qword [rsp], -129
and qword [rsp], 0x1234
and qword [rbp], 0
and qword [rbp], 2
and qword [rbp], 0x7f
and qword [rbp], 0x80
and qword [rbp], -128
and qword [rbp], -129
and qword [rbp], 0x1234
and qword [r12], 0
and qword [r12], 2
and qword [r12], 0x7f
and qword [r12], 0x80
and qword [r12], -128
and qword [r12], -129
and qword [r12], 0x1234
and qword [r13], 0
and qword [r13], 2
and qword [r13], 0x7f
and qword [r13], 0x80
and qword [r13], -128
and qword [r13], -129
and qword [r13], 0x1234
and qword [r12+r13*2], 0
and qword [r12+r13*2], 2
and qword [r12+r13*2], 0x7f
and qword [r12+r13*2], 0x80
and qword [r12+r13*2], -128
and qword [r12+r13*2], -129
and qword [r12+r13*2], 0x1234
and rcx, byte 5
and qword [rbx], byte -3
and [rbx], byte 5
and [rbx], word 5
and [rbx], dword 5
sub al, al
sub al, cl
sub al, ah
sub cl, al
sub cl, cl
sub cl, ah
sub ah, al
sub ah, cl
sub ah, ah
sub sil, al
sub sil, cl
sub r8b, al
sub r8b, cl
sub r15b, al
sub r15b, cl
sub [rax], cl
sub al, [rax]
sub ah, [rax]
sub [rsp], cl
sub al, [rsp]
sub ah, [rsp]
sub [rbp], cl
sub al, [rbp]
sub ah, [rbp]
sub [r12], cl
sub al, [r12]
sub [r13], cl
sub al, [r13]
sub [r12+r13*2], cl
sub al, [r12+r13*2]
sub [rbp+r8*8+0x7f], cl
sub al, [rbp+r8*8+0x7f]
sub [rax+0x80], cl
sub al, [rax+0x80]
sub ah, [rax+0x80]
sub [0x1000], cl
sub al, [0x1000]
sub ah, [0x1000]
sub [rel lbl], cl
sub al, [rel lbl]
sub ah, [rel lbl]
sub [eax], cl
sub al, [eax]
sub ah, [eax]
sub [r8d+ecx], cl
sub al, [r8d+ecx]
sub [gs:rax], cl
sub al, [gs:rax]
sub ah, [gs:rax]
sub [rsp+rax*4-8], cl
sub al, [rsp+rax*4-8]
sub ah, [rsp+rax*4-8]
sub [r9*8], cl
sub al, [r9*8]
sub [rcx*3+1], cl
sub al, [rcx*3+1]
sub ah, [rcx*3+1]
sub al, 0
sub ah, 0
sub al, 1
sub ah, 1
sub al, 0x7f
sub ah, 0x7f
sub al, -1
sub ah, -1
sub al, -128
sub ah, -128
sub al, 0xff
sub ah, 0xff
sub al, -0x80
sub ah, -0x80
sub al, 'A'
sub ah, 'A'
sub byte [rax], 0
sub byte [rax], 1
sub byte [rax], 0x7f
sub byte [rax], -1
sub byte [rax], -128
sub byte [rax], 0xff
sub byte [rax], -0x80
sub byte [rsp], 0
sub byte [rsp], 1
sub byte [rsp], 0x7f
sub byte [rsp], -1
sub byte [rsp], -128
sub byte [rsp], 0xff
sub byte [rsp], -0x80
sub byte [rbp], 0
sub byte [rbp], 1
sub byte [rbp], 0x7f
sub byte [rbp], -1
sub byte [rbp], -128
sub byte [rbp], 0xff
sub byte [rbp], -0x80
sub byte [r12], 0
sub byte [r12], 1
sub byte [r12], 0x7f
sub byte [r12], -1
sub byte [r12], -128
sub byte [r12], 0xff
sub byte [r12], -0x80
sub byte [r13], 0
sub byte [r13], 1
sub byte [r13], 0x7f
sub byte [r13], -1
sub byte [r13], -128
sub byte [r13], 0xff
sub byte [r13], -0x80
sub byte [r12+r13*2], 0
sub byte [r12+r13*2], 1
sub byte [r12+r13*2], 0x7f
sub byte [r12+r13*2], -1
sub byte [r12+r13*2], -128
sub byte [r12+r13*2], 0xff
sub byte [r12+r13*2], -0x80
sub ax, ax
sub ax, dx
sub ax, r9w
sub dx, ax
sub dx, dx
sub dx, r9w
sub r9w, ax
sub r9w, dx
sub r9w, r9w
sub r15w, ax
sub r15w, dx
sub r15w, r9w
sub [rax], dx
sub ax, [rax]
sub r9w, [rax]
sub [rsp], dx
sub ax, [rsp]
sub r9w, [rsp]
sub [rbp], dx
sub ax, [rbp]
sub r9w, [rbp]
sub [r12], dx
sub ax, [r12]
sub r9w, [r12]
sub [r13], dx
sub ax, [r13]
sub r9w, [r13]
sub [r12+r13*2], dx
sub ax, [r12+r13*2]
sub r9w, [r12+r13*2]
sub [rbp+r8*8+0x7f], dx
sub ax, [rbp+r8*8+0x7f]
sub r9w, [rbp+r8*8+0x7f]
sub [rax+0x80], dx
sub ax, [rax+0x80]
sub r9w, [rax+0x80]
sub [0x1000], dx
sub ax, [0x1000]
sub r9w, [0x1000]
sub [rel lbl], dx
sub ax, [rel lbl]
sub r9w, [rel lbl]
sub [eax], dx
sub ax, [eax]
sub r9w, [eax]
sub [r8d+ecx], dx
sub ax, [r8d+ecx]
sub r9w, [r8d+ecx]
sub [gs:rax], dx
sub ax, [gs:rax]
sub r9w, [gs:rax]
sub [rsp+rax*4-8], dx
sub ax, [rsp+rax*4-8]
sub r9w, [rsp+rax*4-8]
sub [r9*8], dx
sub ax, [r9*8]
sub r9w, [r9*8]
sub [rcx*3+1], dx
sub ax, [rcx*3+1]
sub r9w, [rcx*3+1]
sub ax, 0
sub r9w, 0
sub ax, 1
sub r9w, 1
sub ax, 0x7f
sub r9w, 0x7f
sub ax, 0x80
sub r9w, 0x80
sub ax, -128
sub r9w, -128
sub ax, -129
sub r9w, -129
sub ax, 0x1234
sub r9w, 0x1234
sub ax, 0xffff
sub r9w, 0xffff
sub ax, -1
sub r9w, -1
sub ax, 0x7fff
sub r9w, 0x7fff
sub word [rax], 0
sub word [rax], 1
sub word [rax], 0x7f
sub word [rax], 0x80
sub word [rax], -128
sub word [rax], -129
sub word [rax], 0x1234
sub word [rsp], 0
sub word [rsp], 1
sub word [rsp], 0x7f
sub word [rsp], 0x80
sub word [rsp], -128
sub word [rsp], -129
sub word [rsp], 0x1234
sub word [rbp], 0
sub word [rbp], 1
sub word [rbp], 0x7f
sub word [rbp], 0x80
sub word [rbp], -128
sub word [rbp], -129
sub word [rbp], 0x1234
sub word [r12], 0
sub word [r12], 1
sub word [r12], 0x7f
sub word [r12], 0x80
sub word [r12], -128
sub word [r12], -129
sub word [r12], 0x1234
sub word [r13], 0
sub word [r13], 1
sub word [r13], 0x7f
sub word [r13], 0x80
sub word [r13], -128
sub word [r13], -129
sub word [r13], 0x1234
sub word [r12+r13*2], 0
sub word [r12+r13*2], 1
sub word [r12+r13*2], 0x7f
sub word [r12+r13*2], 0x80
sub word [r12+r13*2], -128
sub word [r12+r13*2], -129
sub word [r12+r13*2], 0x1234
sub dx, byte 5
sub ax, strict word 5
sub word [rbx], byte -3
sub eax, eax
sub eax, ebx
sub eax, r8d
sub ebx, eax
sub ebx, ebx
sub ebx, r8d
sub r8d, eax
sub r8d, ebx
sub r8d, r8d
sub r13d, eax
sub r13d, ebx
sub r13d, r8d
sub [rax], ebx
sub eax, [rax]
sub r8d, [rax]
sub [rsp], ebx
sub eax, [rsp]
sub r8d, [rsp]
sub [rbp], ebx
sub eax, [rbp]
sub r8d, [rbp]
sub [r12], ebx
sub eax, [r12]
sub r8d, [r12]
sub [r13], ebx
sub eax, [r13]
sub r8d, [r13]
sub [r12+r13*2], ebx
sub eax, [r12+r13*2]
sub r8d, [r12+r13*2]
sub [rbp+r8*8+0x7f], ebx
sub eax, [rbp+r8*8+0x7f]
sub r8d, [rbp+r8*8+0x7f]
sub [rax+0x80], ebx
sub eax, [rax+0x80]
sub r8d, [rax+0x80]
sub [0x1000], ebx
sub eax, [0x1000]
sub r8d, [0x1000]
sub [rel lbl], ebx
sub eax, [rel lbl]
sub r8d, [rel lbl]
sub [eax], ebx
sub eax, [eax]
sub r8d, [eax]
sub [r8d+ecx], ebx
sub eax, [r8d+ecx]
sub r8d, [r8d+ecx]
sub [gs:rax], ebx
sub eax, [gs:rax]
sub r8d, [gs:rax]
sub [rsp+rax*4-8], ebx
sub eax, [rsp+rax*4-8]
sub r8d, [rsp+rax*4-8]
sub [r9*8], ebx
sub eax, [r9*8]
sub r8d, [r9*8]
sub [rcx*3+1], ebx
sub eax, [rcx*3+1]
sub r8d, [rcx*3+1]
sub eax, 0
sub r8d, 0
sub eax, 2
sub r8d, 2
sub eax, 0x7f
sub r8d, 0x7f
sub eax, 0x80
sub r8d, 0x80
sub eax, -128
sub r8d, -128
sub eax, -129
sub r8d, -129
sub eax, 0x1234
sub r8d, 0x1234
sub eax, 0x12345678
sub r8d, 0x12345678
sub eax, 0x7fffffff
sub r8d, 0x7fffffff
sub eax, 0x80000000
sub r8d, 0x80000000
sub eax, 0xffffffff
sub r8d, 0xffffffff
sub eax, -1
sub r8d, -1
sub dword [rax], 0
sub dword [rax], 2
sub dword [rax], 0x7f
sub dword [rax], 0x80
sub dword [rax], -128
sub dword [rax], -129
sub dword [rax], 0x1234
sub dword [rsp], 0
sub dword [rsp], 2
sub dword [rsp], 0x7f
sub dword [rsp], 0x80
sub dword [rsp], -128
sub dword [rsp], -129
sub dword [rsp], 0x1234
sub dword [rbp], 0
sub dword [rbp], 2
sub dword [rbp], 0x7f
sub dword [rbp], 0x80
sub dword [rbp], -128
sub dword [rbp], -129
sub dword [rbp], 0x1234
sub dword [r12], 0
sub dword [r12], 2
sub dword [r12], 0x7f
sub dword [r12], 0x80
sub dword [r12], -128
sub dword [r12], -129
sub dword [r12], 0x1234
sub dword [r13], 0
sub dword [r13], 2
sub dword [r13], 0x7f
sub dword [r13], 0x80
sub dword [r13], -128
sub dword [r13], -129
sub dword [r13], 0x1234
sub dword [r12+r13*2], 0
sub dword [r12+r13*2], 2
sub dword [r12+r13*2], 0x7f
sub dword [r12+r13*2], 0x80
sub dword [r12+r13*2], -128
sub dword [r12+r13*2], -129
sub dword [r12+r13*2], 0x1234
sub ebx, byte 5
sub eax, strict dword 5
sub dword [rbx], byte -3
sub rax, rax
sub rax, rcx
sub rax, rsp
sub rcx, rax
sub rcx, rcx
sub rcx, rsp
sub rsp, rax
sub rsp, rcx
sub rsp, rsp
sub rbp, rax
sub rbp, rcx
sub rbp, rsp
sub r8, rax
sub r8, rcx
sub r8, rsp
sub r12, rax
sub r12, rcx
sub r12, rsp
sub r13, rax
sub r13, rcx
sub r13, rsp
sub r15, rax
sub r15, rcx
sub r15, rsp
sub [rax], rcx
sub rax, [rax]
sub rsp, [rax]
sub [rsp], rcx
sub rax, [rsp]
sub rsp, [rsp]
sub [rbp], rcx
sub rax, [rbp]
sub rsp, [rbp]
sub [r12], rcx
sub rax, [r12]
sub rsp, [r12]
sub [r13], rcx
sub rax, [r13]
sub rsp, [r13]
sub [r12+r13*2], rcx
sub rax, [r12+r13*2]
sub rsp, [r12+r13*2]
sub [rbp+r8*8+0x7f], rcx
sub rax, [rbp+r8*8+0x7f]
sub rsp, [rbp+r8*8+0x7f]
sub [rax+0x80], rcx
sub rax, [rax+0x80]
sub rsp, [rax+0x80]
sub [0x1000], rcx
sub rax, [0x1000]
sub rsp, [0x1000]
sub [rel lbl], rcx
sub rax, [rel lbl]
sub rsp, [rel lbl]
sub [eax], rcx
sub rax, [eax]
sub rsp, [eax]
sub [r8d+ecx], rcx
sub rax, [r8d+ecx]
sub rsp, [r8d+ecx]
sub [gs:rax], rcx
sub rax, [gs:rax]
sub rsp, [gs:rax]
sub [rsp+rax*4-8], rcx
sub rax, [rsp+rax*4-8]
sub rsp, [rsp+rax*4-8]
sub [r9*8], rcx
sub rax, [r9*8]
sub rsp, [r9*8]
sub [rcx*3+1], rcx
sub rax, [rcx*3+1]
sub rsp, [rcx*3+1]
sub rax, 0
sub rsp, 0
sub rax, 2
sub rsp, 2
sub rax, 0x7f
sub rsp, 0x7f
sub rax, 0x80
sub rsp, 0x80
sub rax, -128
sub rsp, -128
sub rax, -129
sub rsp, -129
sub rax, 0x1234
sub rsp, 0x1234
sub rax, 0x12345678
sub rsp, 0x12345678
sub rax, 0x7fffffff
sub rsp, 0x7fffffff
sub rax, 0x80000000
sub rsp, 0x80000000
sub rax, 0xffffffff
sub rsp, 0xffffffff
sub rax, -1
sub rsp, -1
sub rax, 0x100000000
sub rsp, 0x100000000
sub rax, -0x80000000
sub rsp, -0x80000000
sub rax, -0x80000001
sub rsp, -0x80000001
sub rax, 0x123456789abcdef0
sub rsp, 0x123456789abcdef0
sub rax, lbl
sub rsp, lbl
sub qword [rax], 0
sub qword [rax], 2
sub qword [rax], 0x7f
sub qword [rax], 0x80
sub qword [rax], -128
sub qword [rax], -129
sub qword [rax], 0x1234
sub qword [rsp], 0
sub qword [rsp], 2
sub qword [rsp], 0x7f
sub qword [rsp], 0x80
sub qword [rsp], -128
sub qword [rsp], -129
sub qword [rsp], 0x1234
sub qword [rbp], 0
sub qword [rbp], 2
sub qword [rbp], 0x7f
sub qword [rbp], 0x80
sub qword [rbp], -128
sub qword [rbp], -129
sub qword [rbp], 0x1234
sub qword [r12], 0
sub qword [r12], 2
sub qword [r12], 0x7f
sub qword [r12], 0x80
sub qword [r12], -128
sub qword [r12], -129
sub qword [r12], 0x1234
sub qword [r13], 0
sub qword [r13], 2
sub qword [r13], 0x7f
sub qword [r13], 0x80
sub qword [r13], -128
sub qword [r13], -129
sub qword [r13], 0x1234
sub qword [r12+r13*2], 0
sub qword [r12+r13*2], 2
sub qword [r12+r13*2], 0x7f
sub qword [r12+r13*2], 0x80
sub qword [r12+r13*2], -128
sub qword [r12+r13*2], -129
sub qword [r12+r13*2], 0x1234
sub rcx, byte 5
sub qword [rbx], byte -3
sub [rbx], byte 5
sub [rbx], word 5
sub [rbx], dword 5
xor al, al
xor al, cl
xor al, ah
xor cl, al
xor cl, cl
xor cl, ah
xor ah, al
xor ah, cl
xor ah, ah
xor sil, al
xor sil, cl
xor r8b, al
xor r8b, cl
xor r15b, al
xor r15b, cl
xor [rax], cl
xor al, [rax]
xor ah, [rax]
xor [rsp], cl
xor al, [rsp]
xor ah, [rsp]
xor [rbp], cl
xor al, [rbp]
xor ah, [rbp]
xor [r12], cl
xor al, [r12]
xor [r13], cl
xor al, [r13]
xor [r12+r13*2], cl
xor al, [r12+r13*2]
xor [rbp+r8*8+0x7f], cl
xor al, [rbp+r8*8+0x7f]
xor [rax+0x80], cl
xor al, [rax+0x80]
xor ah, [rax+0x80]
xor [0x1000], cl
xor al, [0x1000]
xor ah, [0x1000]
xor [rel lbl], cl
xor al, [rel lbl]
xor ah, [rel lbl]
xor [eax], cl
xor al, [eax]
xor ah, [eax]
xor [r8d+ecx], cl
xor al, [r8d+ecx]
xor [gs:rax], cl
xor al, [gs:rax]
xor ah, [gs:rax]
xor [rsp+rax*4-8], cl
xor al, [rsp+rax*4-8]
xor ah, [rsp+rax*4-8]
xor [r9*8], cl
xor al, [r9*8]
xor [rcx*3+1], cl
xor al, [rcx*3+1]
xor ah, [rcx*3+1]
xor al, 0
xor ah, 0
xor al, 1
xor ah, 1
xor al, 0x7f
xor ah, 0x7f
xor al, -1
xor ah, -1
xor al, -128
xor ah, -128
xor al, 0xff
xor ah, 0xff
xor al, -0x80
xor ah, -0x80
xor al, 'A'
xor ah, 'A'
xor byte [rax], 0
xor byte [rax], 1
xor byte [rax], 0x7f
xor byte [rax], -1
xor byte [rax], -128
xor byte [rax], 0xff
xor byte [rax], -0x80
xor byte [rsp], 0
xor byte [rsp], 1
xor byte [rsp], 0x7f
xor byte [rsp], -1
xor byte [rsp], -128
xor byte [rsp], 0xff
xor byte [rsp], -0x80
xor byte [rbp], 0
xor byte [rbp], 1
xor byte [rbp], 0x7f
xor byte [rbp], -1
xor byte [rbp], -128
xor byte [rbp], 0xff
xor byte [rbp], -0x80
xor byte [r12], 0
xor byte [r12], 1
xor byte [r12], 0x7f
xor byte [r12], -1
xor byte [r12], -128
xor byte [r12], 0xff
xor byte [r12], -0x80
xor byte [r13], 0
xor byte [r13], 1
xor byte [r13], 0x7f
xor byte [r13], -1
xor byte [r13], -128
xor byte [r13], 0xff
xor byte [r13], -0x80
xor byte [r12+r13*2], 0
xor byte [r12+r13*2], 1
xor byte [r12+r13*2], 0x7f
xor byte [r12+r13*2], -1
xor byte [r12+r13*2], -128
xor byte [r12+r13*2], 0xff
xor byte [r12+r13*2], -0x80
xor ax, ax
xor ax, dx
xor ax, r9w
xor dx, ax
xor dx, dx
xor dx, r9w
xor r9w, ax
xor r9w, dx
xor r9w, r9w
xor r15w, ax
xor r15w, dx
xor r15w, r9w
xor [rax], dx
xor ax, [rax]
xor r9w, [rax]
xor [rsp], dx
xor ax, [rsp]
xor r9w, [rsp]
xor [rbp], dx
xor ax, [rbp]
xor r9w, [rbp]
xor [r12], dx
xor ax, [r12]
xor r9w, [r12]
xor [r13], dx
xor ax, [r13]
xor r9w, [r13]
xor [r12+r13*2], dx
xor ax, [r12+r13*2]
xor r9w, [r12+r13*2]
xor [rbp+r8*8+0x7f], dx
xor ax, [rbp+r8*8+0x7f]
xor r9w, [rbp+r8*8+0x7f]
xor [rax+0x80], dx
xor ax, [rax+0x80]
xor r9w, [rax+0x80]
xor [0x1000], dx
xor ax, [0x1000]
xor r9w, [0x1000]
xor [rel lbl], dx
xor ax, [rel lbl]
xor r9w, [rel lbl]
xor [eax], dx
xor ax, [eax]
xor r9w, [eax]
xor [r8d+ecx], dx
xor ax, [r8d+ecx]
xor r9w, [r8d+ecx]
xor [gs:rax], dx
xor ax, [gs:rax]
xor r9w, [gs:rax]
xor [rsp+rax*4-8], dx
xor ax, [rsp+rax*4-8]
xor r9w, [rsp+rax*4-8]
xor [r9*8], dx
xor ax, [r9*8]
xor r9w, [r9*8]
xor [rcx*3+1], dx
xor ax, [rcx*3+1]
xor r9w, [rcx*3+1]
xor ax, 0
xor r9w, 0
xor ax, 1
xor r9w, 1
xor ax, 0x7f
xor r9w, 0x7f
xor ax, 0x80
xor r9w, 0x80
xor ax, -128
xor r9w, -128
xor ax, -129
xor r9w, -129
xor ax, 0x1234
xor r9w, 0x1234
xor ax, 0xffff
xor r9w, 0xffff
xor ax, -1
xor r9w, -1
xor ax, 0x7fff
xor r9w, 0x7fff
xor word [rax], 0
xor word [rax], 1
xor word [rax], 0x7f
xor word [rax], 0x80
xor word [rax], -128
xor word [rax], -129
xor word [rax], 0x1234
xor word [rsp], 0
xor word [rsp], 1
xor word [rsp], 0x7f
xor word [rsp], 0x80
xor word [rsp], -128
xor word [rsp], -129
xor word [rsp], 0x1234
xor word [rbp], 0
xor word [rbp], 1
xor word [rbp], 0x7f
xor word [rbp], 0x80
xor word [rbp], -128
xor word [rbp], -129
xor word [rbp], 0x1234
xor word [r12], 0
xor word [r12], 1
xor word [r12], 0x7f
xor word [r12], 0x80
xor word [r12], -128
xor word [r12], -129
xor word [r12], 0x1234
xor word [r13], 0
xor word [r13], 1
xor word [r13], 0x7f
xor word [r13], 0x80
xor word [r13], -128
xor word [r13], -129
xor word [r13], 0x1234
xor word [r12+r13*2], 0
xor word [r12+r13*2], 1
xor word [r12+r13*2], 0x7f
xor word [r12+r13*2], 0x80
xor word [r12+r13*2], -128
xor word [r12+r13*2], -129
xor word [r12+r13*2], 0x1234
xor dx, byte 5
xor ax, strict word 5
xor word [rbx], byte -3
xor eax, eax
xor eax, ebx
xor eax, r8d
xor ebx, eax
xor ebx, ebx
xor ebx, r8d
xor r8d, eax
xor r8d, ebx
xor r8d, r8d
xor r13d, eax
xor r13d, ebx
xor r13d, r8d
xor [rax], ebx
xor eax, [rax]
xor r8d, [rax]
xor [rsp], ebx
xor eax, [rsp]
xor r8d, [rsp]
xor [rbp], ebx
xor eax, [rbp]
xor r8d, [rbp]
xor [r12], ebx
xor eax, [r12]
xor r8d, [r12]
xor [r13], ebx
xor eax, [r13]
xor r8d, [r13]
xor [r12+r13*2], ebx
xor eax, [r12+r13*2]
xor r8d, [r12+r13*2]
xor [rbp+r8*8+0x7f], ebx
xor eax, [rbp+r8*8+0x7f]
xor r8d, [rbp+r8*8+0x7f]
xor [rax+0x80], ebx
xor eax, [rax+0x80]
xor r8d, [rax+0x80]
xor [0x1000], ebx
xor eax, [0x1000]
xor r8d, [0x1000]
xor [rel lbl], ebx
xor eax, [rel lbl]
xor r8d, [rel lbl]
xor [eax], ebx
xor eax, [eax]
xor r8d, [eax]
xor [r8d+ecx], ebx
xor eax, [r8d+ecx]
xor r8d, [r8d+ecx]
xor [gs:rax], ebx
xor eax, [gs:rax]
xor r8d, [gs:rax]
xor [rsp+rax*4-8], ebx
xor eax, [rsp+rax*4-8]
xor r8d, [rsp+rax*4-8]
xor [r9*8], ebx
xor eax, [r9*8]
xor r8d, [r9*8]
xor [rcx*3+1], ebx
xor eax, [rcx*3+1]
xor r8d, [rcx*3+1]
xor eax, 0
xor r8d, 0
xor eax, 2
xor r8d, 2
xor eax, 0x7f
xor r8d, 0x7f
xor eax, 0x80
xor r8d, 0x80
xor eax, -128
xor r8d, -128
xor eax, -129
xor r8d, -129
xor eax, 0x1234
xor r8d, 0x1234
xor eax, 0x12345678
xor r8d, 0x12345678
xor eax, 0x7fffffff
xor r8d, 0x7fffffff
xor eax, 0x80000000
xor r8d, 0x80000000
xor eax, 0xffffffff
xor r8d, 0xffffffff
xor eax, -1
xor r8d, -1
xor dword [rax], 0
xor dword [rax], 2
xor dword [rax], 0x7f
xor dword [rax], 0x80
xor dword [rax], -128
xor dword [rax], -129
xor dword [rax], 0x1234
xor dword [rsp], 0
xor dword [rsp], 2
xor dword [rsp], 0x7f
xor dword [rsp], 0x80
xor dword [rsp], -128
xor dword [rsp], -129
xor dword [rsp], 0x1234
xor dword [rbp], 0
xor dword [rbp], 2
xor dword [rbp], 0x7f
xor dword [rbp], 0x80
xor dword [rbp], -128
xor dword [rbp], -129
xor dword [rbp], 0x1234
xor dword [r12], 0
xor dword [r12], 2
xor dword [r12], 0x7f
xor dword [r12], 0x80
xor dword [r12], -128
xor dword [r12], -129
xor dword [r12], 0x1234
xor dword [r13], 0
xor dword [r13], 2
xor dword [r13], 0x7f
xor dword [r13], 0x80
xor dword [r13], -128
xor dword [r13], -129
xor dword [r13], 0x1234
xor dword [r12+r13*2], 0
xor dword [r12+r13*2], 2
xor dword [r12+r13*2], 0x7f
xor dword [r12+r13*2], 0x80
xor dword [r12+r13*2], -128
xor dword [r12+r13*2], -129
xor dword [r12+r13*2], 0x1234
xor ebx, byte 5
xor eax, strict dword 5
xor dword [rbx], byte -3
xor rax, rax
xor rax, rcx
xor rax, rsp
xor rcx, rax
xor rcx, rcx
xor rcx, rsp
xor rsp, rax
xor rsp, rcx
xor rsp, rsp
xor rbp, rax
xor rbp, rcx
xor rbp, rsp
xor r8, rax
xor r8, rcx
xor r8, rsp
xor r12, rax
xor r12, rcx
xor r12, rsp
xor r13, rax
xor r13, rcx
xor r13, rsp
xor r15, rax
xor r15, rcx
xor r15, rsp
xor [rax], rcx
xor rax, [rax]
xor rsp, [rax]
xor [rsp], rcx
xor rax, [rsp]
xor rsp, [rsp]
xor [rbp], rcx
xor rax, [rbp]
xor rsp, [rbp]
xor [r12], rcx
xor rax, [r12]
xor rsp, [r12]
xor [r13], rcx
xor rax, [r13]
xor rsp, [r13]
xor [r12+r13*2], rcx
xor rax, [r12+r13*2]
xor rsp, [r12+r13*2]
xor [rbp+r8*8+0x7f], rcx
xor rax, [rbp+r8*8+0x7f]
xor rsp, [rbp+r8*8+0x7f]
xor [rax+0x80], rcx
xor rax, [rax+0x80]
xor rsp, [rax+0x80]
xor [0x1000], rcx
xor rax, [0x1000]
xor rsp, [0x1000]
xor [rel lbl], rcx
xor rax, [rel lbl]
xor rsp, [rel lbl]
xor [eax], rcx
xor rax, [eax]
xor rsp, [eax]
xor [r8d+ecx], rcx
xor rax, [r8d+ecx]
xor rsp, [r8d+ecx]
xor [gs:rax], rcx
xor rax, [gs:rax]
xor rsp, [gs:rax]
xor [rsp+rax*4-8], rcx
xor rax, [rsp+rax*4-8]
xor rsp, [rsp+rax*4-8]
xor [r9*8], rcx
xor rax, [r9*8]
xor rsp, [r9*8]
xor [rcx*3+1], rcx
xor rax, [rcx*3+1]
xor rsp, [rcx*3+1]
xor rax, 0
xor rsp, 0
xor rax, 2
xor rsp, 2
xor rax, 0x7f
xor rsp, 0x7f
xor rax, 0x80
xor rsp, 0x80
xor rax, -128
xor rsp, -128
xor rax, -129
xor rsp, -129
xor rax, 0x1234
xor rsp, 0x1234
xor rax, 0x12345678
xor rsp, 0x12345678
xor rax, 0x7fffffff
xor rsp, 0x7fffffff
xor rax, 0x80000000
xor rsp, 0x80000000
xor rax, 0xffffffff
xor rsp, 0xffffffff
xor rax, -1
xor rsp, -1
xor rax, 0x100000000
xor rsp, 0x100000000
xor rax, -0x80000000
xor rsp, -0x80000000
xor rax, -0x80000001
xor rsp, -0x80000001
xor rax, 0x123456789abcdef0
xor rsp, 0x123456789abcdef0
xor rax, lbl
xor rsp, lbl
xor qword [rax], 0
xor qword [rax], 2
xor qword [rax], 0x7f
xor qword [rax], 0x80
xor qword [rax], -128
xor qword [rax], -129
xor qword [rax], 0x1234
xor qword [rsp], 0
xor qword [rsp], 2
xor qword [rsp], 0x7f
xor qword [rsp], 0x80
xor qword [rsp], -128
xor qword [rsp], -129
xor qword [rsp], 0x1234
xor qword [rbp], 0
xor qword [rbp], 2
xor qword [rbp], 0x7f
xor qword [rbp], 0x80
xor qword [rbp], -128
xor qword [rbp], -129
xor qword [rbp], 0x1234
xor qword [r12], 0
xor qword [r12], 2
xor qword [r12], 0x7f
xor qword [r12], 0x80
xor qword [r12], -128
xor qword [r12], -129
xor qword [r12], 0x1234
xor qword [r13], 0
xor qword [r13], 2
xor qword [r13], 0x7f
xor qword [r13], 0x80
xor qword [r13], -128
xor qword [r13], -129
xor qword [r13], 0x1234
xor qword [r12+r13*2], 0
xor qword [r12+r13*2], 2
xor qword [r12+r13*2], 0x7f
xor qword [r12+r13*2], 0x80
xor qword [r12+r13*2], -128
xor qword [r12+r13*2], -129
xor qword [r12+r13*2], 0x1234
xor rcx, byte 5
xor qword [rbx], byte -3
xor [rbx], byte 5
xor [rbx], word 5
xor [rbx], dword 5
cmp al, al
cmp al, cl
cmp al, ah
cmp cl, al
cmp cl, cl
cmp cl, ah
cmp ah, al
cmp ah, cl
cmp ah, ah
cmp sil, al
cmp sil, cl
cmp r8b, al
cmp r8b, cl
cmp r15b, al
cmp r15b, cl
cmp [rax], cl
cmp al, [rax]
cmp ah, [rax]
cmp [rsp], cl
cmp al, [rsp]
cmp ah, [rsp]
cmp [rbp], cl
cmp al, [rbp]
cmp ah, [rbp]
cmp [r12], cl
cmp al, [r12]
cmp [r13], cl
cmp al, [r13]
cmp [r12+r13*2], cl
cmp al, [r12+r13*2]
cmp [rbp+r8*8+0x7f], cl
cmp al, [rbp+r8*8+0x7f]
cmp [rax+0x80], cl
cmp al, [rax+0x80]
cmp ah, [rax+0x80]
cmp [0x1000], cl
cmp al, [0x1000]
cmp ah, [0x1000]
cmp [rel lbl], cl
cmp al, [rel lbl]
cmp ah, [rel lbl]
cmp [eax], cl
cmp al, [eax]
cmp ah, [eax]
cmp [r8d+ecx], cl
cmp al, [r8d+ecx]
cmp [gs:rax], cl
cmp al, [gs:rax]
cmp ah, [gs:rax]
cmp [rsp+rax*4-8], cl
cmp al, [rsp+rax*4-8]
cmp ah, [rsp+rax*4-8]
cmp [r9*8], cl
cmp al, [r9*8]
cmp [rcx*3+1], cl
cmp al, [rcx*3+1]
cmp ah, [rcx*3+1]
cmp al, 0
cmp ah, 0
cmp al, 1
cmp ah, 1
cmp al, 0x7f
cmp ah, 0x7f
cmp al, -1
cmp ah, -1
cmp al, -128
cmp ah, -128
cmp al, 0xff
cmp ah, 0xff
cmp al, -0x80
cmp ah, -0x80
cmp al, 'A'
cmp ah, 'A'
cmp byte [rax], 0
cmp byte [rax], 1
cmp byte [rax], 0x7f
cmp byte [rax], -1
cmp byte [rax], -128
cmp byte [rax], 0xff
cmp byte [rax], -0x80
cmp byte [rsp], 0
cmp byte [rsp], 1
cmp byte [rsp], 0x7f
cmp byte [rsp], -1
cmp byte [rsp], -128
cmp byte [rsp], 0xff
cmp byte [rsp], -0x80
cmp byte [rbp], 0
cmp byte [rbp], 1
cmp byte [rbp], 0x7f
cmp byte [rbp], -1
cmp byte [rbp], -128
cmp byte [rbp], 0xff
cmp byte [rbp], -0x80
cmp byte [r12], 0
cmp byte [r12], 1
cmp byte [r12], 0x7f
cmp byte [r12], -1
cmp byte [r12], -128
cmp byte [r12], 0xff
cmp byte [r12], -0x80
cmp byte [r13], 0
cmp byte [r13], 1
cmp byte [r13], 0x7f
cmp byte [r13], -1
cmp byte [r13], -128
cmp byte [r13], 0xff
cmp byte [r13], -0x80
cmp byte [r12+r13*2], 0
cmp byte [r12+r13*2], 1
cmp byte [r12+r13*2], 0x7f
cmp byte [r12+r13*2], -1
cmp byte [r12+r13*2], -128
cmp byte [r12+r13*2], 0xff
cmp byte [r12+r13*2], -0x80
cmp ax, ax
cmp ax, dx
cmp ax, r9w
cmp dx, ax
cmp dx, dx
cmp dx, r9w
cmp r9w, ax
cmp r9w, dx
cmp r9w, r9w
cmp r15w, ax
cmp r15w, dx
cmp r15w, r9w
cmp [rax], dx
cmp ax, [rax]
cmp r9w, [rax]
cmp [rsp], dx
cmp ax, [rsp]
cmp r9w, [rsp]
cmp [rbp], dx
cmp ax, [rbp]
cmp r9w, [rbp]
cmp [r12], dx
cmp ax, [r12]
cmp r9w, [r12]
cmp [r13], dx
cmp ax, [r13]
cmp r9w, [r13]
cmp [r12+r13*2], dx
cmp ax, [r12+r13*2]
cmp r9w, [r12+r13*2]
cmp [rbp+r8*8+0x7f], dx
cmp ax, [rbp+r8*8+0x7f]
cmp r9w, [rbp+r8*8+0x7f]
cmp [rax+0x80], dx
cmp ax, [rax+0x80]
cmp r9w, [rax+0x80]
cmp [0x1000], dx
cmp ax, [0x1000]
cmp r9w, [0x1000]
cmp [rel lbl], dx
cmp ax, [rel lbl]
cmp r9w, [rel lbl]
cmp [eax], dx
cmp ax, [eax]
cmp r9w, [eax]
cmp [r8d+ecx], dx
cmp ax, [r8d+ecx]
cmp r9w, [r8d+ecx]
cmp [gs:rax], dx
cmp ax, [gs:rax]
cmp r9w, [gs:rax]
cmp [rsp+rax*4-8], dx
cmp ax, [rsp+rax*4-8]
cmp r9w, [rsp+rax*4-8]
cmp [r9*8], dx
cmp ax, [r9*8]
cmp r9w, [r9*8]
cmp [rcx*3+1], dx
cmp ax, [rcx*3+1]
cmp r9w, [rcx*3+1]
cmp ax, 0
cmp r9w, 0
cmp ax, 1
cmp r9w, 1
cmp ax, 0x7f
cmp r9w, 0x7f
cmp ax, 0x80
cmp r9w, 0x80
cmp ax, -128
cmp r9w, -128
cmp ax, -129
cmp r9w, -129
cmp ax, 0x1234
cmp r9w, 0x1234
cmp ax, 0xffff
cmp r9w, 0xffff
cmp ax, -1
cmp r9w, -1
cmp ax, 0x7fff
cmp r9w, 0x7fff
cmp word [rax], 0
cmp word [rax], 1
cmp word [rax], 0x7f
cmp word [rax], 0x80
cmp word [rax], -128
cmp word [rax], -129
cmp word [rax], 0x1234
cmp word [rsp], 0
cmp word [rsp], 1
cmp word [rsp], 0x7f
cmp word [rsp], 0x80
cmp word [rsp], -128
cmp word [rsp], -129
cmp word [rsp], 0x1234
cmp word [rbp], 0
cmp word [rbp], 1
cmp word [rbp], 0x7f
cmp word [rbp], 0x80
cmp word [rbp], -128
cmp word [rbp], -129
cmp word [rbp], 0x1234
cmp word [r12], 0
cmp word [r12], 1
cmp word [r12], 0x7f
cmp word [r12], 0x80
cmp word [r12], -128
cmp word [r12], -129
cmp word [r12], 0x1234
cmp word [r13], 0
cmp word [r13], 1
cmp word [r13], 0x7f
cmp word [r13], 0x80
cmp word [r13], -128
cmp word [r13], -129
cmp word [r13], 0x1234
cmp word [r12+r13*2], 0
cmp word [r12+r13*2], 1
cmp word [r12+r13*2], 0x7f
cmp word [r12+r13*2], 0x80
cmp word [r12+r13*2], -128
cmp word [r12+r13*2], -129
cmp word [r12+r13*2], 0x1234
cmp dx, byte 5
cmp ax, strict word 5
cmp word [rbx], byte -3
cmp eax, eax
cmp eax, ebx
cmp eax, r8d
cmp ebx, eax
cmp ebx, ebx
cmp ebx, r8d
cmp r8d, eax
cmp r8d, ebx
cmp r8d, r8d
cmp r13d, eax
cmp r13d, ebx
cmp r13d, r8d
cmp [rax], ebx
cmp eax, [rax]
cmp r8d, [rax]
cmp [rsp], ebx
cmp eax, [rsp]
cmp r8d, [rsp]
cmp [rbp], ebx
cmp eax, [rbp]
cmp r8d, [rbp]
cmp [r12], ebx
cmp eax, [r12]
cmp r8d, [r12]
cmp [r13], ebx
cmp eax, [r13]
cmp r8d, [r13]
cmp [r12+r13*2], ebx
cmp eax, [r12+r13*2]
cmp r8d, [r12+r13*2]
cmp [rbp+r8*8+0x7f], ebx
cmp eax, [rbp+r8*8+0x7f]
cmp r8d, [rbp+r8*8+0x7f]
cmp [rax+0x80], ebx
cmp eax, [rax+0x80]
cmp r8d, [rax+0x80]
cmp [0x1000], ebx
cmp eax, [0x1000]
cmp r8d, [0x1000]
cmp [rel lbl], ebx
cmp eax, [rel lbl]
cmp r8d, [rel lbl]
cmp [eax], ebx
cmp eax, [eax]
cmp r8d, [eax]
cmp [r8d+ecx], ebx
cmp eax, [r8d+ecx]
cmp r8d, [r8d+ecx]
cmp [gs:rax], ebx
cmp eax, [gs:rax]
cmp r8d, [gs:rax]
cmp [rsp+rax*4-8], ebx
cmp eax, [rsp+rax*4-8]
cmp r8d, [rsp+rax*4-8]
cmp [r9*8], ebx
cmp eax, [r9*8]
cmp r8d, [r9*8]
cmp [rcx*3+1], ebx
cmp eax, [rcx*3+1]
cmp r8d, [rcx*3+1]
cmp eax, 0
cmp r8d, 0
cmp eax, 2
cmp r8d, 2
cmp eax, 0x7f
cmp r8d, 0x7f
cmp eax, 0x80
cmp r8d, 0x80
cmp eax, -128
cmp r8d, -128
cmp eax, -129
cmp r8d, -129
cmp eax, 0x1234
cmp r8d, 0x1234
cmp eax, 0x12345678
cmp r8d, 0x12345678
cmp eax, 0x7fffffff
cmp r8d, 0x7fffffff
cmp eax, 0x80000000
cmp r8d, 0x80000000
cmp eax, 0xffffffff
cmp r8d, 0xffffffff
cmp eax, -1
cmp r8d, -1
cmp dword [rax], 0
cmp dword [rax], 2
cmp dword [rax], 0x7f
cmp dword [rax], 0x80
cmp dword [rax], -128
cmp dword [rax], -129
cmp dword [rax], 0x1234
cmp dword [rsp], 0
cmp dword [rsp], 2
cmp dword [rsp], 0x7f
cmp dword [rsp], 0x80
cmp dword [rsp], -128
cmp dword [rsp], -129
cmp dword [rsp], 0x1234
cmp dword [rbp], 0
cmp dword [rbp], 2
cmp dword [rbp], 0x7f
cmp dword [rbp], 0x80
cmp dword [rbp], -128
cmp dword [rbp], -129
cmp dword [rbp], 0x1234
cmp dword [r12], 0
cmp dword [r12], 2
cmp dword [r12], 0x7f
cmp dword [r12], 0x80
cmp dword [r12], -128
cmp dword [r12], -129
cmp dword [r12], 0x1234
cmp dword [r13], 0
cmp dword [r13], 2
cmp dword [r13], 0x7f
cmp dword [r13], 0x80
cmp dword [r13], -128
cmp dword [r13], -129
cmp dword [r13], 0x1234
cmp dword [r12+r13*2], 0
cmp dword [r12+r13*2], 2
cmp dword [r12+r13*2], 0x7f
cmp dword [r12+r13*2], 0x80
cmp dword [r12+r13*2], -128
cmp dword [r12+r13*2], -129
cmp dword [r12+r13*2], 0x1234
cmp ebx, byte 5
cmp eax, strict dword 5
cmp dword [rbx], byte -3
cmp rax, rax
cmp rax, rcx
cmp rax, rsp
cmp rcx, rax
cmp rcx, rcx
cmp rcx, rsp
cmp rsp, rax
cmp rsp, rcx
cmp rsp, rsp
cmp rbp, rax
cmp rbp, rcx
cmp rbp, rsp
cmp r8, rax
cmp r8, rcx
cmp r8, rsp
cmp r12, rax
cmp r12, rcx
cmp r12, rsp
cmp r13, rax
cmp r13, rcx
cmp r13, rsp
cmp r15, rax
cmp r15, rcx
cmp r15, rsp
cmp [rax], rcx
cmp rax, [rax]
cmp rsp, [rax]
cmp [rsp], rcx
cmp rax, [rsp]
cmp rsp, [rsp]
cmp [rbp], rcx
cmp rax, [rbp]
cmp rsp, [rbp]
cmp [r12], rcx
cmp rax, [r12]
cmp rsp, [r12]
cmp [r13], rcx
cmp rax, [r13]
cmp rsp, [r13]
cmp [r12+r13*2], rcx
cmp rax, [r12+r13*2]
cmp rsp, [r12+r13*2]
cmp [rbp+r8*8+0x7f], rcx
cmp rax, [rbp+r8*8+0x7f]
cmp rsp, [rbp+r8*8+0x7f]
cmp [rax+0x80], rcx
cmp rax, [rax+0x80]
cmp rsp, [rax+0x80]
cmp [0x1000], rcx
cmp rax, [0x1000]
cmp rsp, [0x1000]
cmp [rel lbl], rcx
cmp rax, [rel lbl]
cmp rsp, [rel lbl]
cmp [eax], rcx
cmp rax, [eax]
cmp rsp, [eax]
cmp [r8d+ecx], rcx
cmp rax, [r8d+ecx]
cmp rsp, [r8d+ecx]
cmp [gs:rax], rcx
cmp rax, [gs:rax]
cmp rsp, [gs:rax]
cmp [rsp+rax*4-8], rcx
cmp rax, [rsp+rax*4-8]
cmp rsp, [rsp+rax*4-8]
cmp [r9*8], rcx
cmp rax, [r9*8]
cmp rsp, [r9*8]
cmp [rcx*3+1], rcx
cmp rax, [rcx*3+1]
cmp rsp, [rcx*3+1]
cmp rax, 0
cmp rsp, 0
cmp rax, 2
cmp rsp, 2
cmp rax, 0x7f
cmp rsp, 0x7f
cmp rax, 0x80
cmp rsp, 0x80
cmp rax, -128
cmp rsp, -128
cmp rax, -129
cmp rsp, -129
cmp rax, 0x1234
cmp rsp, 0x1234
cmp rax, 0x12345678
cmp rsp, 0x12345678
cmp rax, 0x7fffffff
cmp rsp, 0x7fffffff
cmp rax, 0x80000000
cmp rsp, 0x80000000
cmp rax, 0xffffffff
cmp rsp, 0xffffffff
cmp rax, -1
cmp rsp, -1
cmp rax, 0x100000000
cmp rsp, 0x100000000
cmp rax, -0x80000000
cmp rsp, -0x80000000
cmp rax, -0x80000001
cmp rsp, -0x80000001
cmp rax, 0x123456789abcdef0
cmp rsp, 0x123456789abcdef0
cmp rax, lbl
cmp rsp, lbl
cmp qword [rax], 0
cmp qword [rax], 2
cmp qword [rax], 0x7f
cmp qword [rax], 0x80
cmp qword [rax], -128
cmp qword [rax], -129
cmp qword [rax], 0x1234
cmp qword [rsp], 0
cmp qword [rsp], 2
cmp qword [rsp], 0x7f
cmp qword [rsp], 0x80
cmp qword [rsp], -128
cmp qword [rsp], -129
cmp qword [rsp], 0x1234
cmp qword [rbp], 0
cmp qword [rbp], 2
cmp qword [rbp], 0x7f
cmp qword [rbp], 0x80
cmp qword [rbp], -128
cmp qword [rbp], -129
cmp qword [rbp], 0x1234
cmp qword [r12], 0
cmp qword [r12], 2
cmp qword [r12], 0x7f
cmp qword [r12], 0x80
cmp qword [r12], -128
cmp qword [r12], -129
cmp qword [r12], 0x1234
cmp qword [r13], 0
cmp qword [r13], 2
cmp qword [r13], 0x7f
cmp qword [r13], 0x80
cmp qword [r13], -128
cmp qword [r13], -129
cmp qword [r13], 0x1234
cmp qword [r12+r13*2], 0
cmp qword [r12+r13*2], 2
cmp qword [r12+r13*2], 0x7f
cmp qword [r12+r13*2], 0x80
cmp qword [r12+r13*2], -128
cmp qword [r12+r13*2], -129
cmp qword [r12+r13*2], 0x1234
cmp rcx, byte 5
cmp qword [rbx], byte -3
cmp [rbx], byte 5
cmp [rbx], word 5
cmp [rbx], dword 5
mov al, al
mov al, cl
mov al, ah
mov cl, al
mov cl, cl
mov cl, ah
mov ah, al
mov ah, cl
mov ah, ah
mov sil, al
mov sil, cl
mov r8b, al
mov r8b, cl
mov r15b, al
mov r15b, cl
mov [rax], cl
mov al, [rax]
mov ah, [rax]
mov [rsp], cl
mov al, [rsp]
mov ah, [rsp]
mov [rbp], cl
mov al, [rbp]
mov ah, [rbp]
mov [r12], cl
mov al, [r12]
mov [r13], cl
mov al, [r13]
mov [r12+r13*2], cl
mov al, [r12+r13*2]
mov [rbp+r8*8+0x7f], cl
mov al, [rbp+r8*8+0x7f]
mov [rax+0x80], cl
mov al, [rax+0x80]
mov ah, [rax+0x80]
mov [0x1000], cl
mov al, [0x1000]
mov ah, [0x1000]
mov [rel lbl], cl
mov al, [rel lbl]
mov ah, [rel lbl]
mov [eax], cl
mov al, [eax]
mov ah, [eax]
mov [r8d+ecx], cl
mov al, [r8d+ecx]
mov [gs:rax], cl
mov al, [gs:rax]
mov ah, [gs:rax]
mov [rsp+rax*4-8], cl
mov al, [rsp+rax*4-8]
mov ah, [rsp+rax*4-8]
mov [r9*8], cl
mov al, [r9*8]
mov [rcx*3+1], cl
mov al, [rcx*3+1]
mov ah, [rcx*3+1]
mov al, 0
mov ah, 0
mov al, 1
mov ah, 1
mov al, 0x7f
mov ah, 0x7f
mov al, -1
mov ah, -1
mov al, -128
mov ah, -128
mov al, 0xff
mov ah, 0xff
mov al, -0x80
mov ah, -0x80
mov al, 'A'
mov ah, 'A'
mov byte [rax], 0
mov byte [rax], 1
mov byte [rax], 0x7f
mov byte [rax], -1
mov byte [rax], -128
mov byte [rax], 0xff
mov byte [rax], -0x80
mov byte [rsp], 0
mov byte [rsp], 1
mov byte [rsp], 0x7f
mov byte [rsp], -1
mov byte [rsp], -128
mov byte [rsp], 0xff
mov byte [rsp], -0x80
mov byte [rbp], 0
mov byte [rbp], 1
mov byte [rbp], 0x7f
mov byte [rbp], -1
mov byte [rbp], -128
mov byte [rbp], 0xff
mov byte [rbp], -0x80
mov byte [r12], 0
mov byte [r12], 1
mov byte [r12], 0x7f
mov byte [r12], -1
mov byte [r12], -128
mov byte [r12], 0xff
mov byte [r12], -0x80
mov byte [r13], 0
mov byte [r13], 1
mov byte [r13], 0x7f
mov byte [r13], -1
mov byte [r13], -128
mov byte [r13], 0xff
mov byte [r13], -0x80
mov byte [r12+r13*2], 0
mov byte [r12+r13*2], 1
mov byte [r12+r13*2], 0x7f
mov byte [r12+r13*2], -1
mov byte [r12+r13*2], -128
mov byte [r12+r13*2], 0xff
mov byte [r12+r13*2], -0x80
mov ax, ax
mov ax, dx
mov ax, r9w
mov dx, ax
mov dx, dx
mov dx, r9w
mov r9w, ax
mov r9w, dx
mov r9w, r9w
mov r15w, ax
mov r15w, dx
mov r15w, r9w
mov [rax], dx
mov ax, [rax]
mov r9w, [rax]
mov [rsp], dx
mov ax, [rsp]
mov r9w, [rsp]
mov [rbp], dx
mov ax, [rbp]
mov r9w, [rbp]
mov [r12], dx
mov ax, [r12]
mov r9w, [r12]
mov [r13], dx
mov ax, [r13]
mov r9w, [r13]
mov [r12+r13*2], dx
mov ax, [r12+r13*2]
mov r9w, [r12+r13*2]
mov [rbp+r8*8+0x7f], dx
mov ax, [rbp+r8*8+0x7f]
mov r9w, [rbp+r8*8+0x7f]
mov [rax+0x80], dx
mov ax, [rax+0x80]
mov r9w, [rax+0x80]
mov [0x1000], dx
mov ax, [0x1000]
mov r9w, [0x1000]
mov [rel lbl], dx
mov ax, [rel lbl]
mov r9w, [rel lbl]
mov [eax], dx
mov ax, [eax]
mov r9w, [eax]
mov [r8d+ecx], dx
mov ax, [r8d+ecx]
mov r9w, [r8d+ecx]
mov [gs:rax], dx
mov ax, [gs:rax]
mov r9w, [gs:rax]
mov [rsp+rax*4-8], dx
mov ax, [rsp+rax*4-8]
mov r9w, [rsp+rax*4-8]
mov [r9*8], dx
mov ax, [r9*8]
mov r9w, [r9*8]
mov [rcx*3+1], dx
mov ax, [rcx*3+1]
mov r9w, [rcx*3+1]
mov ax, 0
mov r9w, 0
mov ax, 1
mov r9w, 1
mov ax, 0x7f
mov r9w, 0x7f
mov ax, 0x80
mov r9w, 0x80
mov ax, -128
mov r9w, -128
mov ax, -129
mov r9w, -129
mov ax, 0x1234
mov r9w, 0x1234
mov ax, 0xffff
mov r9w, 0xffff
mov ax, -1
mov r9w, -1
mov ax, 0x7fff
mov r9w, 0x7fff
mov word [rax], 0
mov word [rax], 1
mov word [rax], 0x7f
mov word [rax], 0x80
mov word [rax], -128
mov word [rax], -129
mov word [rax], 0x1234
mov word [rsp], 0
mov word [rsp], 1
mov word [rsp], 0x7f
mov word [rsp], 0x80
mov word [rsp], -128
mov word [rsp], -129
mov word [rsp], 0x1234
mov word [rbp], 0
mov word [rbp], 1
mov word [rbp], 0x7f
mov word [rbp], 0x80
mov word [rbp], -128
mov word [rbp], -129
mov word [rbp], 0x1234
mov word [r12], 0
mov word [r12], 1
mov word [r12], 0x7f
mov word [r12], 0x80
mov word [r12], -128
mov word [r12], -129
mov word [r12], 0x1234
mov word [r13], 0
mov word [r13], 1
mov word [r13], 0x7f
mov word [r13], 0x80
mov word [r13], -128
mov word [r13], -129
mov word [r13], 0x1234
mov word [r12+r13*2], 0
mov word [r12+r13*2], 1
mov word [r12+r13*2], 0x7f
mov word [r12+r13*2], 0x80
mov word [r12+r13*2], -128
mov word [r12+r13*2], -129
mov word [r12+r13*2], 0x1234
mov eax, eax
mov eax, ebx
mov eax, r8d
mov ebx, eax
mov ebx, ebx
mov ebx, r8d
mov r8d, eax
mov r8d, ebx
mov r8d, r8d
mov r13d, eax
mov r13d, ebx
mov r13d, r8d
mov [rax], ebx
mov eax, [rax]
mov r8d, [rax]
mov [rsp], ebx
mov eax, [rsp]
mov r8d, [rsp]
mov [rbp], ebx
mov eax, [rbp]
mov r8d, [rbp]
mov [r12], ebx
mov eax, [r12]
mov r8d, [r12]
mov [r13], ebx
mov eax, [r13]
mov r8d, [r13]
mov [r12+r13*2], ebx
mov eax, [r12+r13*2]
mov r8d, [r12+r13*2]
mov [rbp+r8*8+0x7f], ebx
mov eax, [rbp+r8*8+0x7f]
mov r8d, [rbp+r8*8+0x7f]
mov [rax+0x80], ebx
mov eax, [rax+0x80]
mov r8d, [rax+0x80]
mov [0x1000], ebx
mov eax, [0x1000]
mov r8d, [0x1000]
mov [rel lbl], ebx
mov eax, [rel lbl]
mov r8d, [rel lbl]
mov [eax], ebx
mov eax, [eax]
mov r8d, [eax]
mov [r8d+ecx], ebx
mov eax, [r8d+ecx]
mov r8d, [r8d+ecx]
mov [gs:rax], ebx
mov eax, [gs:rax]
mov r8d, [gs:rax]
mov [rsp+rax*4-8], ebx
mov eax, [rsp+rax*4-8]
mov r8d, [rsp+rax*4-8]
mov [r9*8], ebx
mov eax, [r9*8]
mov r8d, [r9*8]
mov [rcx*3+1], ebx
mov eax, [rcx*3+1]
mov r8d, [rcx*3+1]
mov eax, 0
mov r8d, 0
mov eax, 2
mov r8d, 2
mov eax, 0x7f
mov r8d, 0x7f
mov eax, 0x80
mov r8d, 0x80
mov eax, -128
mov r8d, -128
mov eax, -129
mov r8d, -129
mov eax, 0x1234
mov r8d, 0x1234
mov eax, 0x12345678
mov r8d, 0x12345678
mov eax, 0x7fffffff
mov r8d, 0x7fffffff
mov eax, 0x80000000
mov r8d, 0x80000000
mov eax, 0xffffffff
mov r8d, 0xffffffff
mov eax, -1
mov r8d, -1
mov dword [rax], 0
mov dword [rax], 2
mov dword [rax], 0x7f
mov dword [rax], 0x80
mov dword [rax], -128
mov dword [rax], -129
mov dword [rax], 0x1234
mov dword [rsp], 0
mov dword [rsp], 2
mov dword [rsp], 0x7f
mov dword [rsp], 0x80
mov dword [rsp], -128
mov dword [rsp], -129
mov dword [rsp], 0x1234
mov dword [rbp], 0
mov dword [rbp], 2
mov dword [rbp], 0x7f
mov dword [rbp], 0x80
mov dword [rbp], -128
mov dword [rbp], -129
mov dword [rbp], 0x1234
mov dword [r12], 0
mov dword [r12], 2
mov dword [r12], 0x7f
mov dword [r12], 0x80
mov dword [r12], -128
mov dword [r12], -129
mov dword [r12], 0x1234
mov dword [r13], 0
mov dword [r13], 2
mov dword [r13], 0x7f
mov dword [r13], 0x80
mov dword [r13], -128
mov dword [r13], -129
mov dword [r13], 0x1234
mov dword [r12+r13*2], 0
mov dword [r12+r13*2], 2
mov dword [r12+r13*2], 0x7f
mov dword [r12+r13*2], 0x80
mov dword [r12+r13*2], -128
mov dword [r12+r13*2], -129
mov dword [r12+r13*2], 0x1234
mov rax, rax
mov rax, rcx
mov rax, rsp
mov rcx, rax
mov rcx, rcx
mov rcx, rsp
mov rsp, rax
mov rsp, rcx
mov rsp, rsp
mov rbp, rax
mov rbp, rcx
mov rbp, rsp
mov r8, rax
mov r8, rcx
mov r8, rsp
mov r12, rax
mov r12, rcx
mov r12, rsp
mov r13, rax
mov r13, rcx
mov r13, rsp
mov r15, rax
mov r15, rcx
mov r15, rsp
mov [rax], rcx
mov rax, [rax]
mov rsp, [rax]
mov [rsp], rcx
mov rax, [rsp]
mov rsp, [rsp]
mov [rbp], rcx
mov rax, [rbp]
mov rsp, [rbp]
mov [r12], rcx
mov rax, [r12]
mov rsp, [r12]
mov [r13], rcx
mov rax, [r13]
mov rsp, [r13]
mov [r12+r13*2], rcx
mov rax, [r12+r13*2]
mov rsp, [r12+r13*2]
mov [rbp+r8*8+0x7f], rcx
mov rax, [rbp+r8*8+0x7f]
mov rsp, [rbp+r8*8+0x7f]
mov [rax+0x80], rcx
mov rax, [rax+0x80]
mov rsp, [rax+0x80]
mov [0x1000], rcx
mov rax, [0x1000]
mov rsp, [0x1000]
mov [rel lbl], rcx
mov rax, [rel lbl]
mov rsp, [rel lbl]
mov [eax], rcx
mov rax, [eax]
mov rsp, [eax]
mov [r8d+ecx], rcx
mov rax, [r8d+ecx]
mov rsp, [r8d+ecx]
mov [gs:rax], rcx
mov rax, [gs:rax]
mov rsp, [gs:rax]
mov [rsp+rax*4-8], rcx
mov rax, [rsp+rax*4-8]
mov rsp, [rsp+rax*4-8]
mov [r9*8], rcx
mov rax, [r9*8]
mov rsp, [r9*8]
mov [rcx*3+1], rcx
mov rax, [rcx*3+1]
mov rsp, [rcx*3+1]
mov rax, 0
mov rsp, 0
mov rax, 2
mov rsp, 2
mov rax, 0x7f
mov rsp, 0x7f
mov rax, 0x80
mov rsp, 0x80
mov rax, -128
mov rsp, -128
mov rax, -129
mov rsp, -129
mov rax, 0x1234
mov rsp, 0x1234
mov rax, 0x12345678
mov rsp, 0x12345678
mov rax, 0x7fffffff
mov rsp, 0x7fffffff
mov rax, 0x80000000
mov rsp, 0x80000000
mov rax, 0xffffffff
mov rsp, 0xffffffff
mov rax, -1
mov rsp, -1
mov rax, 0x100000000
mov rsp, 0x100000000
mov rax, -0x80000000
mov rsp, -0x80000000
mov rax, -0x80000001
mov rsp, -0x80000001
mov rax, 0x123456789abcdef0
mov rsp, 0x123456789abcdef0
mov rax, lbl
mov rsp, lbl
mov qword [rax], 0
mov qword [rax], 2
mov qword [rax], 0x7f
mov qword [rax], 0x80
mov qword [rax], -128
mov qword [rax], -129
mov qword [rax], 0x1234
mov qword [rsp], 0
mov qword [rsp], 2
mov qword [rsp], 0x7f
mov qword [rsp], 0x80
mov qword [rsp], -128
mov qword [rsp], -129
mov qword [rsp], 0x1234
mov qword [rbp], 0
mov qword [rbp], 2
mov qword [rbp], 0x7f
mov qword [rbp], 0x80
mov qword [rbp], -128
mov qword [rbp], -129
mov qword [rbp], 0x1234
mov qword [r12], 0
mov qword [r12], 2
mov qword [r12], 0x7f
mov qword [r12], 0x80
mov qword [r12], -128
mov qword [r12], -129
mov qword [r12], 0x1234
mov qword [r13], 0
mov qword [r13], 2
mov qword [r13], 0x7f
mov qword [r13], 0x80
mov qword [r13], -128
mov qword [r13], -129
mov qword [r13], 0x1234
mov qword [r12+r13*2], 0
mov qword [r12+r13*2], 2
mov qword [r12+r13*2], 0x7f
mov qword [r12+r13*2], 0x80
mov qword [r12+r13*2], -128
mov qword [r12+r13*2], -129
mov qword [r12+r13*2], 0x1234
mov [rbx], byte 5
mov [rbx], word 5
mov [rbx], dword 5
test al, al
test al, cl
test al, ah
test cl, al
test cl, cl
test cl, ah
test ah, al
test ah, cl
test ah, ah
test sil, al
test sil, cl
test r8b, al
test r8b, cl
test r15b, al
test r15b, cl
test [rax], cl
test al, [rax]
test ah, [rax]
test [rsp], cl
test al, [rsp]
test ah, [rsp]
test [rbp], cl
test al, [rbp]
test ah, [rbp]
test [r12], cl
test al, [r12]
test [r13], cl
test al, [r13]
test [r12+r13*2], cl
test al, [r12+r13*2]
test [rbp+r8*8+0x7f], cl
test al, [rbp+r8*8+0x7f]
test [rax+0x80], cl
test al, [rax+0x80]
test ah, [rax+0x80]
test [0x1000], cl
test al, [0x1000]
test ah, [0x1000]
test [rel lbl], cl
test al, [rel lbl]
test ah, [rel lbl]
test [eax], cl
test al, [eax]
test ah, [eax]
test [r8d+ecx], cl
test al, [r8d+ecx]
test [gs:rax], cl
test al, [gs:rax]
test ah, [gs:rax]
test [rsp+rax*4-8], cl
test al, [rsp+rax*4-8]
test ah, [rsp+rax*4-8]
test [r9*8], cl
test al, [r9*8]
test [rcx*3+1], cl
test al, [rcx*3+1]
test ah, [rcx*3+1]
test al, 0
test ah, 0
test al, 1
test ah, 1
test al, 0x7f
test ah, 0x7f
test al, -1
test ah, -1
test al, -128
test ah, -128
test al, 0xff
test ah, 0xff
test al, -0x80
test ah, -0x80
test al, 'A'
test ah, 'A'
test byte [rax], 0
test byte [rax], 1
test byte [rax], 0x7f
test byte [rax], -1
test byte [rax], -128
test byte [rax], 0xff
test byte [rax], -0x80
test byte [rsp], 0
test byte [rsp], 1
test byte [rsp], 0x7f
test byte [rsp], -1
test byte [rsp], -128
test byte [rsp], 0xff
test byte [rsp], -0x80
test byte [rbp], 0
test byte [rbp], 1
test byte [rbp], 0x7f
test byte [rbp], -1
test byte [rbp], -128
test byte [rbp], 0xff
test byte [rbp], -0x80
test byte [r12], 0
test byte [r12], 1
test byte [r12], 0x7f
test byte [r12], -1
test byte [r12], -128
test byte [r12], 0xff
test byte [r12], -0x80
test byte [r13], 0
test byte [r13], 1
test byte [r13], 0x7f
test byte [r13], -1
test byte [r13], -128
test byte [r13], 0xff
test byte [r13], -0x80
test byte [r12+r13*2], 0
test byte [r12+r13*2], 1
test byte [r12+r13*2], 0x7f
test byte [r12+r13*2], -1
test byte [r12+r13*2], -128
test byte [r12+r13*2], 0xff
test byte [r12+r13*2], -0x80
test ax, ax
test ax, dx
test ax, r9w
test dx, ax
test dx, dx
test dx, r9w
test r9w, ax
test r9w, dx
test r9w, r9w
test r15w, ax
test r15w, dx
test r15w, r9w
test [rax], dx
test ax, [rax]
test r9w, [rax]
test [rsp], dx
test ax, [rsp]
test r9w, [rsp]
test [rbp], dx
test ax, [rbp]
test r9w, [rbp]
test [r12], dx
test ax, [r12]
test r9w, [r12]
test [r13], dx
test ax, [r13]
test r9w, [r13]
test [r12+r13*2], dx
test ax, [r12+r13*2]
test r9w, [r12+r13*2]
test [rbp+r8*8+0x7f], dx
test ax, [rbp+r8*8+0x7f]
test r9w, [rbp+r8*8+0x7f]
test [rax+0x80], dx
test ax, [rax+0x80]
test r9w, [rax+0x80]
test [0x1000], dx
test ax, [0x1000]
test r9w, [0x1000]
test [rel lbl], dx
test ax, [rel lbl]
test r9w, [rel lbl]
test [eax], dx
test ax, [eax]
test r9w, [eax]
test [r8d+ecx], dx
test ax, [r8d+ecx]
test r9w, [r8d+ecx]
test [gs:rax], dx
test ax, [gs:rax]
test r9w, [gs:rax]
test [rsp+rax*4-8], dx
test ax, [rsp+rax*4-8]
test r9w, [rsp+rax*4-8]
test [r9*8], dx
test ax, [r9*8]
test r9w, [r9*8]
test [rcx*3+1], dx
test ax, [rcx*3+1]
test r9w, [rcx*3+1]
test ax, 0
test r9w, 0
test ax, 1
test r9w, 1
test ax, 0x7f
test r9w, 0x7f
test ax, 0x80
test r9w, 0x80
test ax, -128
test r9w, -128
test ax, -129
test r9w, -129
test ax, 0x1234
test r9w, 0x1234
test ax, 0xffff
test r9w, 0xffff
test ax, -1
test r9w, -1
test ax, 0x7fff
test r9w, 0x7fff
test word [rax], 0
test word [rax], 1
test word [rax], 0x7f
test word [rax], 0x80
test word [rax], -128
test word [rax], -129
test word [rax], 0x1234
test word [rsp], 0
test word [rsp], 1
test word [rsp], 0x7f
test word [rsp], 0x80
test word [rsp], -128
test word [rsp], -129
test word [rsp], 0x1234
test word [rbp], 0
test word [rbp], 1
test word [rbp], 0x7f
test word [rbp], 0x80
test word [rbp], -128
test word [rbp], -129
test word [rbp], 0x1234
test word [r12], 0
test word [r12], 1
test word [r12], 0x7f
test word [r12], 0x80
test word [r12], -128
test word [r12], -129
test word [r12], 0x1234
test word [r13], 0
test word [r13], 1
test word [r13], 0x7f
test word [r13], 0x80
test word [r13], -128
test word [r13], -129
test word [r13], 0x1234
test word [r12+r13*2], 0
test word [r12+r13*2], 1
test word [r12+r13*2], 0x7f
test word [r12+r13*2], 0x80
test word [r12+r13*2], -128
test word [r12+r13*2], -129
test word [r12+r13*2], 0x1234
test eax, eax
test eax, ebx
test eax, r8d
test ebx, eax
test ebx, ebx
test ebx, r8d
test r8d, eax
test r8d, ebx
test r8d, r8d
test r13d, eax
test r13d, ebx
test r13d, r8d
test [rax], ebx
test eax, [rax]
test r8d, [rax]
test [rsp], ebx
test eax, [rsp]
test r8d, [rsp]
test [rbp], ebx
test eax, [rbp]
test r8d, [rbp]
test [r12], ebx
test eax, [r12]
test r8d, [r12]
test [r13], ebx
test eax, [r13]
test r8d, [r13]
test [r12+r13*2], ebx
test eax, [r12+r13*2]
test r8d, [r12+r13*2]
test [rbp+r8*8+0x7f], ebx
test eax, [rbp+r8*8+0x7f]
test r8d, [rbp+r8*8+0x7f]
test [rax+0x80], ebx
test eax, [rax+0x80]
test r8d, [rax+0x80]
test [0x1000], ebx
test eax, [0x1000]
test r8d, [0x1000]
test [rel lbl], ebx
test eax, [rel lbl]
test r8d, [rel lbl]
test [eax], ebx
test eax, [eax]
test r8d, [eax]
test [r8d+ecx], ebx
test eax, [r8d+ecx]
test r8d, [r8d+ecx]
test [gs:rax], ebx
test eax, [gs:rax]
test r8d, [gs:rax]
test [rsp+rax*4-8], ebx
test eax, [rsp+rax*4-8]
test r8d, [rsp+rax*4-8]
test [r9*8], ebx
test eax, [r9*8]
test r8d, [r9*8]
test [rcx*3+1], ebx
test eax, [rcx*3+1]
test r8d, [rcx*3+1]
test eax, 0
test r8d, 0
test eax, 2
test r8d, 2
test eax, 0x7f
test r8d, 0x7f
test eax, 0x80
test r8d, 0x80
test eax, -128
test r8d, -128
test eax, -129
test r8d, -129
test eax, 0x1234
test r8d, 0x1234
test eax, 0x12345678
test r8d, 0x12345678
test eax, 0x7fffffff
test r8d, 0x7fffffff
test eax, 0x80000000
test r8d, 0x80000000
test eax, 0xffffffff
test r8d, 0xffffffff
test eax, -1
test r8d, -1
test dword [rax], 0
test dword [rax], 2
test dword [rax], 0x7f
test dword [rax], 0x80
test dword [rax], -128
test dword [rax], -129
test dword [rax], 0x1234
test dword [rsp], 0
test dword [rsp], 2
test dword [rsp], 0x7f
test dword [rsp], 0x80
test dword [rsp], -128
test dword [rsp], -129
test dword [rsp], 0x1234
test dword [rbp], 0
test dword [rbp], 2
test dword [rbp], 0x7f
test dword [rbp], 0x80
test dword [rbp], -128
test dword [rbp], -129
test dword [rbp], 0x1234
test dword [r12], 0
test dword [r12], 2
test dword [r12], 0x7f
test dword [r12], 0x80
test dword [r12], -128
test dword [r12], -129
test dword [r12], 0x1234
test dword [r13], 0
test dword [r13], 2
test dword [r13], 0x7f
test dword [r13], 0x80
test dword [r13], -128
test dword [r13], -129
test dword [r13], 0x1234
test dword [r12+r13*2], 0
test dword [r12+r13*2], 2
test dword [r12+r13*2], 0x7f
test dword [r12+r13*2], 0x80
test dword [r12+r13*2], -128
test dword [r12+r13*2], -129
test dword [r12+r13*2], 0x1234
test rax, rax
test rax, rcx
test rax, rsp
test rcx, rax
test rcx, rcx
test rcx, rsp
test rsp, rax
test rsp, rcx
test rsp, rsp
test rbp, rax
test rbp, rcx
test rbp, rsp
test r8, rax
test r8, rcx
test r8, rsp
test r12, rax
test r12, rcx
test r12, rsp
test r13, rax
test r13, rcx
test r13, rsp
test r15, rax
test r15, rcx
test r15, rsp
test [rax], rcx
test rax, [rax]
test rsp, [rax]
test [rsp], rcx
test rax, [rsp]
test rsp, [rsp]
test [rbp], rcx
test rax, [rbp]
test rsp, [rbp]
test [r12], rcx
test rax, [r12]
test rsp, [r12]
test [r13], rcx
test rax, [r13]
test rsp, [r13]
test [r12+r13*2], rcx
test rax, [r12+r13*2]
test rsp, [r12+r13*2]
test [rbp+r8*8+0x7f], rcx
test rax, [rbp+r8*8+0x7f]
test rsp, [rbp+r8*8+0x7f]
test [rax+0x80], rcx
test rax, [rax+0x80]
test rsp, [rax+0x80]
test [0x1000], rcx
test rax, [0x1000]
test rsp, [0x1000]
test [rel lbl], rcx
test rax, [rel lbl]
test rsp, [rel lbl]
test [eax], rcx
test rax, [eax]
test rsp, [eax]
test [r8d+ecx], rcx
test rax, [r8d+ecx]
test rsp, [r8d+ecx]
test [gs:rax], rcx
test rax, [gs:rax]
test rsp, [gs:rax]
test [rsp+rax*4-8], rcx
test rax, [rsp+rax*4-8]
test rsp, [rsp+rax*4-8]
test [r9*8], rcx
test rax, [r9*8]
test rsp, [r9*8]
test [rcx*3+1], rcx
test rax, [rcx*3+1]
test rsp, [rcx*3+1]
test rax, 0
test rsp, 0
test rax, 2
test rsp, 2
test rax, 0x7f
test rsp, 0x7f
test rax, 0x80
test rsp, 0x80
test rax, -128
test rsp, -128
test rax, -129
test rsp, -129
test rax, 0x1234
test rsp, 0x1234
test rax, 0x12345678
test rsp, 0x12345678
test rax, 0x7fffffff
test rsp, 0x7fffffff
test rax, 0x80000000
test rsp, 0x80000000
test rax, 0xffffffff
test rsp, 0xffffffff
test rax, -1
test rsp, -1
test rax, 0x100000000
test rsp, 0x100000000
test rax, -0x80000000
test rsp, -0x80000000
test rax, -0x80000001
test rsp, -0x80000001
test rax, 0x123456789abcdef0
test rsp, 0x123456789abcdef0
test rax, lbl
test rsp, lbl
test qword [rax], 0
test qword [rax], 2
test qword [rax], 0x7f
test qword [rax], 0x80
test qword [rax], -128
test qword [rax], -129
test qword [rax], 0x1234
test qword [rsp], 0
test qword [rsp], 2
test qword [rsp], 0x7f
test qword [rsp], 0x80
test qword [rsp], -128
test qword [rsp], -129
test qword [rsp], 0x1234
test qword [rbp], 0
test qword [rbp], 2
test qword [rbp], 0x7f
test qword [rbp], 0x80
test qword [rbp], -128
test qword [rbp], -129
test qword [rbp], 0x1234
test qword [r12], 0
test qword [r12], 2
test qword [r12], 0x7f
test qword [r12], 0x80
test qword [r12], -128
test qword [r12], -129
test qword [r12], 0x1234
test qword [r13], 0
test qword [r13], 2
test qword [r13], 0x7f
test qword [r13], 0x80
test qword [r13], -128
test qword [r13], -129
test qword [r13], 0x1234
test qword [r12+r13*2], 0
test qword [r12+r13*2], 2
test qword [r12+r13*2], 0x7f
test qword [r12+r13*2], 0x80
test qword [r12+r13*2], -128
test qword [r12+r13*2], -129
test qword [r12+r13*2], 0x1234
test [rbx], byte 5
test [rbx], word 5
test [rbx], dword 5
xchg al, al
xchg al, cl
xchg al, ah
xchg cl, al
xchg cl, cl
xchg cl, ah
xchg ah, al
xchg ah, cl
xchg ah, ah
xchg sil, al
xchg sil, cl
xchg r8b, al
xchg r8b, cl
xchg r15b, al
xchg r15b, cl
xchg [rax], cl
xchg al, [rax]
xchg ah, [rax]
xchg [rsp], cl
xchg al, [rsp]
xchg ah, [rsp]
xchg [rbp], cl
xchg al, [rbp]
xchg ah, [rbp]
xchg [r12], cl
xchg al, [r12]
xchg [r13], cl
xchg al, [r13]
xchg [r12+r13*2], cl
xchg al, [r12+r13*2]
xchg [rbp+r8*8+0x7f], cl
xchg al, [rbp+r8*8+0x7f]
xchg [rax+0x80], cl
xchg al, [rax+0x80]
xchg ah, [rax+0x80]
xchg [0x1000], cl
xchg al, [0x1000]
xchg ah, [0x1000]
xchg [rel lbl], cl
xchg al, [rel lbl]
xchg ah, [rel lbl]
xchg [eax], cl
xchg al, [eax]
xchg ah, [eax]
xchg [r8d+ecx], cl
xchg al, [r8d+ecx]
xchg [gs:rax], cl
xchg al, [gs:rax]
xchg ah, [gs:rax]
xchg [rsp+rax*4-8], cl
xchg al, [rsp+rax*4-8]
xchg ah, [rsp+rax*4-8]
xchg [r9*8], cl
xchg al, [r9*8]
xchg [rcx*3+1], cl
xchg al, [rcx*3+1]
xchg ah, [rcx*3+1]
xchg ax, ax
xchg ax, dx
xchg ax, r9w
xchg dx, ax
xchg dx, dx
xchg dx, r9w
xchg r9w, ax
xchg r9w, dx
xchg r9w, r9w
xchg r15w, ax
xchg r15w, dx
xchg r15w, r9w
xchg [rax], dx
xchg ax, [rax]
xchg r9w, [rax]
xchg [rsp], dx
xchg ax, [rsp]
xchg r9w, [rsp]
xchg [rbp], dx
xchg ax, [rbp]
xchg r9w, [rbp]
xchg [r12], dx
xchg ax, [r12]
xchg r9w, [r12]
xchg [r13], dx
xchg ax, [r13]
xchg r9w, [r13]
xchg [r12+r13*2], dx
xchg ax, [r12+r13*2]
xchg r9w, [r12+r13*2]
xchg [rbp+r8*8+0x7f], dx
xchg ax, [rbp+r8*8+0x7f]
xchg r9w, [rbp+r8*8+0x7f]
xchg [rax+0x80], dx
xchg ax, [rax+0x80]
xchg r9w, [rax+0x80]
xchg [0x1000], dx
xchg ax, [0x1000]
xchg r9w, [0x1000]
xchg [rel lbl], dx
xchg ax, [rel lbl]
xchg r9w, [rel lbl]
xchg [eax], dx
xchg ax, [eax]
xchg r9w, [eax]
xchg [r8d+ecx], dx
xchg ax, [r8d+ecx]
xchg r9w, [r8d+ecx]
xchg [gs:rax], dx
xchg ax, [gs:rax]
xchg r9w, [gs:rax]
xchg [rsp+rax*4-8], dx
xchg ax, [rsp+rax*4-8]
xchg r9w, [rsp+rax*4-8]
xchg [r9*8], dx
xchg ax, [r9*8]
xchg r9w, [r9*8]
xchg [rcx*3+1], dx
xchg ax, [rcx*3+1]
xchg r9w, [rcx*3+1]
xchg eax, eax
xchg eax, ebx
xchg eax, r8d
xchg ebx, eax
xchg ebx, ebx
xchg ebx, r8d
xchg r8d, eax
xchg r8d, ebx
xchg r8d, r8d
xchg r13d, eax
xchg r13d, ebx
xchg r13d, r8d
xchg [rax], ebx
xchg eax, [rax]
xchg r8d, [rax]
xchg [rsp], ebx
xchg eax, [rsp]
xchg r8d, [rsp]
xchg [rbp], ebx
xchg eax, [rbp]
xchg r8d, [rbp]
xchg [r12], ebx
xchg eax, [r12]
xchg r8d, [r12]
xchg [r13], ebx
xchg eax, [r13]
xchg r8d, [r13]
xchg [r12+r13*2], ebx
xchg eax, [r12+r13*2]
xchg r8d, [r12+r13*2]
xchg [rbp+r8*8+0x7f], ebx
xchg eax, [rbp+r8*8+0x7f]
xchg r8d, [rbp+r8*8+0x7f]
xchg [rax+0x80], ebx
xchg eax, [rax+0x80]
xchg r8d, [rax+0x80]
xchg [0x1000], ebx
xchg eax, [0x1000]
xchg r8d, [0x1000]
xchg [rel lbl], ebx
xchg eax, [rel lbl]
xchg r8d, [rel lbl]
xchg [eax], ebx
xchg eax, [eax]
xchg r8d, [eax]
xchg [r8d+ecx], ebx
xchg eax, [r8d+ecx]
xchg r8d, [r8d+ecx]
xchg [gs:rax], ebx
xchg eax, [gs:rax]
xchg r8d, [gs:rax]
xchg [rsp+rax*4-8], ebx
xchg eax, [rsp+rax*4-8]
xchg r8d, [rsp+rax*4-8]
xchg [r9*8], ebx
xchg eax, [r9*8]
xchg r8d, [r9*8]
xchg [rcx*3+1], ebx
xchg eax, [rcx*3+1]
xchg r8d, [rcx*3+1]
xchg rax, rax
xchg rax, rcx
xchg rax, rsp
xchg rcx, rax
xchg rcx, rcx
xchg rcx, rsp
xchg rsp, rax
xchg rsp, rcx
xchg rsp, rsp
xchg rbp, rax
xchg rbp, rcx
xchg rbp, rsp
xchg r8, rax
xchg r8, rcx
xchg r8, rsp
xchg r12, rax
xchg r12, rcx
xchg r12, rsp
xchg r13, rax
xchg r13, rcx
xchg r13, rsp
xchg r15, rax
xchg r15, rcx
xchg r15, rsp
xchg [rax], rcx
xchg rax, [rax]
xchg rsp, [rax]
xchg [rsp], rcx
xchg rax, [rsp]
xchg rsp, [rsp]
xchg [rbp], rcx
xchg rax, [rbp]
xchg rsp, [rbp]
xchg [r12], rcx
xchg rax, [r12]
xchg rsp, [r12]
xchg [r13], rcx
xchg rax, [r13]
xchg rsp, [r13]
xchg [r12+r13*2], rcx
xchg rax, [r12+r13*2]
xchg rsp, [r12+r13*2]
xchg [rbp+r8*8+0x7f], rcx
xchg rax, [rbp+r8*8+0x7f]
xchg rsp, [rbp+r8*8+0x7f]
xchg [rax+0x80], rcx
xchg rax, [rax+0x80]
xchg rsp, [rax+0x80]
xchg [0x1000], rcx
xchg rax, [0x1000]
xchg rsp, [0x1000]
xchg [rel lbl], rcx
xchg rax, [rel lbl]
xchg rsp, [rel lbl]
xchg [eax], rcx
xchg rax, [eax]
xchg rsp, [eax]
xchg [r8d+ecx], rcx
xchg rax, [r8d+ecx]
xchg rsp, [r8d+ecx]
xchg [gs:rax], rcx
xchg rax, [gs:rax]
xchg rsp, [gs:rax]
xchg [rsp+rax*4-8], rcx
xchg rax, [rsp+rax*4-8]
xchg rsp, [rsp+rax*4-8]
xchg [r9*8], rcx
xchg rax, [r9*8]
xchg rsp, [r9*8]
xchg [rcx*3+1], rcx
xchg rax, [rcx*3+1]
xchg rsp, [rcx*3+1]
cmpxchg al, al
cmpxchg al, cl
cmpxchg al, ah
cmpxchg cl, al
cmpxchg cl, cl
cmpxchg cl, ah
cmpxchg ah, al
cmpxchg ah, cl
cmpxchg ah, ah
cmpxchg sil, al
cmpxchg sil, cl
cmpxchg r8b, al
cmpxchg r8b, cl
cmpxchg r15b, al
cmpxchg r15b, cl
cmpxchg [rax], cl
cmpxchg [rsp], cl
cmpxchg [rbp], cl
cmpxchg [r12], cl
cmpxchg [r13], cl
cmpxchg [r12+r13*2], cl
cmpxchg [rbp+r8*8+0x7f], cl
cmpxchg [rax+0x80], cl
cmpxchg [0x1000], cl
cmpxchg [rel lbl], cl
cmpxchg [eax], cl
cmpxchg [r8d+ecx], cl
cmpxchg [gs:rax], cl
cmpxchg [rsp+rax*4-8], cl
cmpxchg [r9*8], cl
cmpxchg [rcx*3+1], cl
cmpxchg ax, ax
cmpxchg ax, dx
cmpxchg ax, r9w
cmpxchg dx, ax
cmpxchg dx, dx
cmpxchg dx, r9w
cmpxchg r9w, ax
cmpxchg r9w, dx
cmpxchg r9w, r9w
cmpxchg r15w, ax
cmpxchg r15w, dx
cmpxchg r15w, r9w
cmpxchg [rax], dx
cmpxchg [rsp], dx
cmpxchg [rbp], dx
cmpxchg [r12], dx
cmpxchg [r13], dx
cmpxchg [r12+r13*2], dx
cmpxchg [rbp+r8*8+0x7f], dx
cmpxchg [rax+0x80], dx
cmpxchg [0x1000], dx
cmpxchg [rel lbl], dx
cmpxchg [eax], dx
cmpxchg [r8d+ecx], dx
cmpxchg [gs:rax], dx
cmpxchg [rsp+rax*4-8], dx
cmpxchg [r9*8], dx
cmpxchg [rcx*3+1], dx
cmpxchg eax, eax
cmpxchg eax, ebx
cmpxchg eax, r8d
cmpxchg ebx, eax
cmpxchg ebx, ebx
cmpxchg ebx, r8d
cmpxchg r8d, eax
cmpxchg r8d, ebx
cmpxchg r8d, r8d
cmpxchg r13d, eax
cmpxchg r13d, ebx
cmpxchg r13d, r8d
cmpxchg [rax], ebx
cmpxchg [rsp], ebx
cmpxchg [rbp], ebx
cmpxchg [r12], ebx
cmpxchg [r13], ebx
cmpxchg [r12+r13*2], ebx
cmpxchg [rbp+r8*8+0x7f], ebx
cmpxchg [rax+0x80], ebx
cmpxchg [0x1000], ebx
cmpxchg [rel lbl], ebx
cmpxchg [eax], ebx
cmpxchg [r8d+ecx], ebx
cmpxchg [gs:rax], ebx
cmpxchg [rsp+rax*4-8], ebx
cmpxchg [r9*8], ebx
cmpxchg [rcx*3+1], ebx
cmpxchg rax, rax
cmpxchg rax, rcx
cmpxchg rax, rsp
cmpxchg rcx, rax
cmpxchg rcx, rcx
cmpxchg rcx, rsp
cmpxchg rsp, rax
cmpxchg rsp, rcx
cmpxchg rsp, rsp
cmpxchg rbp, rax
cmpxchg rbp, rcx
cmpxchg rbp, rsp
cmpxchg r8, rax
cmpxchg r8, rcx
cmpxchg r8, rsp
cmpxchg r12, rax
cmpxchg r12, rcx
cmpxchg r12, rsp
cmpxchg r13, rax
cmpxchg r13, rcx
cmpxchg r13, rsp
cmpxchg r15, rax
cmpxchg r15, rcx
cmpxchg r15, rsp
cmpxchg [rax], rcx
cmpxchg [rsp], rcx
cmpxchg [rbp], rcx
cmpxchg [r12], rcx
cmpxchg [r13], rcx
cmpxchg [r12+r13*2], rcx
cmpxchg [rbp+r8*8+0x7f], rcx
cmpxchg [rax+0x80], rcx
cmpxchg [0x1000], rcx
cmpxchg [rel lbl], rcx
cmpxchg [eax], rcx
cmpxchg [r8d+ecx], rcx
cmpxchg [gs:rax], rcx
cmpxchg [rsp+rax*4-8], rcx
cmpxchg [r9*8], rcx
cmpxchg [rcx*3+1], rcx
xadd al, al
xadd al, cl
xadd al, ah
xadd cl, al
xadd cl, cl
xadd cl, ah
xadd ah, al
xadd ah, cl
xadd ah, ah
xadd sil, al
xadd sil, cl
xadd r8b, al
xadd r8b, cl
xadd r15b, al
xadd r15b, cl
xadd [rax], cl
xadd [rsp], cl
xadd [rbp], cl
xadd [r12], cl
xadd [r13], cl
xadd [r12+r13*2], cl
xadd [rbp+r8*8+0x7f], cl
xadd [rax+0x80], cl
xadd [0x1000], cl
xadd [rel lbl], cl
xadd [eax], cl
xadd [r8d+ecx], cl
xadd [gs:rax], cl
xadd [rsp+rax*4-8], cl
xadd [r9*8], cl
xadd [rcx*3+1], cl
xadd ax, ax
xadd ax, dx
xadd ax, r9w
xadd dx, ax
xadd dx, dx
xadd dx, r9w
xadd r9w, ax
xadd r9w, dx
xadd r9w, r9w
xadd r15w, ax
xadd r15w, dx
xadd r15w, r9w
xadd [rax], dx
xadd [rsp], dx
xadd [rbp], dx
xadd [r12], dx
xadd [r13], dx
xadd [r12+r13*2], dx
xadd [rbp+r8*8+0x7f], dx
xadd [rax+0x80], dx
xadd [0x1000], dx
xadd [rel lbl], dx
xadd [eax], dx
xadd [r8d+ecx], dx
xadd [gs:rax], dx
xadd [rsp+rax*4-8], dx
xadd [r9*8], dx
xadd [rcx*3+1], dx
xadd eax, eax
xadd eax, ebx
xadd eax, r8d
xadd ebx, eax
xadd ebx, ebx
xadd ebx, r8d
xadd r8d, eax
xadd r8d, ebx
xadd r8d, r8d
xadd r13d, eax
xadd r13d, ebx
xadd r13d, r8d
xadd [rax], ebx
xadd [rsp], ebx
xadd [rbp], ebx
xadd [r12], ebx
xadd [r13], ebx
xadd [r12+r13*2], ebx
xadd [rbp+r8*8+0x7f], ebx
xadd [rax+0x80], ebx
xadd [0x1000], ebx
xadd [rel lbl], ebx
xadd [eax], ebx
xadd [r8d+ecx], ebx
xadd [gs:rax], ebx
xadd [rsp+rax*4-8], ebx
xadd [r9*8], ebx
xadd [rcx*3+1], ebx
xadd rax, rax
xadd rax, rcx
xadd rax, rsp
xadd rcx, rax
xadd rcx, rcx
xadd rcx, rsp
xadd rsp, rax
xadd rsp, rcx
xadd rsp, rsp
xadd rbp, rax
xadd rbp, rcx
xadd rbp, rsp
xadd r8, rax
xadd r8, rcx
xadd r8, rsp
xadd r12, rax
xadd r12, rcx
xadd r12, rsp
xadd r13, rax
xadd r13, rcx
xadd r13, rsp
xadd r15, rax
xadd r15, rcx
xadd r15, rsp
xadd [rax], rcx
xadd [rsp], rcx
xadd [rbp], rcx
xadd [r12], rcx
xadd [r13], rcx
xadd [r12+r13*2], rcx
xadd [rbp+r8*8+0x7f], rcx
xadd [rax+0x80], rcx
xadd [0x1000], rcx
xadd [rel lbl], rcx
xadd [eax], rcx
xadd [r8d+ecx], rcx
xadd [gs:rax], rcx
xadd [rsp+rax*4-8], rcx
xadd [r9*8], rcx
xadd [rcx*3+1], rcx
mov ax, es
mov es, ax
mov eax, es
mov es, eax
mov rax, es
mov es, rax
mov bx, es
mov es, bx
mov r9w, es
mov es, r9w
mov r10, es
mov es, r10
mov [rax], es
mov es, [rax]
mov word [rax], es
mov es, word [rax]
mov [rsp], es
mov es, [rsp]
mov word [rsp], es
mov es, word [rsp]
mov [rbp], es
mov es, [rbp]
mov word [rbp], es
mov es, word [rbp]
mov [r12], es
mov es, [r12]
mov word [r12], es
mov es, word [r12]
mov ax, cs
mov cs, ax
mov eax, cs
mov cs, eax
mov rax, cs
mov cs, rax
mov bx, cs
mov cs, bx
mov r9w, cs
mov cs, r9w
mov r10, cs
mov cs, r10
mov [rax], cs
mov cs, [rax]
mov word [rax], cs
mov cs, word [rax]
mov [rsp], cs
mov cs, [rsp]
mov word [rsp], cs
mov cs, word [rsp]
mov [rbp], cs
mov cs, [rbp]
mov word [rbp], cs
mov cs, word [rbp]
mov [r12], cs
mov cs, [r12]
mov word [r12], cs
mov cs, word [r12]
pop cs
mov ax, ss
mov ss, ax
mov eax, ss
mov ss, eax
mov rax, ss
mov ss, rax
mov bx, ss
mov ss, bx
mov r9w, ss
mov ss, r9w
mov r10, ss
mov ss, r10
mov [rax], ss
mov ss, [rax]
mov word [rax], ss
mov ss, word [rax]
mov [rsp], ss
mov ss, [rsp]
mov word [rsp], ss
mov ss, word [rsp]
mov [rbp], ss
mov ss, [rbp]
mov word [rbp], ss
mov ss, word [rbp]
mov [r12], ss
mov ss, [r12]
mov word [r12], ss
mov ss, word [r12]
mov ax, ds
mov ds, ax
mov eax, ds
mov ds, eax
mov rax, ds
mov ds, rax
mov bx, ds
mov ds, bx
mov r9w, ds
mov ds, r9w
mov r10, ds
mov ds, r10
mov [rax], ds
mov ds, [rax]
mov word [rax], ds
mov ds, word [rax]
mov [rsp], ds
mov ds, [rsp]
mov word [rsp], ds
mov ds, word [rsp]
mov [rbp], ds
mov ds, [rbp]
mov word [rbp], ds
mov ds, word [rbp]
mov [r12], ds
mov ds, [r12]
mov word [r12], ds
mov ds, word [r12]
mov ax, fs
mov fs, ax
mov eax, fs
mov fs, eax
mov rax, fs
mov fs, rax
mov bx, fs
mov fs, bx
mov r9w, fs
mov fs, r9w
mov r10, fs
mov fs, r10
mov [rax], fs
mov fs, [rax]
mov word [rax], fs
mov fs, word [rax]
mov [rsp], fs
mov fs, [rsp]
mov word [rsp], fs
mov fs, word [rsp]
mov [rbp], fs
mov fs, [rbp]
mov word [rbp], fs
mov fs, word [rbp]
mov [r12], fs
mov fs, [r12]
mov word [r12], fs
mov fs, word [r12]
push fs
pop fs
mov ax, gs
mov gs, ax
mov eax, gs
mov gs, eax
mov rax, gs
mov gs, rax
mov bx, gs
mov gs, bx
mov r9w, gs
mov gs, r9w
mov r10, gs
mov gs, r10
mov [rax], gs
mov gs, [rax]
mov word [rax], gs
mov gs, word [rax]
mov [rsp], gs
mov gs, [rsp]
mov word [rsp], gs
mov gs, word [rsp]
mov [rbp], gs
mov gs, [rbp]
mov word [rbp], gs
mov gs, word [rbp]
mov [r12], gs
mov gs, [r12]
mov word [r12], gs
mov gs, word [r12]
push gs
pop gs
mov cr0, rax
mov rax, cr0
mov cr0, r9
mov r9, cr0
mov cr2, rax
mov rax, cr2
mov cr2, r9
mov r9, cr2
mov cr3, rax
mov rax, cr3
mov cr3, r9
mov r9, cr3
mov cr4, rax
mov rax, cr4
mov cr4, r9
mov r9, cr4
mov cr8, rax
mov rax, cr8
mov cr8, r9
mov r9, cr8
mov dr0, rax
mov rax, dr0
mov dr0, r9
mov r9, dr0
mov dr6, rax
mov rax, dr6
mov dr6, r9
mov r9, dr6
mov dr7, rax
mov rax, dr7
mov dr7, r9
mov r9, dr7
mov al, [0x1234]
mov [0x1234], al
mov al, [es:0x10]
mov [fs:0x10], al
mov ax, [0x1234]
mov [0x1234], ax
mov ax, [es:0x10]
mov [fs:0x10], ax
mov eax, [0x1234]
mov [0x1234], eax
mov eax, [es:0x10]
mov [fs:0x10], eax
mov rax, [0x1234]
mov [0x1234], rax
mov rax, [es:0x10]
mov [fs:0x10], rax
movzx ax, al
movzx r9w, al
movzx ax, cl
movzx r9w, cl
movzx ax, ah
movzx dx, byte [rax]
movzx dx, [rax]
movzx dx, byte [rsp]
movzx dx, [rsp]
movzx dx, byte [rbp]
movzx dx, [rbp]
movzx dx, byte [r12]
movzx dx, [r12]
movzx dx, byte [r13]
movzx dx, [r13]
movzx eax, al
movzx r8d, al
movzx eax, cl
movzx r8d, cl
movzx eax, ah
movzx eax, ax
movzx r8d, ax
movzx eax, dx
movzx r8d, dx
movzx ebx, byte [rax]
movzx ebx, word [rax]
movzx ebx, byte [rsp]
movzx ebx, word [rsp]
movzx ebx, byte [rbp]
movzx ebx, word [rbp]
movzx ebx, byte [r12]
movzx ebx, word [r12]
movzx ebx, byte [r13]
movzx ebx, word [r13]
movzx rax, al
movzx rsp, al
movzx rax, cl
movzx rsp, cl
movzx rax, ax
movzx rsp, ax
movzx rax, dx
movzx rsp, dx
movzx rcx, byte [rax]
movzx rcx, word [rax]
movzx rcx, byte [rsp]
movzx rcx, word [rsp]
movzx rcx, byte [rbp]
movzx rcx, word [rbp]
movzx rcx, byte [r12]
movzx rcx, word [r12]
movzx rcx, byte [r13]
movzx rcx, word [r13]
movsx ax, al
movsx r9w, al
movsx ax, cl
movsx r9w, cl
movsx ax, ah
movsx dx, byte [rax]
movsx dx, [rax]
movsx dx, byte [rsp]
movsx dx, [rsp]
movsx dx, byte [rbp]
movsx dx, [rbp]
movsx dx, byte [r12]
movsx dx, [r12]
movsx dx, byte [r13]
movsx dx, [r13]
movsx eax, al
movsx r8d, al
movsx eax, cl
movsx r8d, cl
movsx eax, ah
movsx eax, ax
movsx r8d, ax
movsx eax, dx
movsx r8d, dx
movsx ebx, byte [rax]
movsx ebx, word [rax]
movsx ebx, byte [rsp]
movsx ebx, word [rsp]
movsx ebx, byte [rbp]
movsx ebx, word [rbp]
movsx ebx, byte [r12]
movsx ebx, word [r12]
movsx ebx, byte [r13]
movsx ebx, word [r13]
movsx rax, al
movsx rsp, al
movsx rax, cl
movsx rsp, cl
movsx rax, ax
movsx rsp, ax
movsx rax, dx
movsx rsp, dx
movsx rax, eax
movsx rsp, eax
movsx rax, ebx
movsx rsp, ebx
movsx rcx, byte [rax]
movsx rcx, word [rax]
movsx rcx, byte [rsp]
movsx rcx, word [rsp]
movsx rcx, byte [rbp]
movsx rcx, word [rbp]
movsx rcx, byte [r12]
movsx rcx, word [r12]
movsx rcx, byte [r13]
movsx rcx, word [r13]
movsxd rax, eax
movsxd r10, eax
movsx r11, eax
movsxd rax, r9d
movsxd r10, r9d
movsx r11, r9d
movsxd rax, [rax]
movsxd r10, [rax]
movsxd rax, dword [rbx]
movsxd r10, dword [rbx]
movsx r11, dword [rbx]
lea dx, [rax]
lea dx, [rsp]
lea dx, [rbp]
lea dx, [r12]
lea dx, [r13]
lea dx, [r12+r13*2]
lea dx, [rbp+r8*8+0x7f]
lea dx, [rax+0x80]
lea dx, [0x1000]
lea dx, [rel lbl]
lea dx, [eax]
lea dx, [r8d+ecx]
lea dx, [gs:rax]
lea dx, [rsp+rax*4-8]
lea dx, [r9*8]
lea dx, [rcx*3+1]
lea ebx, [rax]
lea ebx, [rsp]
lea ebx, [rbp]
lea ebx, [r12]
lea ebx, [r13]
lea ebx, [r12+r13*2]
lea ebx, [rbp+r8*8+0x7f]
lea ebx, [rax+0x80]
lea ebx, [0x1000]
lea ebx, [rel lbl]
lea ebx, [eax]
lea ebx, [r8d+ecx]
lea ebx, [gs:rax]
lea ebx, [rsp+rax*4-8]
lea ebx, [r9*8]
lea ebx, [rcx*3+1]
lea rcx, [rax]
lea rcx, [rsp]
lea rcx, [rbp]
lea rcx, [r12]
lea rcx, [r13]
lea rcx, [r12+r13*2]
lea rcx, [rbp+r8*8+0x7f]
lea rcx, [rax+0x80]
lea rcx, [0x1000]
lea rcx, [rel lbl]
lea rcx, [eax]
lea rcx, [r8d+ecx]
lea rcx, [gs:rax]
lea rcx, [rsp+rax*4-8]
lea rcx, [r9*8]
lea rcx, [rcx*3+1]
not al
not cl
not ah
not sil
not r8b
not r15b
not byte [rax]
not byte [rsp]
not byte [rbp]
not byte [r12]
not byte [r13]
not byte [r12+r13*2]
not ax
not dx
not r9w
not r15w
not word [rax]
not word [rsp]
not word [rbp]
not word [r12]
not word [r13]
not word [r12+r13*2]
not eax
not ebx
not r8d
not r13d
not dword [rax]
not dword [rsp]
not dword [rbp]
not dword [r12]
not dword [r13]
not dword [r12+r13*2]
not rax
not rcx
not rsp
not rbp
not r8
not r12
not r13
not r15
not qword [rax]
not qword [rsp]
not qword [rbp]
not qword [r12]
not qword [r13]
not qword [r12+r13*2]
neg al
neg cl
neg ah
neg sil
neg r8b
neg r15b
neg byte [rax]
neg byte [rsp]
neg byte [rbp]
neg byte [r12]
neg byte [r13]
neg byte [r12+r13*2]
neg ax
neg dx
neg r9w
neg r15w
neg word [rax]
neg word [rsp]
neg word [rbp]
neg word [r12]
neg word [r13]
neg word [r12+r13*2]
neg eax
neg ebx
neg r8d
neg r13d
neg dword [rax]
neg dword [rsp]
neg dword [rbp]
neg dword [r12]
neg dword [r13]
neg dword [r12+r13*2]
neg rax
neg rcx
neg rsp
neg rbp
neg r8
neg r12
neg r13
neg r15
neg qword [rax]
neg qword [rsp]
neg qword [rbp]
neg qword [r12]
neg qword [r13]
neg qword [r12+r13*2]
mul al
mul cl
mul ah
mul sil
mul r8b
mul r15b
mul byte [rax]
mul byte [rsp]
mul byte [rbp]
mul byte [r12]
mul byte [r13]
mul byte [r12+r13*2]
mul ax
mul dx
mul r9w
mul r15w
mul word [rax]
mul word [rsp]
mul word [rbp]
mul word [r12]
mul word [r13]
mul word [r12+r13*2]
mul eax
mul ebx
mul r8d
mul r13d
mul dword [rax]
mul dword [rsp]
mul dword [rbp]
mul dword [r12]
mul dword [r13]
mul dword [r12+r13*2]
mul rax
mul rcx
mul rsp
mul rbp
mul r8
mul r12
mul r13
mul r15
mul qword [rax]
mul qword [rsp]
mul qword [rbp]
mul qword [r12]
mul qword [r13]
mul qword [r12+r13*2]
imul al
imul cl
imul ah
imul sil
imul r8b
imul r15b
imul byte [rax]
imul byte [rsp]
imul byte [rbp]
imul byte [r12]
imul byte [r13]
imul byte [r12+r13*2]
imul ax
imul dx
imul r9w
imul r15w
imul word [rax]
imul word [rsp]
imul word [rbp]
imul word [r12]
imul word [r13]
imul word [r12+r13*2]
imul eax
imul ebx
imul r8d
imul r13d
imul dword [rax]
imul dword [rsp]
imul dword [rbp]
imul dword [r12]
imul dword [r13]
imul dword [r12+r13*2]
imul rax
imul rcx
imul rsp
imul rbp
imul r8
imul r12
imul r13
imul r15
imul qword [rax]
imul qword [rsp]
imul qword [rbp]
imul qword [r12]
imul qword [r13]
imul qword [r12+r13*2]
div al
div cl
div ah
div sil
div r8b
div r15b
div byte [rax]
div byte [rsp]
div byte [rbp]
div byte [r12]
div byte [r13]
div byte [r12+r13*2]
div ax
div dx
div r9w
div r15w
div word [rax]
div word [rsp]
div word [rbp]
div word [r12]
div word [r13]
div word [r12+r13*2]
div eax
div ebx
div r8d
div r13d
div dword [rax]
div dword [rsp]
div dword [rbp]
div dword [r12]
div dword [r13]
div dword [r12+r13*2]
div rax
div rcx
div rsp
div rbp
div r8
div r12
div r13
div r15
div qword [rax]
div qword [rsp]
div qword [rbp]
div qword [r12]
div qword [r13]
div qword [r12+r13*2]
idiv al
idiv cl
idiv ah
idiv sil
idiv r8b
idiv r15b
idiv byte [rax]
idiv byte [rsp]
idiv byte [rbp]
idiv byte [r12]
idiv byte [r13]
idiv byte [r12+r13*2]
idiv ax
idiv dx
idiv r9w
idiv r15w
idiv word [rax]
idiv word [rsp]
idiv word [rbp]
idiv word [r12]
idiv word [r13]
idiv word [r12+r13*2]
idiv eax
idiv ebx
idiv r8d
idiv r13d
idiv dword [rax]
idiv dword [rsp]
idiv dword [rbp]
idiv dword [r12]
idiv dword [r13]
idiv dword [r12+r13*2]
idiv rax
idiv rcx
idiv rsp
idiv rbp
idiv r8
idiv r12
idiv r13
idiv r15
idiv qword [rax]
idiv qword [rsp]
idiv qword [rbp]
idiv qword [r12]
idiv qword [r13]
idiv qword [r12+r13*2]
inc al
inc cl
inc ah
inc sil
inc r8b
inc r15b
inc byte [rax]
inc byte [rsp]
inc byte [rbp]
inc byte [r12]
inc byte [r13]
inc byte [r12+r13*2]
inc ax
inc dx
inc r9w
inc r15w
inc word [rax]
inc word [rsp]
inc word [rbp]
inc word [r12]
inc word [r13]
inc word [r12+r13*2]
inc eax
inc ebx
inc r8d
inc r13d
inc dword [rax]
inc dword [rsp]
inc dword [rbp]
inc dword [r12]
inc dword [r13]
inc dword [r12+r13*2]
inc rax
inc rcx
inc rsp
inc rbp
inc r8
inc r12
inc r13
inc r15
inc qword [rax]
inc qword [rsp]
inc qword [rbp]
inc qword [r12]
inc qword [r13]
inc qword [r12+r13*2]
dec al
dec cl
dec ah
dec sil
dec r8b
dec r15b
dec byte [rax]
dec byte [rsp]
dec byte [rbp]
dec byte [r12]
dec byte [r13]
dec byte [r12+r13*2]
dec ax
dec dx
dec r9w
dec r15w
dec word [rax]
dec word [rsp]
dec word [rbp]
dec word [r12]
dec word [r13]
dec word [r12+r13*2]
dec eax
dec ebx
dec r8d
dec r13d
dec dword [rax]
dec dword [rsp]
dec dword [rbp]
dec dword [r12]
dec dword [r13]
dec dword [r12+r13*2]
dec rax
dec rcx
dec rsp
dec rbp
dec r8
dec r12
dec r13
dec r15
dec qword [rax]
dec qword [rsp]
dec qword [rbp]
dec qword [r12]
dec qword [r13]
dec qword [r12+r13*2]
imul dx, ax
imul dx, dx
imul dx, r9w
imul ax, [rax]
imul ax, [rsp]
imul ax, [rbp]
imul ax, [r12]
imul ax, [r13]
imul ax, [r12+r13*2]
imul ax, 0
imul dx, r9w, 0
imul r9w, [rsp], 0
imul ax, 1
imul dx, r9w, 1
imul r9w, [rsp], 1
imul ax, 0x7f
imul dx, r9w, 0x7f
imul r9w, [rsp], 0x7f
imul ax, 0x80
imul dx, r9w, 0x80
imul r9w, [rsp], 0x80
imul ax, -128
imul dx, r9w, -128
imul r9w, [rsp], -128
imul ax, -129
imul dx, r9w, -129
imul r9w, [rsp], -129
imul ax, 0x1234
imul dx, r9w, 0x1234
imul r9w, [rsp], 0x1234
imul ax, 0xffff
imul dx, r9w, 0xffff
imul r9w, [rsp], 0xffff
imul ax, -1
imul dx, r9w, -1
imul r9w, [rsp], -1
imul ax, 0x7fff
imul dx, r9w, 0x7fff
imul r9w, [rsp], 0x7fff
imul ebx, eax
imul ebx, ebx
imul ebx, r8d
imul eax, [rax]
imul eax, [rsp]
imul eax, [rbp]
imul eax, [r12]
imul eax, [r13]
imul eax, [r12+r13*2]
imul eax, 0
imul ebx, r8d, 0
imul r8d, [rsp], 0
imul eax, 2
imul ebx, r8d, 2
imul r8d, [rsp], 2
imul eax, 0x7f
imul ebx, r8d, 0x7f
imul r8d, [rsp], 0x7f
imul eax, 0x80
imul ebx, r8d, 0x80
imul r8d, [rsp], 0x80
imul eax, -128
imul ebx, r8d, -128
imul r8d, [rsp], -128
imul eax, -129
imul ebx, r8d, -129
imul r8d, [rsp], -129
imul eax, 0x1234
imul ebx, r8d, 0x1234
imul r8d, [rsp], 0x1234
imul eax, 0x12345678
imul ebx, r8d, 0x12345678
imul r8d, [rsp], 0x12345678
imul eax, 0x7fffffff
imul ebx, r8d, 0x7fffffff
imul r8d, [rsp], 0x7fffffff
imul eax, 0x80000000
imul ebx, r8d, 0x80000000
imul r8d, [rsp], 0x80000000
imul eax, 0xffffffff
imul ebx, r8d, 0xffffffff
imul r8d, [rsp], 0xffffffff
imul eax, -1
imul ebx, r8d, -1
imul r8d, [rsp], -1
imul rcx, rax
imul rcx, rcx
imul rcx, rsp
imul rax, [rax]
imul rax, [rsp]
imul rax, [rbp]
imul rax, [r12]
imul rax, [r13]
imul rax, [r12+r13*2]
imul rax, 0
imul rcx, rsp, 0
imul rsp, [rsp], 0
imul rax, 2
imul rcx, rsp, 2
imul rsp, [rsp], 2
imul rax, 0x7f
imul rcx, rsp, 0x7f
imul rsp, [rsp], 0x7f
imul rax, 0x80
imul rcx, rsp, 0x80
imul rsp, [rsp], 0x80
imul rax, -128
imul rcx, rsp, -128
imul rsp, [rsp], -128
imul rax, -129
imul rcx, rsp, -129
imul rsp, [rsp], -129
imul rax, 0x1234
imul rcx, rsp, 0x1234
imul rsp, [rsp], 0x1234
imul rax, 0x12345678
imul rcx, rsp, 0x12345678
imul rsp, [rsp], 0x12345678
imul rax, 0x7fffffff
imul rcx, rsp, 0x7fffffff
imul rsp, [rsp], 0x7fffffff
imul rax, 0x80000000
imul rcx, rsp, 0x80000000
imul rsp, [rsp], 0x80000000
imul rax, 0xffffffff
imul rcx, rsp, 0xffffffff
imul rsp, [rsp], 0xffffffff
imul rax, -1
imul rcx, rsp, -1
imul rsp, [rsp], -1
imul rax, 0x100000000
imul rcx, rsp, 0x100000000
imul rsp, [rsp], 0x100000000
imul rax, -0x80000000
imul rcx, rsp, -0x80000000
imul rsp, [rsp], -0x80000000
imul rax, -0x80000001
imul rcx, rsp, -0x80000001
imul rsp, [rsp], -0x80000001
imul rax, 0x123456789abcdef0
imul rcx, rsp, 0x123456789abcdef0
imul rsp, [rsp], 0x123456789abcdef0
rol al, 1
rol al, cl
rol al, 4
rol cl, 1
rol cl, cl
rol cl, 4
rol ah, 1
rol ah, cl
rol ah, 4
rol byte [rax], 1
rol byte [rax], cl
rol byte [rax], 31
rol byte [rsp], 1
rol byte [rsp], cl
rol byte [rsp], 31
rol byte [rbp], 1
rol byte [rbp], cl
rol byte [rbp], 31
rol byte [r12], 1
rol byte [r12], cl
rol byte [r12], 31
rol ax, 1
rol ax, cl
rol ax, 4
rol dx, 1
rol dx, cl
rol dx, 4
rol r9w, 1
rol r9w, cl
rol r9w, 4
rol word [rax], 1
rol word [rax], cl
rol word [rax], 31
rol word [rsp], 1
rol word [rsp], cl
rol word [rsp], 31
rol word [rbp], 1
rol word [rbp], cl
rol word [rbp], 31
rol word [r12], 1
rol word [r12], cl
rol word [r12], 31
rol eax, 1
rol eax, cl
rol eax, 4
rol ebx, 1
rol ebx, cl
rol ebx, 4
rol r8d, 1
rol r8d, cl
rol r8d, 4
rol dword [rax], 1
rol dword [rax], cl
rol dword [rax], 31
rol dword [rsp], 1
rol dword [rsp], cl
rol dword [rsp], 31
rol dword [rbp], 1
rol dword [rbp], cl
rol dword [rbp], 31
rol dword [r12], 1
rol dword [r12], cl
rol dword [r12], 31
rol rax, 1
rol rax, cl
rol rax, 4
rol rcx, 1
rol rcx, cl
rol rcx, 4
rol rsp, 1
rol rsp, cl
rol rsp, 4
rol qword [rax], 1
rol qword [rax], cl
rol qword [rax], 31
rol qword [rsp], 1
rol qword [rsp], cl
rol qword [rsp], 31
rol qword [rbp], 1
rol qword [rbp], cl
rol qword [rbp], 31
rol qword [r12], 1
rol qword [r12], cl
rol qword [r12], 31
rol eax, byte 1
ror al, 1
ror al, cl
ror al, 4
ror cl, 1
ror cl, cl
ror cl, 4
ror ah, 1
ror ah, cl
ror ah, 4
ror byte [rax], 1
ror byte [rax], cl
ror byte [rax], 31
ror byte [rsp], 1
ror byte [rsp], cl
ror byte [rsp], 31
ror byte [rbp], 1
ror byte [rbp], cl
ror byte [rbp], 31
ror byte [r12], 1
ror byte [r12], cl
ror byte [r12], 31
ror ax, 1
ror ax, cl
ror ax, 4
ror dx, 1
ror dx, cl
ror dx, 4
ror r9w, 1
ror r9w, cl
ror r9w, 4
ror word [rax], 1
ror word [rax], cl
ror word [rax], 31
ror word [rsp], 1
ror word [rsp], cl
ror word [rsp], 31
ror word [rbp], 1
ror word [rbp], cl
ror word [rbp], 31
ror word [r12], 1
ror word [r12], cl
ror word [r12], 31
ror eax, 1
ror eax, cl
ror eax, 4
ror ebx, 1
ror ebx, cl
ror ebx, 4
ror r8d, 1
ror r8d, cl
ror r8d, 4
ror dword [rax], 1
ror dword [rax], cl
ror dword [rax], 31
ror dword [rsp], 1
ror dword [rsp], cl
ror dword [rsp], 31
ror dword [rbp], 1
ror dword [rbp], cl
ror dword [rbp], 31
ror dword [r12], 1
ror dword [r12], cl
ror dword [r12], 31
ror rax, 1
ror rax, cl
ror rax, 4
ror rcx, 1
ror rcx, cl
ror rcx, 4
ror rsp, 1
ror rsp, cl
ror rsp, 4
ror qword [rax], 1
ror qword [rax], cl
ror qword [rax], 31
ror qword [rsp], 1
ror qword [rsp], cl
ror qword [rsp], 31
ror qword [rbp], 1
ror qword [rbp], cl
ror qword [rbp], 31
ror qword [r12], 1
ror qword [r12], cl
ror qword [r12], 31
ror eax, byte 1
rcl al, 1
rcl al, cl
rcl al, 4
rcl cl, 1
rcl cl, cl
rcl cl, 4
rcl ah, 1
rcl ah, cl
rcl ah, 4
rcl byte [rax], 1
rcl byte [rax], cl
rcl byte [rax], 31
rcl byte [rsp], 1
rcl byte [rsp], cl
rcl byte [rsp], 31
rcl byte [rbp], 1
rcl byte [rbp], cl
rcl byte [rbp], 31
rcl byte [r12], 1
rcl byte [r12], cl
rcl byte [r12], 31
rcl ax, 1
rcl ax, cl
rcl ax, 4
rcl dx, 1
rcl dx, cl
rcl dx, 4
rcl r9w, 1
rcl r9w, cl
rcl r9w, 4
rcl word [rax], 1
rcl word [rax], cl
rcl word [rax], 31
rcl word [rsp], 1
rcl word [rsp], cl
rcl word [rsp], 31
rcl word [rbp], 1
rcl word [rbp], cl
rcl word [rbp], 31
rcl word [r12], 1
rcl word [r12], cl
rcl word [r12], 31
rcl eax, 1
rcl eax, cl
rcl eax, 4
rcl ebx, 1
rcl ebx, cl
rcl ebx, 4
rcl r8d, 1
rcl r8d, cl
rcl r8d, 4
rcl dword [rax], 1
rcl dword [rax], cl
rcl dword [rax], 31
rcl dword [rsp], 1
rcl dword [rsp], cl
rcl dword [rsp], 31
rcl dword [rbp], 1
rcl dword [rbp], cl
rcl dword [rbp], 31
rcl dword [r12], 1
rcl dword [r12], cl
rcl dword [r12], 31
rcl rax, 1
rcl rax, cl
rcl rax, 4
rcl rcx, 1
rcl rcx, cl
rcl rcx, 4
rcl rsp, 1
rcl rsp, cl
rcl rsp, 4
rcl qword [rax], 1
rcl qword [rax], cl
rcl qword [rax], 31
rcl qword [rsp], 1
rcl qword [rsp], cl
rcl qword [rsp], 31
rcl qword [rbp], 1
rcl qword [rbp], cl
rcl qword [rbp], 31
rcl qword [r12], 1
rcl qword [r12], cl
rcl qword [r12], 31
rcl eax, byte 1
rcr al, 1
rcr al, cl
rcr al, 4
rcr cl, 1
rcr cl, cl
rcr cl, 4
rcr ah, 1
rcr ah, cl
rcr ah, 4
rcr byte [rax], 1
rcr byte [rax], cl
rcr byte [rax], 31
rcr byte [rsp], 1
rcr byte [rsp], cl
rcr byte [rsp], 31
rcr byte [rbp], 1
rcr byte [rbp], cl
rcr byte [rbp], 31
rcr byte [r12], 1
rcr byte [r12], cl
rcr byte [r12], 31
rcr ax, 1
rcr ax, cl
rcr ax, 4
rcr dx, 1
rcr dx, cl
rcr dx, 4
rcr r9w, 1
rcr r9w, cl
rcr r9w, 4
rcr word [rax], 1
rcr word [rax], cl
rcr word [rax], 31
rcr word [rsp], 1
rcr word [rsp], cl
rcr word [rsp], 31
rcr word [rbp], 1
rcr word [rbp], cl
rcr word [rbp], 31
rcr word [r12], 1
rcr word [r12], cl
rcr word [r12], 31
rcr eax, 1
rcr eax, cl
rcr eax, 4
rcr ebx, 1
rcr ebx, cl
rcr ebx, 4
rcr r8d, 1
rcr r8d, cl
rcr r8d, 4
rcr dword [rax], 1
rcr dword [rax], cl
rcr dword [rax], 31
rcr dword [rsp], 1
rcr dword [rsp], cl
rcr dword [rsp], 31
rcr dword [rbp], 1
rcr dword [rbp], cl
rcr dword [rbp], 31
rcr dword [r12], 1
rcr dword [r12], cl
rcr dword [r12], 31
rcr rax, 1
rcr rax, cl
rcr rax, 4
rcr rcx, 1
rcr rcx, cl
rcr rcx, 4
rcr rsp, 1
rcr rsp, cl
rcr rsp, 4
rcr qword [rax], 1
rcr qword [rax], cl
rcr qword [rax], 31
rcr qword [rsp], 1
rcr qword [rsp], cl
rcr qword [rsp], 31
rcr qword [rbp], 1
rcr qword [rbp], cl
rcr qword [rbp], 31
rcr qword [r12], 1
rcr qword [r12], cl
rcr qword [r12], 31
rcr eax, byte 1
shl al, 1
shl al, cl
shl al, 4
shl cl, 1
shl cl, cl
shl cl, 4
shl ah, 1
shl ah, cl
shl ah, 4
shl byte [rax], 1
shl byte [rax], cl
shl byte [rax], 31
shl byte [rsp], 1
shl byte [rsp], cl
shl byte [rsp], 31
shl byte [rbp], 1
shl byte [rbp], cl
shl byte [rbp], 31
shl byte [r12], 1
shl byte [r12], cl
shl byte [r12], 31
shl ax, 1
shl ax, cl
shl ax, 4
shl dx, 1
shl dx, cl
shl dx, 4
shl r9w, 1
shl r9w, cl
shl r9w, 4
shl word [rax], 1
shl word [rax], cl
shl word [rax], 31
shl word [rsp], 1
shl word [rsp], cl
shl word [rsp], 31
shl word [rbp], 1
shl word [rbp], cl
shl word [rbp], 31
shl word [r12], 1
shl word [r12], cl
shl word [r12], 31
shl eax, 1
shl eax, cl
shl eax, 4
shl ebx, 1
shl ebx, cl
shl ebx, 4
shl r8d, 1
shl r8d, cl
shl r8d, 4
shl dword [rax], 1
shl dword [rax], cl
shl dword [rax], 31
shl dword [rsp], 1
shl dword [rsp], cl
shl dword [rsp], 31
shl dword [rbp], 1
shl dword [rbp], cl
shl dword [rbp], 31
shl dword [r12], 1
shl dword [r12], cl
shl dword [r12], 31
shl rax, 1
shl rax, cl
shl rax, 4
shl rcx, 1
shl rcx, cl
shl rcx, 4
shl rsp, 1
shl rsp, cl
shl rsp, 4
shl qword [rax], 1
shl qword [rax], cl
shl qword [rax], 31
shl qword [rsp], 1
shl qword [rsp], cl
shl qword [rsp], 31
shl qword [rbp], 1
shl qword [rbp], cl
shl qword [rbp], 31
shl qword [r12], 1
shl qword [r12], cl
shl qword [r12], 31
shl eax, byte 1
shr al, 1
shr al, cl
shr al, 4
shr cl, 1
shr cl, cl
shr cl, 4
shr ah, 1
shr ah, cl
shr ah, 4
shr byte [rax], 1
shr byte [rax], cl
shr byte [rax], 31
shr byte [rsp], 1
shr byte [rsp], cl
shr byte [rsp], 31
shr byte [rbp], 1
shr byte [rbp], cl
shr byte [rbp], 31
shr byte [r12], 1
shr byte [r12], cl
shr byte [r12], 31
shr ax, 1
shr ax, cl
shr ax, 4
shr dx, 1
shr dx, cl
shr dx, 4
shr r9w, 1
shr r9w, cl
shr r9w, 4
shr word [rax], 1
shr word [rax], cl
shr word [rax], 31
shr word [rsp], 1
shr word [rsp], cl
shr word [rsp], 31
shr word [rbp], 1
shr word [rbp], cl
shr word [rbp], 31
shr word [r12], 1
shr word [r12], cl
shr word [r12], 31
shr eax, 1
shr eax, cl
shr eax, 4
shr ebx, 1
shr ebx, cl
shr ebx, 4
shr r8d, 1
shr r8d, cl
shr r8d, 4
shr dword [rax], 1
shr dword [rax], cl
shr dword [rax], 31
shr dword [rsp], 1
shr dword [rsp], cl
shr dword [rsp], 31
shr dword [rbp], 1
shr dword [rbp], cl
shr dword [rbp], 31
shr dword [r12], 1
shr dword [r12], cl
shr dword [r12], 31
shr rax, 1
shr rax, cl
shr rax, 4
shr rcx, 1
shr rcx, cl
shr rcx, 4
shr rsp, 1
shr rsp, cl
shr rsp, 4
shr qword [rax], 1
shr qword [rax], cl
shr qword [rax], 31
shr qword [rsp], 1
shr qword [rsp], cl
shr qword [rsp], 31
shr qword [rbp], 1
shr qword [rbp], cl
shr qword [rbp], 31
shr qword [r12], 1
shr qword [r12], cl
shr qword [r12], 31
shr eax, byte 1
sal al, 1
sal al, cl
sal al, 4
sal cl, 1
sal cl, cl
sal cl, 4
sal ah, 1
sal ah, cl
sal ah, 4
sal byte [rax], 1
sal byte [rax], cl
sal byte [rax], 31
sal byte [rsp], 1
sal byte [rsp], cl
sal byte [rsp], 31
sal byte [rbp], 1
sal byte [rbp], cl
sal byte [rbp], 31
sal byte [r12], 1
sal byte [r12], cl
sal byte [r12], 31
sal ax, 1
sal ax, cl
sal ax, 4
sal dx, 1
sal dx, cl
sal dx, 4
sal r9w, 1
sal r9w, cl
sal r9w, 4
sal word [rax], 1
sal word [rax], cl
sal word [rax], 31
sal word [rsp], 1
sal word [rsp], cl
sal word [rsp], 31
sal word [rbp], 1
sal word [rbp], cl
sal word [rbp], 31
sal word [r12], 1
sal word [r12], cl
sal word [r12], 31
sal eax, 1
sal eax, cl
sal eax, 4
sal ebx, 1
sal ebx, cl
sal ebx, 4
sal r8d, 1
sal r8d, cl
sal r8d, 4
sal dword [rax], 1
sal dword [rax], cl
sal dword [rax], 31
sal dword [rsp], 1
sal dword [rsp], cl
sal dword [rsp], 31
sal dword [rbp], 1
sal dword [rbp], cl
sal dword [rbp], 31
sal dword [r12], 1
sal dword [r12], cl
sal dword [r12], 31
sal rax, 1
sal rax, cl
sal rax, 4
sal rcx, 1
sal rcx, cl
sal rcx, 4
sal rsp, 1
sal rsp, cl
sal rsp, 4
sal qword [rax], 1
sal qword [rax], cl
sal qword [rax], 31
sal qword [rsp], 1
sal qword [rsp], cl
sal qword [rsp], 31
sal qword [rbp], 1
sal qword [rbp], cl
sal qword [rbp], 31
sal qword [r12], 1
sal qword [r12], cl
sal qword [r12], 31
sal eax, byte 1
sar al, 1
sar al, cl
sar al, 4
sar cl, 1
sar cl, cl
sar cl, 4
sar ah, 1
sar ah, cl
sar ah, 4
sar byte [rax], 1
sar byte [rax], cl
sar byte [rax], 31
sar byte [rsp], 1
sar byte [rsp], cl
sar byte [rsp], 31
sar byte [rbp], 1
sar byte [rbp], cl
sar byte [rbp], 31
sar byte [r12], 1
sar byte [r12], cl
sar byte [r12], 31
sar ax, 1
sar ax, cl
sar ax, 4
sar dx, 1
sar dx, cl
sar dx, 4
sar r9w, 1
sar r9w, cl
sar r9w, 4
sar word [rax], 1
sar word [rax], cl
sar word [rax], 31
sar word [rsp], 1
sar word [rsp], cl
sar word [rsp], 31
sar word [rbp], 1
sar word [rbp], cl
sar word [rbp], 31
sar word [r12], 1
sar word [r12], cl
sar word [r12], 31
sar eax, 1
sar eax, cl
sar eax, 4
sar ebx, 1
sar ebx, cl
sar ebx, 4
sar r8d, 1
sar r8d, cl
sar r8d, 4
sar dword [rax], 1
sar dword [rax], cl
sar dword [rax], 31
sar dword [rsp], 1
sar dword [rsp], cl
sar dword [rsp], 31
sar dword [rbp], 1
sar dword [rbp], cl
sar dword [rbp], 31
sar dword [r12], 1
sar dword [r12], cl
sar dword [r12], 31
sar rax, 1
sar rax, cl
sar rax, 4
sar rcx, 1
sar rcx, cl
sar rcx, 4
sar rsp, 1
sar rsp, cl
sar rsp, 4
sar qword [rax], 1
sar qword [rax], cl
sar qword [rax], 31
sar qword [rsp], 1
sar qword [rsp], cl
sar qword [rsp], 31
sar qword [rbp], 1
sar qword [rbp], cl
sar qword [rbp], 31
sar qword [r12], 1
sar qword [r12], cl
sar qword [r12], 31
sar eax, byte 1
bt ax, dx
bt ax, 5
bt dx, dx
bt dx, 5
bt r9w, dx
bt r9w, 5
bt [rax], ax
bt word [rax], 7
bt [rsp], ax
bt word [rsp], 7
bt [rbp], ax
bt word [rbp], 7
bt [r12], ax
bt word [r12], 7
bt [r13], ax
bt word [r13], 7
bt eax, ebx
bt eax, 5
bt ebx, ebx
bt ebx, 5
bt r8d, ebx
bt r8d, 5
bt [rax], eax
bt dword [rax], 7
bt [rsp], eax
bt dword [rsp], 7
bt [rbp], eax
bt dword [rbp], 7
bt [r12], eax
bt dword [r12], 7
bt [r13], eax
bt dword [r13], 7
bt rax, rcx
bt rax, 5
bt rcx, rcx
bt rcx, 5
bt rsp, rcx
bt rsp, 5
bt [rax], rax
bt qword [rax], 7
bt [rsp], rax
bt qword [rsp], 7
bt [rbp], rax
bt qword [rbp], 7
bt [r12], rax
bt qword [r12], 7
bt [r13], rax
bt qword [r13], 7
bts ax, dx
bts ax, 5
bts dx, dx
bts dx, 5
bts r9w, dx
bts r9w, 5
bts [rax], ax
bts word [rax], 7
bts [rsp], ax
bts word [rsp], 7
bts [rbp], ax
bts word [rbp], 7
bts [r12], ax
bts word [r12], 7
bts [r13], ax
bts word [r13], 7
bts eax, ebx
bts eax, 5
bts ebx, ebx
bts ebx, 5
bts r8d, ebx
bts r8d, 5
bts [rax], eax
bts dword [rax], 7
bts [rsp], eax
bts dword [rsp], 7
bts [rbp], eax
bts dword [rbp], 7
bts [r12], eax
bts dword [r12], 7
bts [r13], eax
bts dword [r13], 7
bts rax, rcx
bts rax, 5
bts rcx, rcx
bts rcx, 5
bts rsp, rcx
bts rsp, 5
bts [rax], rax
bts qword [rax], 7
bts [rsp], rax
bts qword [rsp], 7
bts [rbp], rax
bts qword [rbp], 7
bts [r12], rax
bts qword [r12], 7
bts [r13], rax
bts qword [r13], 7
btr ax, dx
btr ax, 5
btr dx, dx
btr dx, 5
btr r9w, dx
btr r9w, 5
btr [rax], ax
btr word [rax], 7
btr [rsp], ax
btr word [rsp], 7
btr [rbp], ax
btr word [rbp], 7
btr [r12], ax
btr word [r12], 7
btr [r13], ax
btr word [r13], 7
btr eax, ebx
btr eax, 5
btr ebx, ebx
btr ebx, 5
btr r8d, ebx
btr r8d, 5
btr [rax], eax
btr dword [rax], 7
btr [rsp], eax
btr dword [rsp], 7
btr [rbp], eax
btr dword [rbp], 7
btr [r12], eax
btr dword [r12], 7
btr [r13], eax
btr dword [r13], 7
btr rax, rcx
btr rax, 5
btr rcx, rcx
btr rcx, 5
btr rsp, rcx
btr rsp, 5
btr [rax], rax
btr qword [rax], 7
btr [rsp], rax
btr qword [rsp], 7
btr [rbp], rax
btr qword [rbp], 7
btr [r12], rax
btr qword [r12], 7
btr [r13], rax
btr qword [r13], 7
btc ax, dx
btc ax, 5
btc dx, dx
btc dx, 5
btc r9w, dx
btc r9w, 5
btc [rax], ax
btc word [rax], 7
btc [rsp], ax
btc word [rsp], 7
btc [rbp], ax
btc word [rbp], 7
btc [r12], ax
btc word [r12], 7
btc [r13], ax
btc word [r13], 7
btc eax, ebx
btc eax, 5
btc ebx, ebx
btc ebx, 5
btc r8d, ebx
btc r8d, 5
btc [rax], eax
btc dword [rax], 7
btc [rsp], eax
btc dword [rsp], 7
btc [rbp], eax
btc dword [rbp], 7
btc [r12], eax
btc dword [r12], 7
btc [r13], eax
btc dword [r13], 7
btc rax, rcx
btc rax, 5
btc rcx, rcx
btc rcx, 5
btc rsp, rcx
btc rsp, 5
btc [rax], rax
btc qword [rax], 7
btc [rsp], rax
btc qword [rsp], 7
btc [rbp], rax
btc qword [rbp], 7
btc [r12], rax
btc qword [r12], 7
btc [r13], rax
btc qword [r13], 7
seto al
seto cl
seto ah
seto sil
seto r8b
seto r15b
seto byte [rsp]
seto [rbp]
cmovo ax, r9w
cmovo dx, [r12]
cmovo eax, r8d
cmovo ebx, [r12]
cmovo rax, rsp
cmovo rcx, [r12]
setno al
setno cl
setno ah
setno sil
setno r8b
setno r15b
setno byte [rsp]
setno [rbp]
cmovno ax, r9w
cmovno dx, [r12]
cmovno eax, r8d
cmovno ebx, [r12]
cmovno rax, rsp
cmovno rcx, [r12]
setb al
setb cl
setb ah
setb sil
setb r8b
setb r15b
setb byte [rsp]
setb [rbp]
cmovb ax, r9w
cmovb dx, [r12]
cmovb eax, r8d
cmovb ebx, [r12]
cmovb rax, rsp
cmovb rcx, [r12]
setc al
setc cl
setc ah
setc sil
setc r8b
setc r15b
setc byte [rsp]
setc [rbp]
cmovc ax, r9w
cmovc dx, [r12]
cmovc eax, r8d
cmovc ebx, [r12]
cmovc rax, rsp
cmovc rcx, [r12]
setnae al
setnae cl
setnae ah
setnae sil
setnae r8b
setnae r15b
setnae byte [rsp]
setnae [rbp]
cmovnae ax, r9w
cmovnae dx, [r12]
cmovnae eax, r8d
cmovnae ebx, [r12]
cmovnae rax, rsp
cmovnae rcx, [r12]
setae al
setae cl
setae ah
setae sil
setae r8b
setae r15b
setae byte [rsp]
setae [rbp]
cmovae ax, r9w
cmovae dx, [r12]
cmovae eax, r8d
cmovae ebx, [r12]
cmovae rax, rsp
cmovae rcx, [r12]
setnb al
setnb cl
setnb ah
setnb sil
setnb r8b
setnb r15b
setnb byte [rsp]
setnb [rbp]
cmovnb ax, r9w
cmovnb dx, [r12]
cmovnb eax, r8d
cmovnb ebx, [r12]
cmovnb rax, rsp
cmovnb rcx, [r12]
setnc al
setnc cl
setnc ah
setnc sil
setnc r8b
setnc r15b
setnc byte [rsp]
setnc [rbp]
cmovnc ax, r9w
cmovnc dx, [r12]
cmovnc eax, r8d
cmovnc ebx, [r12]
cmovnc rax, rsp
cmovnc rcx, [r12]
sete al
sete cl
sete ah
sete sil
sete r8b
sete r15b
sete byte [rsp]
sete [rbp]
cmove ax, r9w
cmove dx, [r12]
cmove eax, r8d
cmove ebx, [r12]
cmove rax, rsp
cmove rcx, [r12]
setz al
setz cl
setz ah
setz sil
setz r8b
setz r15b
setz byte [rsp]
setz [rbp]
cmovz ax, r9w
cmovz dx, [r12]
cmovz eax, r8d
cmovz ebx, [r12]
cmovz rax, rsp
cmovz rcx, [r12]
setne al
setne cl
setne ah
setne sil
setne r8b
setne r15b
setne byte [rsp]
setne [rbp]
cmovne ax, r9w
cmovne dx, [r12]
cmovne eax, r8d
cmovne ebx, [r12]
cmovne rax, rsp
cmovne rcx, [r12]
setnz al
setnz cl
setnz ah
setnz sil
setnz r8b
setnz r15b
setnz byte [rsp]
setnz [rbp]
cmovnz ax, r9w
cmovnz dx, [r12]
cmovnz eax, r8d
cmovnz ebx, [r12]
cmovnz rax, rsp
cmovnz rcx, [r12]
setbe al
setbe cl
setbe ah
setbe sil
setbe r8b
setbe r15b
setbe byte [rsp]
setbe [rbp]
cmovbe ax, r9w
cmovbe dx, [r12]
cmovbe eax, r8d
cmovbe ebx, [r12]
cmovbe rax, rsp
cmovbe rcx, [r12]
setna al
setna cl
setna ah
setna sil
setna r8b
setna r15b
setna byte [rsp]
setna [rbp]
cmovna ax, r9w
cmovna dx, [r12]
cmovna eax, r8d
cmovna ebx, [r12]
cmovna rax, rsp
cmovna rcx, [r12]
seta al
seta cl
seta ah
seta sil
seta r8b
seta r15b
seta byte [rsp]
seta [rbp]
cmova ax, r9w
cmova dx, [r12]
cmova eax, r8d
cmova ebx, [r12]
cmova rax, rsp
cmova rcx, [r12]
setnbe al
setnbe cl
setnbe ah
setnbe sil
setnbe r8b
setnbe r15b
setnbe byte [rsp]
setnbe [rbp]
cmovnbe ax, r9w
cmovnbe dx, [r12]
cmovnbe eax, r8d
cmovnbe ebx, [r12]
cmovnbe rax, rsp
cmovnbe rcx, [r12]
sets al
sets cl
sets ah
sets sil
sets r8b
sets r15b
sets byte [rsp]
sets [rbp]
cmovs ax, r9w
cmovs dx, [r12]
cmovs eax, r8d
cmovs ebx, [r12]
cmovs rax, rsp
cmovs rcx, [r12]
setns al
setns cl
setns ah
setns sil
setns r8b
setns r15b
setns byte [rsp]
setns [rbp]
cmovns ax, r9w
cmovns dx, [r12]
cmovns eax, r8d
cmovns ebx, [r12]
cmovns rax, rsp
cmovns rcx, [r12]
setp al
setp cl
setp ah
setp sil
setp r8b
setp r15b
setp byte [rsp]
setp [rbp]
cmovp ax, r9w
cmovp dx, [r12]
cmovp eax, r8d
cmovp ebx, [r12]
cmovp rax, rsp
cmovp rcx, [r12]
setpe al
setpe cl
setpe ah
setpe sil
setpe r8b
setpe r15b
setpe byte [rsp]
setpe [rbp]
cmovpe ax, r9w
cmovpe dx, [r12]
cmovpe eax, r8d
cmovpe ebx, [r12]
cmovpe rax, rsp
cmovpe rcx, [r12]
setnp al
setnp cl
setnp ah
setnp sil
setnp r8b
setnp r15b
setnp byte [rsp]
setnp [rbp]
cmovnp ax, r9w
cmovnp dx, [r12]
cmovnp eax, r8d
cmovnp ebx, [r12]
cmovnp rax, rsp
cmovnp rcx, [r12]
setpo al
setpo cl
setpo ah
setpo sil
setpo r8b
setpo r15b
setpo byte [rsp]
setpo [rbp]
cmovpo ax, r9w
cmovpo dx, [r12]
cmovpo eax, r8d
cmovpo ebx, [r12]
cmovpo rax, rsp
cmovpo rcx, [r12]
setl al
setl cl
setl ah
setl sil
setl r8b
setl r15b
setl byte [rsp]
setl [rbp]
cmovl ax, r9w
cmovl dx, [r12]
cmovl eax, r8d
cmovl ebx, [r12]
cmovl rax, rsp
cmovl rcx, [r12]
setnge al
setnge cl
setnge ah
setnge sil
setnge r8b
setnge r15b
setnge byte [rsp]
setnge [rbp]
cmovnge ax, r9w
cmovnge dx, [r12]
cmovnge eax, r8d
cmovnge ebx, [r12]
cmovnge rax, rsp
cmovnge rcx, [r12]
setge al
setge cl
setge ah
setge sil
setge r8b
setge r15b
setge byte [rsp]
setge [rbp]
cmovge ax, r9w
cmovge dx, [r12]
cmovge eax, r8d
cmovge ebx, [r12]
cmovge rax, rsp
cmovge rcx, [r12]
setnl al
setnl cl
setnl ah
setnl sil
setnl r8b
setnl r15b
setnl byte [rsp]
setnl [rbp]
cmovnl ax, r9w
cmovnl dx, [r12]
cmovnl eax, r8d
cmovnl ebx, [r12]
cmovnl rax, rsp
cmovnl rcx, [r12]
setle al
setle cl
setle ah
setle sil
setle r8b
setle r15b
setle byte [rsp]
setle [rbp]
cmovle ax, r9w
cmovle dx, [r12]
cmovle eax, r8d
cmovle ebx, [r12]
cmovle rax, rsp
cmovle rcx, [r12]
setng al
setng cl
setng ah
setng sil
setng r8b
setng r15b
setng byte [rsp]
setng [rbp]
cmovng ax, r9w
cmovng dx, [r12]
cmovng eax, r8d
cmovng ebx, [r12]
cmovng rax, rsp
cmovng rcx, [r12]
setg al
setg cl
setg ah
setg sil
setg r8b
setg r15b
setg byte [rsp]
setg [rbp]
cmovg ax, r9w
cmovg dx, [r12]
cmovg eax, r8d
cmovg ebx, [r12]
cmovg rax, rsp
cmovg rcx, [r12]
setnle al
setnle cl
setnle ah
setnle sil
setnle r8b
setnle r15b
setnle byte [rsp]
setnle [rbp]
cmovnle ax, r9w
cmovnle dx, [r12]
cmovnle eax, r8d
cmovnle ebx, [r12]
cmovnle rax, rsp
cmovnle rcx, [r12]
push ax
pop ax
push dx
pop dx
push r9w
pop r9w
push r15w
pop r15w
push word [rax]
pop word [rax]
push word [rsp]
pop word [rsp]
push word [rbp]
pop word [rbp]
push word [r12]
pop word [r12]
push word [r13]
pop word [r13]
push word [r12+r13*2]
pop word [r12+r13*2]
push rax
pop rax
push rcx
pop rcx
push rsp
pop rsp
push rbp
pop rbp
push r8
pop r8
push r12
pop r12
push r13
pop r13
push r15
pop r15
push qword [rax]
pop qword [rax]
push qword [rsp]
pop qword [rsp]
push qword [rbp]
pop qword [rbp]
push qword [r12]
pop qword [r12]
push qword [r13]
pop qword [r13]
push qword [r12+r13*2]
pop qword [r12+r13*2]
push 0
push word 0
push dword 0
push qword 0
push byte 0
push 2
push word 2
push dword 2
push qword 2
push byte 2
push 0x7f
push word 0x7f
push dword 0x7f
push qword 0x7f
push byte 0x7f
push 0x80
push word 0x80
push dword 0x80
push qword 0x80
push byte 0x80
push -128
push word -128
push dword -128
push qword -128
push byte -128
push -129
push word -129
push dword -129
push qword -129
push byte -129
push 0x1234
push word 0x1234
push dword 0x1234
push qword 0x1234
push byte 0x1234
push 0x12345678
push word 0x12345678
push dword 0x12345678
push qword 0x12345678
push byte 0x12345678
push 0x7fffffff
push word 0x7fffffff
push dword 0x7fffffff
push qword 0x7fffffff
push byte 0x7fffffff
push 0x80000000
push word 0x80000000
push dword 0x80000000
push qword 0x80000000
push byte 0x80000000
push 0xffffffff
push word 0xffffffff
push dword 0xffffffff
push qword 0xffffffff
push byte 0xffffffff
push -1
push word -1
push dword -1
push qword -1
push byte -1
push 0x1234
push word 0x1234
push dword 0x1234
push qword 0x1234
push byte 0x1234
push -0x81
push word -0x81
push dword -0x81
push qword -0x81
push byte -0x81
push lbl
push strict dword 5
push strict word 5
movsb
rep movsb
repne movsb
repz movsb
movsw
rep movsw
repne movsw
repz movsw
movsd
rep movsd
repne movsd
repz movsd
movsq
rep movsq
repne movsq
repz movsq
cmpsb
rep cmpsb
repne cmpsb
repz cmpsb
cmpsw
rep cmpsw
repne cmpsw
repz cmpsw
cmpsd
rep cmpsd
repne cmpsd
repz cmpsd
cmpsq
rep cmpsq
repne cmpsq
repz cmpsq
stosb
rep stosb
repne stosb
repz stosb
stosw
rep stosw
repne stosw
repz stosw
stosd
rep stosd
repne stosd
repz stosd
stosq
rep stosq
repne stosq
repz stosq
lodsb
rep lodsb
repne lodsb
repz lodsb
lodsw
rep lodsw
repne lodsw
repz lodsw
lodsd
rep lodsd
repne lodsd
repz lodsd
lodsq
rep lodsq
repne lodsq
repz lodsq
scasb
rep scasb
repne scasb
repz scasb
scasw
rep scasw
repne scasw
repz scasw
scasd
rep scasd
repne scasd
repz scasd
scasq
rep scasq
repne scasq
repz scasq
insb
rep insb
repne insb
repz insb
insw
rep insw
repne insw
repz insw
insd
rep insd
repne insd
repz insd
insq
outsb
rep outsb
repne outsb
repz outsb
outsw
rep outsw
repne outsw
repz outsw
outsd
rep outsd
repne outsd
repz outsd
outsq
in al, 0x60
in al, dx
out 0x60, al
out dx, al
in al, 0xff
in ax, 0x60
in ax, dx
out 0x60, ax
out dx, ax
in ax, 0xff
in eax, 0x60
in eax, dx
out 0x60, eax
out dx, eax
in eax, 0xff
nop
pause
hlt
cli
sti
cld
std
clc
stc
cmc
sahf
lahf
leave
xlat
xlatb
cbw
cwde
cdqe
cwd
cdq
cqo
pushf
popf
pushfw
popfw
pushfq
popfq
int3
int1
icebp
iret
iretw
iretd
iretq
cpuid
rdmsr
wrmsr
rdtsc
rdtscp
rdpmc
wbinvd
invd
ud2
clts
vmcall
vmlaunch
vmresume
vmxoff
vmmcall
rep vmmcall
vmrun
vmload
vmsave
stgi
clgi
monitor
mwait
xgetbv
xsetbv
swapgs
syscall
sysret
sysenter
sysexit
rsm
lfence
mfence
sfence
wait
fwait
ret
retn
retf
retfw
retfd
retfq
ret 8
retf 0x10
ret 0xffff
lock add [ebx], eax
lock xchg [ebx], eax
rep ret
o16 stosd
o32 lodsw
a32 stosb
es lodsb
fs movsb
lock
rep
int 0x10
int 3
int 0xff
enter 8, 0
enter 0x1234, 1
bswap eax
bswap edi
bswap rax
bswap r12
bswap r9d
lgdt [rax]
o32 lgdt [rax]
lgdt [rsp]
o32 lgdt [rsp]
lgdt [rbp]
o32 lgdt [rbp]
lgdt [r12]
o32 lgdt [r12]
lgdt [r13]
o32 lgdt [r13]
lgdt [r12+r13*2]
o32 lgdt [r12+r13*2]
lidt [rax]
o32 lidt [rax]
lidt [rsp]
o32 lidt [rsp]
lidt [rbp]
o32 lidt [rbp]
lidt [r12]
o32 lidt [r12]
lidt [r13]
o32 lidt [r13]
lidt [r12+r13*2]
o32 lidt [r12+r13*2]
sgdt [rax]
o32 sgdt [rax]
sgdt [rsp]
o32 sgdt [rsp]
sgdt [rbp]
o32 sgdt [rbp]
sgdt [r12]
o32 sgdt [r12]
sgdt [r13]
o32 sgdt [r13]
sgdt [r12+r13*2]
o32 sgdt [r12+r13*2]
sidt [rax]
o32 sidt [rax]
sidt [rsp]
o32 sidt [rsp]
sidt [rbp]
o32 sidt [rbp]
sidt [r12]
o32 sidt [r12]
sidt [r13]
o32 sidt [r13]
sidt [r12+r13*2]
o32 sidt [r12+r13*2]
invlpg [rax]
o32 invlpg [rax]
invlpg [rsp]
o32 invlpg [rsp]
invlpg [rbp]
o32 invlpg [rbp]
invlpg [r12]
o32 invlpg [r12]
invlpg [r13]
o32 invlpg [r13]
invlpg [r12+r13*2]
o32 invlpg [r12+r13*2]
lldt ax
lldt bx
lldt [rax]
lldt word [rax]
lldt [rsp]
lldt word [rsp]
lldt [rbp]
lldt word [rbp]
ltr ax
ltr bx
ltr [rax]
ltr word [rax]
ltr [rsp]
ltr word [rsp]
ltr [rbp]
ltr word [rbp]
verr ax
verr bx
verr [rax]
verr word [rax]
verr [rsp]
verr word [rsp]
verr [rbp]
verr word [rbp]
verw ax
verw bx
verw [rax]
verw word [rax]
verw [rsp]
verw word [rsp]
verw [rbp]
verw word [rbp]
lmsw ax
lmsw bx
lmsw [rax]
lmsw word [rax]
lmsw [rsp]
lmsw word [rsp]
lmsw [rbp]
lmsw word [rbp]
sldt ax
sldt bx
sldt eax
sldt rax
sldt [rax]
sldt word [rax]
sldt [rsp]
sldt word [rsp]
sldt [rbp]
sldt word [rbp]
str ax
str bx
str eax
str rax
str [rax]
str word [rax]
str [rsp]
str word [rsp]
str [rbp]
str word [rbp]
smsw ax
smsw bx
smsw eax
smsw rax
smsw [rax]
smsw word [rax]
smsw [rsp]
smsw word [rsp]
smsw [rbp]
smsw word [rbp]
jmp rax
jmp r9
jmp [rax]
jmp qword [rax]
jmp far [rax]
jmp far word [rax]
jmp far dword [rax]
jmp far qword [rax]
jmp [rsp]
jmp qword [rsp]
jmp far [rsp]
jmp far word [rsp]
jmp far dword [rsp]
jmp far qword [rsp]
jmp [rbp]
jmp qword [rbp]
jmp far [rbp]
jmp far word [rbp]
jmp far dword [rbp]
jmp far qword [rbp]
jmp [r12]
jmp qword [r12]
jmp far [r12]
jmp far word [r12]
jmp far dword [r12]
jmp far qword [r12]
jmp [r13]
jmp qword [r13]
jmp far [r13]
jmp far word [r13]
jmp far dword [r13]
jmp far qword [r13]
jmp [r12+r13*2]
jmp qword [r12+r13*2]
jmp far [r12+r13*2]
jmp far word [r12+r13*2]
jmp far dword [r12+r13*2]
jmp far qword [r12+r13*2]
call rax
call r9
call [rax]
call qword [rax]
call far [rax]
call far word [rax]
call far dword [rax]
call far qword [rax]
call [rsp]
call qword [rsp]
call far [rsp]
call far word [rsp]
call far dword [rsp]
call far qword [rsp]
call [rbp]
call qword [rbp]
call far [rbp]
call far word [rbp]
call far dword [rbp]
call far qword [rbp]
call [r12]
call qword [r12]
call far [r12]
call far word [r12]
call far dword [r12]
call far qword [r12]
call [r13]
call qword [r13]
call far [r13]
call far word [r13]
call far dword [r13]
call far qword [r13]
call [r12+r13*2]
call qword [r12+r13*2]
call far [r12+r13*2]
call far word [r12+r13*2]
call far dword [r12+r13*2]
call far qword [r12+r13*2]
movdqu xmm0, xmm1
movdqu xmm1, xmm1
movdqu xmm8, xmm1
movdqu xmm15, xmm1
movdqu xmm8, [rax]
movdqu [rax], xmm0
movdqu xmm0, oword [rax]
movdqu xmm8, [rsp]
movdqu [rsp], xmm0
movdqu xmm0, oword [rsp]
movdqu xmm8, [rbp]
movdqu [rbp], xmm0
movdqu xmm0, oword [rbp]
movdqu xmm8, [r12]
movdqu [r12], xmm0
movdqu xmm0, oword [r12]
movdqu xmm8, [r13]
movdqu [r13], xmm0
movdqu xmm0, oword [r13]
movdqu xmm8, [r12+r13*2]
movdqu [r12+r13*2], xmm0
movdqu xmm0, oword [r12+r13*2]
movdqu xmm8, [rbp+r8*8+0x7f]
movdqu [rbp+r8*8+0x7f], xmm0
movdqu xmm0, oword [rbp+r8*8+0x7f]
movdqu xmm8, [rax+0x80]
movdqu [rax+0x80], xmm0
movdqu xmm0, oword [rax+0x80]
movdqa xmm0, xmm1
movdqa xmm1, xmm1
movdqa xmm8, xmm1
movdqa xmm15, xmm1
movdqa xmm8, [rax]
movdqa [rax], xmm0
movdqa xmm0, oword [rax]
movdqa xmm8, [rsp]
movdqa [rsp], xmm0
movdqa xmm0, oword [rsp]
movdqa xmm8, [rbp]
movdqa [rbp], xmm0
movdqa xmm0, oword [rbp]
movdqa xmm8, [r12]
movdqa [r12], xmm0
movdqa xmm0, oword [r12]
movdqa xmm8, [r13]
movdqa [r13], xmm0
movdqa xmm0, oword [r13]
movdqa xmm8, [r12+r13*2]
movdqa [r12+r13*2], xmm0
movdqa xmm0, oword [r12+r13*2]
movdqa xmm8, [rbp+r8*8+0x7f]
movdqa [rbp+r8*8+0x7f], xmm0
movdqa xmm0, oword [rbp+r8*8+0x7f]
movdqa xmm8, [rax+0x80]
movdqa [rax+0x80], xmm0
movdqa xmm0, oword [rax+0x80]
movups xmm0, xmm1
movups xmm1, xmm1
movups xmm8, xmm1
movups xmm15, xmm1
movups xmm8, [rax]
movups [rax], xmm0
movups xmm0, oword [rax]
movups xmm8, [rsp]
movups [rsp], xmm0
movups xmm0, oword [rsp]
movups xmm8, [rbp]
movups [rbp], xmm0
movups xmm0, oword [rbp]
movups xmm8, [r12]
movups [r12], xmm0
movups xmm0, oword [r12]
movups xmm8, [r13]
movups [r13], xmm0
movups xmm0, oword [r13]
movups xmm8, [r12+r13*2]
movups [r12+r13*2], xmm0
movups xmm0, oword [r12+r13*2]
movups xmm8, [rbp+r8*8+0x7f]
movups [rbp+r8*8+0x7f], xmm0
movups xmm0, oword [rbp+r8*8+0x7f]
movups xmm8, [rax+0x80]
movups [rax+0x80], xmm0
movups xmm0, oword [rax+0x80]
movaps xmm0, xmm1
movaps xmm1, xmm1
movaps xmm8, xmm1
movaps xmm15, xmm1
movaps xmm8, [rax]
movaps [rax], xmm0
movaps xmm0, oword [rax]
movaps xmm8, [rsp]
movaps [rsp], xmm0
movaps xmm0, oword [rsp]
movaps xmm8, [rbp]
movaps [rbp], xmm0
movaps xmm0, oword [rbp]
movaps xmm8, [r12]
movaps [r12], xmm0
movaps xmm0, oword [r12]
movaps xmm8, [r13]
movaps [r13], xmm0
movaps xmm0, oword [r13]
movaps xmm8, [r12+r13*2]
movaps [r12+r13*2], xmm0
movaps xmm0, oword [r12+r13*2]
movaps xmm8, [rbp+r8*8+0x7f]
movaps [rbp+r8*8+0x7f], xmm0
movaps xmm0, oword [rbp+r8*8+0x7f]
movaps xmm8, [rax+0x80]
movaps [rax+0x80], xmm0
movaps xmm0, oword [rax+0x80]
movupd xmm0, xmm1
movupd xmm1, xmm1
movupd xmm8, xmm1
movupd xmm15, xmm1
movupd xmm8, [rax]
movupd [rax], xmm0
movupd xmm0, oword [rax]
movupd xmm8, [rsp]
movupd [rsp], xmm0
movupd xmm0, oword [rsp]
movupd xmm8, [rbp]
movupd [rbp], xmm0
movupd xmm0, oword [rbp]
movupd xmm8, [r12]
movupd [r12], xmm0
movupd xmm0, oword [r12]
movupd xmm8, [r13]
movupd [r13], xmm0
movupd xmm0, oword [r13]
movupd xmm8, [r12+r13*2]
movupd [r12+r13*2], xmm0
movupd xmm0, oword [r12+r13*2]
movupd xmm8, [rbp+r8*8+0x7f]
movupd [rbp+r8*8+0x7f], xmm0
movupd xmm0, oword [rbp+r8*8+0x7f]
movupd xmm8, [rax+0x80]
movupd [rax+0x80], xmm0
movupd xmm0, oword [rax+0x80]
movapd xmm0, xmm1
movapd xmm1, xmm1
movapd xmm8, xmm1
movapd xmm15, xmm1
movapd xmm8, [rax]
movapd [rax], xmm0
movapd xmm0, oword [rax]
movapd xmm8, [rsp]
movapd [rsp], xmm0
movapd xmm0, oword [rsp]
movapd xmm8, [rbp]
movapd [rbp], xmm0
movapd xmm0, oword [rbp]
movapd xmm8, [r12]
movapd [r12], xmm0
movapd xmm0, oword [r12]
movapd xmm8, [r13]
movapd [r13], xmm0
movapd xmm0, oword [r13]
movapd xmm8, [r12+r13*2]
movapd [r12+r13*2], xmm0
movapd xmm0, oword [r12+r13*2]
movapd xmm8, [rbp+r8*8+0x7f]
movapd [rbp+r8*8+0x7f], xmm0
movapd xmm0, oword [rbp+r8*8+0x7f]
movapd xmm8, [rax+0x80]
movapd [rax+0x80], xmm0
movapd xmm0, oword [rax+0x80]
xorps xmm0, xmm1
xorps xmm1, xmm1
xorps xmm8, xmm1
xorps xmm15, xmm1
xorps xmm8, [rax]
xorps xmm0, oword [rax]
xorps xmm8, [rsp]
xorps xmm0, oword [rsp]
xorps xmm8, [rbp]
xorps xmm0, oword [rbp]
xorps xmm8, [r12]
xorps xmm0, oword [r12]
xorps xmm8, [r13]
xorps xmm0, oword [r13]
xorps xmm8, [r12+r13*2]
xorps xmm0, oword [r12+r13*2]
xorps xmm8, [rbp+r8*8+0x7f]
xorps xmm0, oword [rbp+r8*8+0x7f]
xorps xmm8, [rax+0x80]
xorps xmm0, oword [rax+0x80]
andps xmm0, xmm1
andps xmm1, xmm1
andps xmm8, xmm1
andps xmm15, xmm1
andps xmm8, [rax]
andps xmm0, oword [rax]
andps xmm8, [rsp]
andps xmm0, oword [rsp]
andps xmm8, [rbp]
andps xmm0, oword [rbp]
andps xmm8, [r12]
andps xmm0, oword [r12]
andps xmm8, [r13]
andps xmm0, oword [r13]
andps xmm8, [r12+r13*2]
andps xmm0, oword [r12+r13*2]
andps xmm8, [rbp+r8*8+0x7f]
andps xmm0, oword [rbp+r8*8+0x7f]
andps xmm8, [rax+0x80]
andps xmm0, oword [rax+0x80]
orps xmm0, xmm1
orps xmm1, xmm1
orps xmm8, xmm1
orps xmm15, xmm1
orps xmm8, [rax]
orps xmm0, oword [rax]
orps xmm8, [rsp]
orps xmm0, oword [rsp]
orps xmm8, [rbp]
orps xmm0, oword [rbp]
orps xmm8, [r12]
orps xmm0, oword [r12]
orps xmm8, [r13]
orps xmm0, oword [r13]
orps xmm8, [r12+r13*2]
orps xmm0, oword [r12+r13*2]
orps xmm8, [rbp+r8*8+0x7f]
orps xmm0, oword [rbp+r8*8+0x7f]
orps xmm8, [rax+0x80]
orps xmm0, oword [rax+0x80]
pxor xmm0, xmm1
pxor xmm1, xmm1
pxor xmm8, xmm1
pxor xmm15, xmm1
pxor xmm8, [rax]
pxor xmm0, oword [rax]
pxor xmm8, [rsp]
pxor xmm0, oword [rsp]
pxor xmm8, [rbp]
pxor xmm0, oword [rbp]
pxor xmm8, [r12]
pxor xmm0, oword [r12]
pxor xmm8, [r13]
pxor xmm0, oword [r13]
pxor xmm8, [r12+r13*2]
pxor xmm0, oword [r12+r13*2]
pxor xmm8, [rbp+r8*8+0x7f]
pxor xmm0, oword [rbp+r8*8+0x7f]
pxor xmm8, [rax+0x80]
pxor xmm0, oword [rax+0x80]
por xmm0, xmm1
por xmm1, xmm1
por xmm8, xmm1
por xmm15, xmm1
por xmm8, [rax]
por xmm0, oword [rax]
por xmm8, [rsp]
por xmm0, oword [rsp]
por xmm8, [rbp]
por xmm0, oword [rbp]
por xmm8, [r12]
por xmm0, oword [r12]
por xmm8, [r13]
por xmm0, oword [r13]
por xmm8, [r12+r13*2]
por xmm0, oword [r12+r13*2]
por xmm8, [rbp+r8*8+0x7f]
por xmm0, oword [rbp+r8*8+0x7f]
por xmm8, [rax+0x80]
por xmm0, oword [rax+0x80]
pand xmm0, xmm1
pand xmm1, xmm1
pand xmm8, xmm1
pand xmm15, xmm1
pand xmm8, [rax]
pand xmm0, oword [rax]
pand xmm8, [rsp]
pand xmm0, oword [rsp]
pand xmm8, [rbp]
pand xmm0, oword [rbp]
pand xmm8, [r12]
pand xmm0, oword [r12]
pand xmm8, [r13]
pand xmm0, oword [r13]
pand xmm8, [r12+r13*2]
pand xmm0, oword [r12+r13*2]
pand xmm8, [rbp+r8*8+0x7f]
pand xmm0, oword [rbp+r8*8+0x7f]
pand xmm8, [rax+0x80]
pand xmm0, oword [rax+0x80]
pandn xmm0, xmm1
pandn xmm1, xmm1
pandn xmm8, xmm1
pandn xmm15, xmm1
pandn xmm8, [rax]
pandn xmm0, oword [rax]
pandn xmm8, [rsp]
pandn xmm0, oword [rsp]
pandn xmm8, [rbp]
pandn xmm0, oword [rbp]
pandn xmm8, [r12]
pandn xmm0, oword [r12]
pandn xmm8, [r13]
pandn xmm0, oword [r13]
pandn xmm8, [r12+r13*2]
pandn xmm0, oword [r12+r13*2]
pandn xmm8, [rbp+r8*8+0x7f]
pandn xmm0, oword [rbp+r8*8+0x7f]
pandn xmm8, [rax+0x80]
pandn xmm0, oword [rax+0x80]
paddb xmm0, xmm1
paddb xmm1, xmm1
paddb xmm8, xmm1
paddb xmm15, xmm1
paddb xmm8, [rax]
paddb xmm0, oword [rax]
paddb xmm8, [rsp]
paddb xmm0, oword [rsp]
paddb xmm8, [rbp]
paddb xmm0, oword [rbp]
paddb xmm8, [r12]
paddb xmm0, oword [r12]
paddb xmm8, [r13]
paddb xmm0, oword [r13]
paddb xmm8, [r12+r13*2]
paddb xmm0, oword [r12+r13*2]
paddb xmm8, [rbp+r8*8+0x7f]
paddb xmm0, oword [rbp+r8*8+0x7f]
paddb xmm8, [rax+0x80]
paddb xmm0, oword [rax+0x80]
paddw xmm0, xmm1
paddw xmm1, xmm1
paddw xmm8, xmm1
paddw xmm15, xmm1
paddw xmm8, [rax]
paddw xmm0, oword [rax]
paddw xmm8, [rsp]
paddw xmm0, oword [rsp]
paddw xmm8, [rbp]
paddw xmm0, oword [rbp]
paddw xmm8, [r12]
paddw xmm0, oword [r12]
paddw xmm8, [r13]
paddw xmm0, oword [r13]
paddw xmm8, [r12+r13*2]
paddw xmm0, oword [r12+r13*2]
paddw xmm8, [rbp+r8*8+0x7f]
paddw xmm0, oword [rbp+r8*8+0x7f]
paddw xmm8, [rax+0x80]
paddw xmm0, oword [rax+0x80]
paddd xmm0, xmm1
paddd xmm1, xmm1
paddd xmm8, xmm1
paddd xmm15, xmm1
paddd xmm8, [rax]
paddd xmm0, oword [rax]
paddd xmm8, [rsp]
paddd xmm0, oword [rsp]
paddd xmm8, [rbp]
paddd xmm0, oword [rbp]
paddd xmm8, [r12]
paddd xmm0, oword [r12]
paddd xmm8, [r13]
paddd xmm0, oword [r13]
paddd xmm8, [r12+r13*2]
paddd xmm0, oword [r12+r13*2]
paddd xmm8, [rbp+r8*8+0x7f]
paddd xmm0, oword [rbp+r8*8+0x7f]
paddd xmm8, [rax+0x80]
paddd xmm0, oword [rax+0x80]
paddq xmm0, xmm1
paddq xmm1, xmm1
paddq xmm8, xmm1
paddq xmm15, xmm1
paddq xmm8, [rax]
paddq xmm0, oword [rax]
paddq xmm8, [rsp]
paddq xmm0, oword [rsp]
paddq xmm8, [rbp]
paddq xmm0, oword [rbp]
paddq xmm8, [r12]
paddq xmm0, oword [r12]
paddq xmm8, [r13]
paddq xmm0, oword [r13]
paddq xmm8, [r12+r13*2]
paddq xmm0, oword [r12+r13*2]
paddq xmm8, [rbp+r8*8+0x7f]
paddq xmm0, oword [rbp+r8*8+0x7f]
paddq xmm8, [rax+0x80]
paddq xmm0, oword [rax+0x80]
psubb xmm0, xmm1
psubb xmm1, xmm1
psubb xmm8, xmm1
psubb xmm15, xmm1
psubb xmm8, [rax]
psubb xmm0, oword [rax]
psubb xmm8, [rsp]
psubb xmm0, oword [rsp]
psubb xmm8, [rbp]
psubb xmm0, oword [rbp]
psubb xmm8, [r12]
psubb xmm0, oword [r12]
psubb xmm8, [r13]
psubb xmm0, oword [r13]
psubb xmm8, [r12+r13*2]
psubb xmm0, oword [r12+r13*2]
psubb xmm8, [rbp+r8*8+0x7f]
psubb xmm0, oword [rbp+r8*8+0x7f]
psubb xmm8, [rax+0x80]
psubb xmm0, oword [rax+0x80]
psubw xmm0, xmm1
psubw xmm1, xmm1
psubw xmm8, xmm1
psubw xmm15, xmm1
psubw xmm8, [rax]
psubw xmm0, oword [rax]
psubw xmm8, [rsp]
psubw xmm0, oword [rsp]
psubw xmm8, [rbp]
psubw xmm0, oword [rbp]
psubw xmm8, [r12]
psubw xmm0, oword [r12]
psubw xmm8, [r13]
psubw xmm0, oword [r13]
psubw xmm8, [r12+r13*2]
psubw xmm0, oword [r12+r13*2]
psubw xmm8, [rbp+r8*8+0x7f]
psubw xmm0, oword [rbp+r8*8+0x7f]
psubw xmm8, [rax+0x80]
psubw xmm0, oword [rax+0x80]
psubd xmm0, xmm1
psubd xmm1, xmm1
psubd xmm8, xmm1
psubd xmm15, xmm1
psubd xmm8, [rax]
psubd xmm0, oword [rax]
psubd xmm8, [rsp]
psubd xmm0, oword [rsp]
psubd xmm8, [rbp]
psubd xmm0, oword [rbp]
psubd xmm8, [r12]
psubd xmm0, oword [r12]
psubd xmm8, [r13]
psubd xmm0, oword [r13]
psubd xmm8, [r12+r13*2]
psubd xmm0, oword [r12+r13*2]
psubd xmm8, [rbp+r8*8+0x7f]
psubd xmm0, oword [rbp+r8*8+0x7f]
psubd xmm8, [rax+0x80]
psubd xmm0, oword [rax+0x80]
psubq xmm0, xmm1
psubq xmm1, xmm1
psubq xmm8, xmm1
psubq xmm15, xmm1
psubq xmm8, [rax]
psubq xmm0, oword [rax]
psubq xmm8, [rsp]
psubq xmm0, oword [rsp]
psubq xmm8, [rbp]
psubq xmm0, oword [rbp]
psubq xmm8, [r12]
psubq xmm0, oword [r12]
psubq xmm8, [r13]
psubq xmm0, oword [r13]
psubq xmm8, [r12+r13*2]
psubq xmm0, oword [r12+r13*2]
psubq xmm8, [rbp+r8*8+0x7f]
psubq xmm0, oword [rbp+r8*8+0x7f]
psubq xmm8, [rax+0x80]
psubq xmm0, oword [rax+0x80]
pcmpeqb xmm0, xmm1
pcmpeqb xmm1, xmm1
pcmpeqb xmm8, xmm1
pcmpeqb xmm15, xmm1
pcmpeqb xmm8, [rax]
pcmpeqb xmm0, oword [rax]
pcmpeqb xmm8, [rsp]
pcmpeqb xmm0, oword [rsp]
pcmpeqb xmm8, [rbp]
pcmpeqb xmm0, oword [rbp]
pcmpeqb xmm8, [r12]
pcmpeqb xmm0, oword [r12]
pcmpeqb xmm8, [r13]
pcmpeqb xmm0, oword [r13]
pcmpeqb xmm8, [r12+r13*2]
pcmpeqb xmm0, oword [r12+r13*2]
pcmpeqb xmm8, [rbp+r8*8+0x7f]
pcmpeqb xmm0, oword [rbp+r8*8+0x7f]
pcmpeqb xmm8, [rax+0x80]
pcmpeqb xmm0, oword [rax+0x80]
pcmpeqw xmm0, xmm1
pcmpeqw xmm1, xmm1
pcmpeqw xmm8, xmm1
pcmpeqw xmm15, xmm1
pcmpeqw xmm8, [rax]
pcmpeqw xmm0, oword [rax]
pcmpeqw xmm8, [rsp]
pcmpeqw xmm0, oword [rsp]
pcmpeqw xmm8, [rbp]
pcmpeqw xmm0, oword [rbp]
pcmpeqw xmm8, [r12]
pcmpeqw xmm0, oword [r12]
pcmpeqw xmm8, [r13]
pcmpeqw xmm0, oword [r13]
pcmpeqw xmm8, [r12+r13*2]
pcmpeqw xmm0, oword [r12+r13*2]
pcmpeqw xmm8, [rbp+r8*8+0x7f]
pcmpeqw xmm0, oword [rbp+r8*8+0x7f]
pcmpeqw xmm8, [rax+0x80]
pcmpeqw xmm0, oword [rax+0x80]
pcmpeqd xmm0, xmm1
pcmpeqd xmm1, xmm1
pcmpeqd xmm8, xmm1
pcmpeqd xmm15, xmm1
pcmpeqd xmm8, [rax]
pcmpeqd xmm0, oword [rax]
pcmpeqd xmm8, [rsp]
pcmpeqd xmm0, oword [rsp]
pcmpeqd xmm8, [rbp]
pcmpeqd xmm0, oword [rbp]
pcmpeqd xmm8, [r12]
pcmpeqd xmm0, oword [r12]
pcmpeqd xmm8, [r13]
pcmpeqd xmm0, oword [r13]
pcmpeqd xmm8, [r12+r13*2]
pcmpeqd xmm0, oword [r12+r13*2]
pcmpeqd xmm8, [rbp+r8*8+0x7f]
pcmpeqd xmm0, oword [rbp+r8*8+0x7f]
pcmpeqd xmm8, [rax+0x80]
pcmpeqd xmm0, oword [rax+0x80]
movd xmm0, eax
movd eax, xmm0
movd xmm0, r9d
movd r9d, xmm0
movd xmm1, eax
movd eax, xmm1
movd xmm1, r9d
movd r9d, xmm1
movd xmm8, eax
movd eax, xmm8
movd xmm8, r9d
movd r9d, xmm8
movd xmm15, eax
movd eax, xmm15
movd xmm15, r9d
movd r9d, xmm15
movd xmm0, [rax]
movd [rax], xmm1
movd xmm0, dword [rax]
movd xmm0, [rsp]
movd [rsp], xmm1
movd xmm0, dword [rsp]
movd xmm0, [rbp]
movd [rbp], xmm1
movd xmm0, dword [rbp]
movd xmm0, [r12]
movd [r12], xmm1
movd xmm0, dword [r12]
movq xmm0, rax
movq rax, xmm0
movq xmm0, r10
movq r10, xmm0
movq xmm0, xmm1
movq xmm1, xmm0
movq xmm1, rax
movq rax, xmm1
movq xmm1, r10
movq r10, xmm1
movq xmm1, xmm1
movq xmm1, xmm1
movq xmm8, rax
movq rax, xmm8
movq xmm8, r10
movq r10, xmm8
movq xmm8, xmm1
movq xmm1, xmm8
movq xmm15, rax
movq rax, xmm15
movq xmm15, r10
movq r10, xmm15
movq xmm15, xmm1
movq xmm1, xmm15
movq xmm0, [rax]
movq [rax], xmm1
movq xmm0, qword [rax]
movq xmm0, [rsp]
movq [rsp], xmm1
movq xmm0, qword [rsp]
movq xmm0, [rbp]
movq [rbp], xmm1
movq xmm0, qword [rbp]
movq xmm0, [r12]
movq [r12], xmm1
movq xmm0, qword [r12]
lbl: nop
