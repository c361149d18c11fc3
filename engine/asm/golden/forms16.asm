bits 16
org 0x1000
add al, al
add al, cl
add al, bh
add cl, al
add cl, cl
add cl, bh
add bh, al
add bh, cl
add bh, bh
add dl, al
add dl, cl
add dl, bh
add [bx], cl
add al, [bx]
add bh, [bx]
add [bp], cl
add al, [bp]
add bh, [bp]
add [si], cl
add al, [si]
add bh, [si]
add [di], cl
add al, [di]
add bh, [di]
add [bx+si], cl
add al, [bx+si]
add bh, [bx+si]
add [bp+di+5], cl
add al, [bp+di+5]
add bh, [bp+di+5]
add [si+bx-1], cl
add al, [si+bx-1]
add bh, [si+bx-1]
add [bx+0x1234], cl
add al, [bx+0x1234]
add bh, [bx+0x1234]
add [0x1234], cl
add al, [0x1234]
add bh, [0x1234]
add [bp-0x80], cl
add al, [bp-0x80]
add bh, [bp-0x80]
add [es:di], cl
add al, [es:di]
add bh, [es:di]
add [cs:bx+si+0x80], cl
add al, [cs:bx+si+0x80]
add bh, [cs:bx+si+0x80]
add [ebx], cl
add al, [ebx]
add bh, [ebx]
add [eax+ecx*4+0x10], cl
add al, [eax+ecx*4+0x10]
add bh, [eax+ecx*4+0x10]
add [esp], cl
add al, [esp]
add bh, [esp]
add al, 0
add bh, 0
add al, 1
add bh, 1
add al, 0x7f
add bh, 0x7f
add al, -1
add bh, -1
add al, -128
add bh, -128
add al, 0xff
add bh, 0xff
add al, -0x80
add bh, -0x80
add al, 'A'
add bh, 'A'
add byte [bx], 0
add byte [bx], 1
add byte [bx], 0x7f
add byte [bx], -1
add byte [bx], -128
add byte [bx], 0xff
add byte [bx], -0x80
add byte [bp], 0
add byte [bp], 1
add byte [bp], 0x7f
add byte [bp], -1
add byte [bp], -128
add byte [bp], 0xff
add byte [bp], -0x80
add byte [si], 0
add byte [si], 1
add byte [si], 0x7f
add byte [si], -1
add byte [si], -128
add byte [si], 0xff
add byte [si], -0x80
add byte [di], 0
add byte [di], 1
add byte [di], 0x7f
add byte [di], -1
add byte [di], -128
add byte [di], 0xff
add byte [di], -0x80
add byte [bx+si], 0
add byte [bx+si], 1
add byte [bx+si], 0x7f
add byte [bx+si], -1
add byte [bx+si], -128
add byte [bx+si], 0xff
add byte [bx+si], -0x80
add byte [bp+di+5], 0
add byte [bp+di+5], 1
add byte [bp+di+5], 0x7f
add byte [bp+di+5], -1
add byte [bp+di+5], -128
add byte [bp+di+5], 0xff
add byte [bp+di+5], -0x80
add ax, ax
add ax, cx
add ax, sp
add cx, ax
add cx, cx
add cx, sp
add sp, ax
add sp, cx
add sp, sp
add di, ax
add di, cx
add di, sp
add [bx], cx
add ax, [bx]
add sp, [bx]
add [bp], cx
add ax, [bp]
add sp, [bp]
add [si], cx
add ax, [si]
add sp, [si]
add [di], cx
add ax, [di]
add sp, [di]
add [bx+si], cx
add ax, [bx+si]
add sp, [bx+si]
add [bp+di+5], cx
add ax, [bp+di+5]
add sp, [bp+di+5]
add [si+bx-1], cx
add ax, [si+bx-1]
add sp, [si+bx-1]
add [bx+0x1234], cx
add ax, [bx+0x1234]
add sp, [bx+0x1234]
add [0x1234], cx
add ax, [0x1234]
add sp, [0x1234]
add [bp-0x80], cx
add ax, [bp-0x80]
add sp, [bp-0x80]
add [es:di], cx
add ax, [es:di]
add sp, [es:di]
add [cs:bx+si+0x80], cx
add ax, [cs:bx+si+0x80]
add sp, [cs:bx+si+0x80]
add [ebx], cx
add ax, [ebx]
add sp, [ebx]
add [eax+ecx*4+0x10], cx
add ax, [eax+ecx*4+0x10]
add sp, [eax+ecx*4+0x10]
add [esp], cx
add ax, [esp]
add sp, [esp]
add ax, 0
add sp, 0
add ax, 1
add sp, 1
add ax, 0x7f
add sp, 0x7f
add ax, 0x80
add sp, 0x80
add ax, -128
add sp, -128
add ax, -129
add sp, -129
add ax, 0x1234
add sp, 0x1234
add ax, 0xffff
add sp, 0xffff
add ax, -1
add sp, -1
add ax, 0x7fff
add sp, 0x7fff
add word [bx], 0
add word [bx], 1
add word [bx], 0x7f
add word [bx], 0x80
add word [bx], -128
add word [bx], -129
add word [bx], 0x1234
add word [bp], 0
add word [bp], 1
add word [bp], 0x7f
add word [bp], 0x80
add word [bp], -128
add word [bp], -129
add word [bp], 0x1234
add word [si], 0
add word [si], 1
add word [si], 0x7f
add word [si], 0x80
add word [si], -128
add word [si], -129
add word [si], 0x1234
add word [di], 0
add word [di], 1
add word [di], 0x7f
add word [di], 0x80
add word [di], -128
add word [di], -129
add word [di], 0x1234
add word [bx+si], 0
add word [bx+si], 1
add word [bx+si], 0x7f
add word [bx+si], 0x80
add word [bx+si], -128
add word [bx+si], -129
add word [bx+si], 0x1234
add word [bp+di+5], 0
add word [bp+di+5], 1
add word [bp+di+5], 0x7f
add word [bp+di+5], 0x80
add word [bp+di+5], -128
add word [bp+di+5], -129
add word [bp+di+5], 0x1234
add cx, byte 5
add ax, strict word 5
add word [bx], byte -3
add eax, eax
add eax, ecx
add eax, esp
add ecx, eax
add ecx, ecx
add ecx, esp
add esp, eax
add esp, ecx
add esp, esp
add edi, eax
add edi, ecx
add edi, esp
add [bx], ecx
add eax, [bx]
add esp, [bx]
add [bp], ecx
add eax, [bp]
add esp, [bp]
add [si], ecx
add eax, [si]
add esp, [si]
add [di], ecx
add eax, [di]
add esp, [di]
add [bx+si], ecx
add eax, [bx+si]
add esp, [bx+si]
add [bp+di+5], ecx
add eax, [bp+di+5]
add esp, [bp+di+5]
add [si+bx-1], ecx
add eax, [si+bx-1]
add esp, [si+bx-1]
add [bx+0x1234], ecx
add eax, [bx+0x1234]
add esp, [bx+0x1234]
add [0x1234], ecx
add eax, [0x1234]
add esp, [0x1234]
add [bp-0x80], ecx
add eax, [bp-0x80]
add esp, [bp-0x80]
add [es:di], ecx
add eax, [es:di]
add esp, [es:di]
add [cs:bx+si+0x80], ecx
add eax, [cs:bx+si+0x80]
add esp, [cs:bx+si+0x80]
add [ebx], ecx
add eax, [ebx]
add esp, [ebx]
add [eax+ecx*4+0x10], ecx
add eax, [eax+ecx*4+0x10]
add esp, [eax+ecx*4+0x10]
add [esp], ecx
add eax, [esp]
add esp, [esp]
add eax, 0
add esp, 0
add eax, 2
add esp, 2
add eax, 0x7f
add esp, 0x7f
add eax, 0x80
add esp, 0x80
add eax, -128
add esp, -128
add eax, -129
add esp, -129
add eax, 0x1234
add esp, 0x1234
add eax, 0x12345678
add esp, 0x12345678
add eax, 0x7fffffff
add esp, 0x7fffffff
add eax, 0x80000000
add esp, 0x80000000
add eax, 0xffffffff
add esp, 0xffffffff
add eax, -1
add esp, -1
add dword [bx], 0
add dword [bx], 2
add dword [bx], 0x7f
add dword [bx], 0x80
add dword [bx], -128
add dword [bx], -129
add dword [bx], 0x1234
add dword [bp], 0
add dword [bp], 2
add dword [bp], 0x7f
add dword [bp], 0x80
add dword [bp], -128
add dword [bp], -129
add dword [bp], 0x1234
add dword [si], 0
add dword [si], 2
add dword [si], 0x7f
add dword [si], 0x80
add dword [si], -128
add dword [si], -129
add dword [si], 0x1234
add dword [di], 0
add dword [di], 2
add dword [di], 0x7f
add dword [di], 0x80
add dword [di], -128
add dword [di], -129
add dword [di], 0x1234
add dword [bx+si], 0
add dword [bx+si], 2
add dword [bx+si], 0x7f
add dword [bx+si], 0x80
add dword [bx+si], -128
add dword [bx+si], -129
add dword [bx+si], 0x1234
add dword [bp+di+5], 0
add dword [bp+di+5], 2
add dword [bp+di+5], 0x7f
add dword [bp+di+5], 0x80
add dword [bp+di+5], -128
add dword [bp+di+5], -129
add dword [bp+di+5], 0x1234
add ecx, byte 5
add eax, strict dword 5
add dword [bx], byte -3
add [ebx], byte 5
add [ebx], word 5
add [ebx], dword 5
or al, al
or al, cl
or al, bh
or cl, al
or cl, cl
or cl, bh
or bh, al
or bh, cl
or bh, bh
or dl, al
or dl, cl
or dl, bh
or [bx], cl
or al, [bx]
or bh, [bx]
or [bp], cl
or al, [bp]
or bh, [bp]
or [si], cl
or al, [si]
or bh, [si]
or [di], cl
or al, [di]
or bh, [di]
or [bx+si], cl
or al, [bx+si]
or bh, [bx+si]
or [bp+di+5], cl
or al, [bp+di+5]
or bh, [bp+di+5]
or [si+bx-1], cl
or al, [si+bx-1]
or bh, [si+bx-1]
or [bx+0x1234], cl
or al, [bx+0x1234]
or bh, [bx+0x1234]
or [0x1234], cl
or al, [0x1234]
or bh, [0x1234]
or [bp-0x80], cl
or al, [bp-0x80]
or bh, [bp-0x80]
or [es:di], cl
or al, [es:di]
or bh, [es:di]
or [cs:bx+si+0x80], cl
or al, [cs:bx+si+0x80]
or bh, [cs:bx+si+0x80]
or [ebx], cl
or al, [ebx]
or bh, [ebx]
or [eax+ecx*4+0x10], cl
or al, [eax+ecx*4+0x10]
or bh, [eax+ecx*4+0x10]
or [esp], cl
or al, [esp]
or bh, [esp]
or al, 0
or bh, 0
or al, 1
or bh, 1
or al, 0x7f
or bh, 0x7f
or al, -1
or bh, -1
or al, -128
or bh, -128
or al, 0xff
or bh, 0xff
or al, -0x80
or bh, -0x80
or al, 'A'
or bh, 'A'
or byte [bx], 0
or byte [bx], 1
or byte [bx], 0x7f
or byte [bx], -1
or byte [bx], -128
or byte [bx], 0xff
or byte [bx], -0x80
or byte [bp], 0
or byte [bp], 1
or byte [bp], 0x7f
or byte [bp], -1
or byte [bp], -128
or byte [bp], 0xff
or byte [bp], -0x80
or byte [si], 0
or byte [si], 1
or byte [si], 0x7f
or byte [si], -1
or byte [si], -128
or byte [si], 0xff
or byte [si], -0x80
or byte [di], 0
or byte [di], 1
or byte [di], 0x7f
or byte [di], -1
or byte [di], -128
or byte [di], 0xff
or byte [di], -0x80
or byte [bx+si], 0
or byte [bx+si], 1
or byte [bx+si], 0x7f
or byte [bx+si], -1
or byte [bx+si], -128
or byte [bx+si], 0xff
or byte [bx+si], -0x80
or byte [bp+di+5], 0
or byte [bp+di+5], 1
or byte [bp+di+5], 0x7f
or byte [bp+di+5], -1
or byte [bp+di+5], -128
or byte [bp+di+5], 0xff
or byte [bp+di+5], -0x80
or ax, ax
or ax, cx
or ax, sp
or cx, ax
or cx, cx
or cx, sp
or sp, ax
or sp, cx
or sp, sp
or di, ax
or di, cx
or di, sp
or [bx], cx
or ax, [bx]
or sp, [bx]
or [bp], cx
or ax, [bp]
or sp, [bp]
or [si], cx
or ax, [si]
or sp, [si]
or [di], cx
or ax, [di]
or sp, [di]
or [bx+si], cx
or ax, [bx+si]
or sp, [bx+si]
or [bp+di+5], cx
or ax, [bp+di+5]
or sp, [bp+di+5]
or [si+bx-1], cx
or ax, [si+bx-1]
or sp, [si+bx-1]
or [bx+0x1234], cx
or ax, [bx+0x1234]
or sp, [bx+0x1234]
or [0x1234], cx
or ax, [0x1234]
or sp, [0x1234]
or [bp-0x80], cx
or ax, [bp-0x80]
or sp, [bp-0x80]
or [es:di], cx
or ax, [es:di]
or sp, [es:di]
or [cs:bx+si+0x80], cx
or ax, [cs:bx+si+0x80]
or sp, [cs:bx+si+0x80]
or [ebx], cx
or ax, [ebx]
or sp, [ebx]
or [eax+ecx*4+0x10], cx
or ax, [eax+ecx*4+0x10]
or sp, [eax+ecx*4+0x10]
or [esp], cx
or ax, [esp]
or sp, [esp]
or ax, 0
or sp, 0
or ax, 1
or sp, 1
or ax, 0x7f
or sp, 0x7f
or ax, 0x80
or sp, 0x80
or ax, -128
or sp, -128
or ax, -129
or sp, -129
or ax, 0x1234
or sp, 0x1234
or ax, 0xffff
or sp, 0xffff
or ax, -1
or sp, -1
or ax, 0x7fff
or sp, 0x7fff
or word [bx], 0
or word [bx], 1
or word [bx], 0x7f
or word [bx], 0x80
or word [bx], -128
or word [bx], -129
or word [bx], 0x1234
or word [bp], 0
or word [bp], 1
or word [bp], 0x7f
or word [bp], 0x80
or word [bp], -128
or word [bp], -129
or word [bp], 0x1234
or word [si], 0
or word [si], 1
or word [si], 0x7f
or word [si], 0x80
or word [si], -128
or word [si], -129
or word [si], 0x1234
or word [di], 0
or word [di], 1
or word [di], 0x7f
or word [di], 0x80
or word [di], -128
or word [di], -129
or word [di], 0x1234
or word [bx+si], 0
or word [bx+si], 1
or word [bx+si], 0x7f
or word [bx+si], 0x80
or word [bx+si], -128
or word [bx+si], -129
or word [bx+si], 0x1234
or word [bp+di+5], 0
or word [bp+di+5], 1
or word [bp+di+5], 0x7f
or word [bp+di+5], 0x80
or word [bp+di+5], -128
or word [bp+di+5], -129
or word [bp+di+5], 0x1234
or cx, byte 5
or ax, strict word 5
or word [bx], byte -3
or eax, eax
or eax, ecx
or eax, esp
or ecx, eax
or ecx, ecx
or ecx, esp
or esp, eax
or esp, ecx
or esp, esp
or edi, eax
or edi, ecx
or edi, esp
or [bx], ecx
or eax, [bx]
or esp, [bx]
or [bp], ecx
or eax, [bp]
or esp, [bp]
or [si], ecx
or eax, [si]
or esp, [si]
or [di], ecx
or eax, [di]
or esp, [di]
or [bx+si], ecx
or eax, [bx+si]
or esp, [bx+si]
or [bp+di+5], ecx
or eax, [bp+di+5]
or esp, [bp+di+5]
or [si+bx-1], ecx
or eax, [si+bx-1]
or esp, [si+bx-1]
or [bx+0x1234], ecx
or eax, [bx+0x1234]
or esp, [bx+0x1234]
or [0x1234], ecx
or eax, [0x1234]
or esp, [0x1234]
or [bp-0x80], ecx
or eax, [bp-0x80]
or esp, [bp-0x80]
or [es:di], ecx
or eax, [es:di]
or esp, [es:di]
or [cs:bx+si+0x80], ecx
or eax, [cs:bx+si+0x80]
or esp, [cs:bx+si+0x80]
or [ebx], ecx
or eax, [ebx]
or esp, [ebx]
or [eax+ecx*4+0x10], ecx
or eax, [eax+ecx*4+0x10]
or esp, [eax+ecx*4+0x10]
or [esp], ecx
or eax, [esp]
or esp, [esp]
or eax, 0
or esp, 0
or eax, 2
or esp, 2
or eax, 0x7f
or esp, 0x7f
or eax, 0x80
or esp, 0x80
or eax, -128
or esp, -128
or eax, -129
or esp, -129
or eax, 0x1234
or esp, 0x1234
or eax, 0x12345678
or esp, 0x12345678
or eax, 0x7fffffff
or esp, 0x7fffffff
or eax, 0x80000000
or esp, 0x80000000
or eax, 0xffffffff
or esp, 0xffffffff
or eax, -1
or esp, -1
or dword [bx], 0
or dword [bx], 2
or dword [bx], 0x7f
or dword [bx], 0x80
or dword [bx], -128
or dword [bx], -129
or dword [bx], 0x1234
or dword [bp], 0
or dword [bp], 2
or dword [bp], 0x7f
or dword [bp], 0x80
or dword [bp], -128
or dword [bp], -129
or dword [bp], 0x1234
or dword [si], 0
or dword [si], 2
or dword [si], 0x7f
or dword [si], 0x80
or dword [si], -128
or dword [si], -129
or dword [si], 0x1234
or dword [di], 0
or dword [di], 2
or dword [di], 0x7f
or dword [di], 0x80
or dword [di], -128
or dword [di], -129
or dword [di], 0x1234
or dword [bx+si], 0
or dword [bx+si], 2
or dword [bx+si], 0x7f
or dword [bx+si], 0x80
or dword [bx+si], -128
or dword [bx+si], -129
or dword [bx+si], 0x1234
or dword [bp+di+5], 0
or dword [bp+di+5], 2
or dword [bp+di+5], 0x7f
or dword [bp+di+5], 0x80
or dword [bp+di+5], -128
or dword [bp+di+5], -129
or dword [bp+di+5], 0x1234
or ecx, byte 5
or eax, strict dword 5
or dword [bx], byte -3
or [ebx], byte 5
or [ebx], word 5
or [ebx], dword 5
adc al, al
adc al, cl
adc al, bh
adc cl, al
adc cl, cl
adc cl, bh
adc bh, al
adc bh, cl
adc bh, bh
adc dl, al
adc dl, cl
adc dl, bh
adc [bx], cl
adc al, [bx]
adc bh, [bx]
adc [bp], cl
adc al, [bp]
adc bh, [bp]
adc [si], cl
adc al, [si]
adc bh, [si]
adc [di], cl
adc al, [di]
adc bh, [di]
adc [bx+si], cl
adc al, [bx+si]
adc bh, [bx+si]
adc [bp+di+5], cl
adc al, [bp+di+5]
adc bh, [bp+di+5]
adc [si+bx-1], cl
adc al, [si+bx-1]
adc bh, [si+bx-1]
adc [bx+0x1234], cl
adc al, [bx+0x1234]
adc bh, [bx+0x1234]
adc [0x1234], cl
adc al, [0x1234]
adc bh, [0x1234]
adc [bp-0x80], cl
adc al, [bp-0x80]
adc bh, [bp-0x80]
adc [es:di], cl
adc al, [es:di]
adc bh, [es:di]
adc [cs:bx+si+0x80], cl
adc al, [cs:bx+si+0x80]
adc bh, [cs:bx+si+0x80]
adc [ebx], cl
adc al, [ebx]
adc bh, [ebx]
adc [eax+ecx*4+0x10], cl
adc al, [eax+ecx*4+0x10]
adc bh, [eax+ecx*4+0x10]
adc [esp], cl
adc al, [esp]
adc bh, [esp]
adc al, 0
adc bh, 0
adc al, 1
adc bh, 1
adc al, 0x7f
adc bh, 0x7f
adc al, -1
adc bh, -1
adc al, -128
adc bh, -128
adc al, 0xff
adc bh, 0xff
adc al, -0x80
adc bh, -0x80
adc al, 'A'
adc bh, 'A'
adc byte [bx], 0
adc byte [bx], 1
adc byte [bx], 0x7f
adc byte [bx], -1
adc byte [bx], -128
adc byte [bx], 0xff
adc byte [bx], -0x80
adc byte [bp], 0
adc byte [bp], 1
adc byte [bp], 0x7f
adc byte [bp], -1
adc byte [bp], -128
adc byte [bp], 0xff
adc byte [bp], -0x80
adc byte [si], 0
adc byte [si], 1
adc byte [si], 0x7f
adc byte [si], -1
adc byte [si], -128
adc byte [si], 0xff
adc byte [si], -0x80
adc byte [di], 0
adc byte [di], 1
adc byte [di], 0x7f
adc byte [di], -1
adc byte [di], -128
adc byte [di], 0xff
adc byte [di], -0x80
adc byte [bx+si], 0
adc byte [bx+si], 1
adc byte [bx+si], 0x7f
adc byte [bx+si], -1
adc byte [bx+si], -128
adc byte [bx+si], 0xff
adc byte [bx+si], -0x80
adc byte [bp+di+5], 0
adc byte [bp+di+5], 1
adc byte [bp+di+5], 0x7f
adc byte [bp+di+5], -1
adc byte [bp+di+5], -128
adc byte [bp+di+5], 0xff
adc byte [bp+di+5], -0x80
adc ax, ax
adc ax, cx
adc ax, sp
adc cx, ax
adc cx, cx
adc cx, sp
adc sp, ax
adc sp, cx
adc sp, sp
adc di, ax
adc di, cx
adc di, sp
adc [bx], cx
adc ax, [bx]
adc sp, [bx]
adc [bp], cx
adc ax, [bp]
adc sp, [bp]
adc [si], cx
adc ax, [si]
adc sp, [si]
adc [di], cx
adc ax, [di]
adc sp, [di]
adc [bx+si], cx
adc ax, [bx+si]
adc sp, [bx+si]
adc [bp+di+5], cx
adc ax, [bp+di+5]
adc sp, [bp+di+5]
adc [si+bx-1], cx
adc ax, [si+bx-1]
adc sp, [si+bx-1]
adc [bx+0x1234], cx
adc ax, [bx+0x1234]
adc sp, [bx+0x1234]
adc [0x1234], cx
adc ax, [0x1234]
adc sp, [0x1234]
adc [bp-0x80], cx
adc ax, [bp-0x80]
adc sp, [bp-0x80]
adc [es:di], cx
adc ax, [es:di]
adc sp, [es:di]
adc [cs:bx+si+0x80], cx
adc ax, [cs:bx+si+0x80]
adc sp, [cs:bx+si+0x80]
adc [ebx], cx
adc ax, [ebx]
adc sp, [ebx]
adc [eax+ecx*4+0x10], cx
adc ax, [eax+ecx*4+0x10]
adc sp, [eax+ecx*4+0x10]
adc [esp], cx
adc ax, [esp]
adc sp, [esp]
adc ax, 0
adc sp, 0
adc ax, 1
adc sp, 1
adc ax, 0x7f
adc sp, 0x7f
adc ax, 0x80
adc sp, 0x80
adc ax, -128
adc sp, -128
adc ax, -129
adc sp, -129
adc ax, 0x1234
adc sp, 0x1234
adc ax, 0xffff
adc sp, 0xffff
adc ax, -1
adc sp, -1
adc ax, 0x7fff
adc sp, 0x7fff
adc word [bx], 0
adc word [bx], 1
adc word [bx], 0x7f
adc word [bx], 0x80
adc word [bx], -128
adc word [bx], -129
adc word [bx], 0x1234
adc word [bp], 0
adc word [bp], 1
adc word [bp], 0x7f
adc word [bp], 0x80
adc word [bp], -128
adc word [bp], -129
adc word [bp], 0x1234
adc word [si], 0
adc word [si], 1
adc word [si], 0x7f
adc word [si], 0x80
adc word [si], -128
adc word [si], -129
adc word [si], 0x1234
adc word [di], 0
adc word [di], 1
adc word [di], 0x7f
adc word [di], 0x80
adc word [di], -128
adc word [di], -129
adc word [di], 0x1234
adc word [bx+si], 0
adc word [bx+si], 1
adc word [bx+si], 0x7f
adc word [bx+si], 0x80
adc word [bx+si], -128
adc word [bx+si], -129
adc word [bx+si], 0x1234
adc word [bp+di+5], 0
adc word [bp+di+5], 1
adc word [bp+di+5], 0x7f
adc word [bp+di+5], 0x80
adc word [bp+di+5], -128
adc word [bp+di+5], -129
adc word [bp+di+5], 0x1234
adc cx, byte 5
adc ax, strict word 5
adc word [bx], byte -3
adc eax, eax
adc eax, ecx
adc eax, esp
adc ecx, eax
adc ecx, ecx
adc ecx, esp
adc esp, eax
adc esp, ecx
adc esp, esp
adc edi, eax
adc edi, ecx
adc edi, esp
adc [bx], ecx
adc eax, [bx]
adc esp, [bx]
adc [bp], ecx
adc eax, [bp]
adc esp, [bp]
adc [si], ecx
adc eax, [si]
adc esp, [si]
adc [di], ecx
adc eax, [di]
adc esp, [di]
adc [bx+si], ecx
adc eax, [bx+si]
adc esp, [bx+si]
adc [bp+di+5], ecx
adc eax, [bp+di+5]
adc esp, [bp+di+5]
adc [si+bx-1], ecx
adc eax, [si+bx-1]
adc esp, [si+bx-1]
adc [bx+0x1234], ecx
adc eax, [bx+0x1234]
adc esp, [bx+0x1234]
adc [0x1234], ecx
adc eax, [0x1234]
adc esp, [0x1234]
adc [bp-0x80], ecx
adc eax, [bp-0x80]
adc esp, [bp-0x80]
adc [es:di], ecx
adc eax, [es:di]
adc esp, [es:di]
adc [cs:bx+si+0x80], ecx
adc eax, [cs:bx+si+0x80]
adc esp, [cs:bx+si+0x80]
adc [ebx], ecx
adc eax, [ebx]
adc esp, [ebx]
adc [eax+ecx*4+0x10], ecx
adc eax, [eax+ecx*4+0x10]
adc esp, [eax+ecx*4+0x10]
adc [esp], ecx
adc eax, [esp]
adc esp, [esp]
adc eax, 0
adc esp, 0
adc eax, 2
adc esp, 2
adc eax, 0x7f
adc esp, 0x7f
adc eax, 0x80
adc esp, 0x80
adc eax, -128
adc esp, -128
adc eax, -129
adc esp, -129
adc eax, 0x1234
adc esp, 0x1234
adc eax, 0x12345678
adc esp, 0x12345678
adc eax, 0x7fffffff
adc esp, 0x7fffffff
adc eax, 0x80000000
adc esp, 0x80000000
adc eax, 0xffffffff
adc esp, 0xffffffff
adc eax, -1
adc esp, -1
adc dword [bx], 0
adc dword [bx], 2
adc dword [bx], 0x7f
adc dword [bx], 0x80
adc dword [bx], -128
adc dword [bx], -129
adc dword [bx], 0x1234
adc dword [bp], 0
adc dword [bp], 2
adc dword [bp], 0x7f
adc dword [bp], 0x80
adc dword [bp], -128
adc dword [bp], -129
adc dword [bp], 0x1234
adc dword [si], 0
adc dword [si], 2
adc dword [si], 0x7f
adc dword [si], 0x80
adc dword [si], -128
adc dword [si], -129
adc dword [si], 0x1234
adc dword [di], 0
adc dword [di], 2
adc dword [di], 0x7f
adc dword [di], 0x80
adc dword [di], -128
adc dword [di], -129
adc dword [di], 0x1234
adc dword [bx+si], 0
adc dword [bx+si], 2
adc dword [bx+si], 0x7f
adc dword [bx+si], 0x80
adc dword [bx+si], -128
adc dword [bx+si], -129
adc dword [bx+si], 0x1234
adc dword [bp+di+5], 0
adc dword [bp+di+5], 2
adc dword [bp+di+5], 0x7f
adc dword [bp+di+5], 0x80
adc dword [bp+di+5], -128
adc dword [bp+di+5], -129
adc dword [bp+di+5], 0x1234
adc ecx, byte 5
adc eax, strict dword 5
adc dword [bx], byte -3
adc [ebx], byte 5
adc [ebx], word 5
adc [ebx], dword 5
sbb al, al
sbb al, cl
sbb al, bh
sbb cl, al
sbb cl, cl
sbb cl, bh
sbb bh, al
sbb bh, cl
sbb bh, bh
sbb dl, al
sbb dl, cl
sbb dl, bh
sbb [bx], cl
sbb al, [bx]
sbb bh, [bx]
sbb [bp], cl
sbb al, [bp]
sbb bh, [bp]
sbb [si], cl
sbb al, [si]
sbb bh, [si]
sbb [di], cl
sbb al, [di]
sbb bh, [di]
sbb [bx+si], cl
sbb al, [bx+si]
sbb bh, [bx+si]
sbb [bp+di+5], cl
sbb al, [bp+di+5]
sbb bh, [bp+di+5]
sbb [si+bx-1], cl
sbb al, [si+bx-1]
sbb bh, [si+bx-1]
sbb [bx+0x1234], cl
sbb al, [bx+0x1234]
sbb bh, [bx+0x1234]
sbb [0x1234], cl
sbb al, [0x1234]
sbb bh, [0x1234]
sbb [bp-0x80], cl
sbb al, [bp-0x80]
sbb bh, [bp-0x80]
sbb [es:di], cl
sbb al, [es:di]
sbb bh, [es:di]
sbb [cs:bx+si+0x80], cl
sbb al, [cs:bx+si+0x80]
sbb bh, [cs:bx+si+0x80]
sbb [ebx], cl
sbb al, [ebx]
sbb bh, [ebx]
sbb [eax+ecx*4+0x10], cl
sbb al, [eax+ecx*4+0x10]
sbb bh, [eax+ecx*4+0x10]
sbb [esp], cl
sbb al, [esp]
sbb bh, [esp]
sbb al, 0
sbb bh, 0
sbb al, 1
sbb bh, 1
sbb al, 0x7f
sbb bh, 0x7f
sbb al, -1
sbb bh, -1
sbb al, -128
sbb bh, -128
sbb al, 0xff
sbb bh, 0xff
sbb al, -0x80
sbb bh, -0x80
sbb al, 'A'
sbb bh, 'A'
sbb byte [bx], 0
sbb byte [bx], 1
sbb byte [bx], 0x7f
sbb byte [bx], -1
sbb byte [bx], -128
sbb byte [bx], 0xff
sbb byte [bx], -0x80
sbb byte [bp], 0
sbb byte [bp], 1
sbb byte [bp], 0x7f
sbb byte [bp], -1
sbb byte [bp], -128
sbb byte [bp], 0xff
sbb byte [bp], -0x80
sbb byte [si], 0
sbb byte [si], 1
sbb byte [si], 0x7f
sbb byte [si], -1
sbb byte [si], -128
sbb byte [si], 0xff
sbb byte [si], -0x80
sbb byte [di], 0
sbb byte [di], 1
sbb byte [di], 0x7f
sbb byte [di], -1
sbb byte [di], -128
sbb byte [di], 0xff
sbb byte [di], -0x80
sbb byte [bx+si], 0
sbb byte [bx+si], 1
sbb byte [bx+si], 0x7f
sbb byte [bx+si], -1
sbb byte [bx+si], -128
sbb byte [bx+si], 0xff
sbb byte [bx+si], -0x80
sbb byte [bp+di+5], 0
sbb byte [bp+di+5], 1
sbb byte [bp+di+5], 0x7f
sbb byte [bp+di+5], -1
sbb byte [bp+di+5], -128
sbb byte [bp+di+5], 0xff
sbb byte [bp+di+5], -0x80
sbb ax, ax
sbb ax, cx
sbb ax, sp
sbb cx, ax
sbb cx, cx
sbb cx, sp
sbb sp, ax
sbb sp, cx
sbb sp, sp
sbb di, ax
sbb di, cx
sbb di, sp
sbb [bx], cx
sbb ax, [bx]
sbb sp, [bx]
sbb [bp], cx
sbb ax, [bp]
sbb sp, [bp]
sbb [si], cx
sbb ax, [si]
sbb sp, [si]
sbb [di], cx
sbb ax, [di]
sbb sp, [di]
sbb [bx+si], cx
sbb ax, [bx+si]
sbb sp, [bx+si]
sbb [bp+di+5], cx
sbb ax, [bp+di+5]
sbb sp, [bp+di+5]
sbb [si+bx-1], cx
sbb ax, [si+bx-1]
sbb sp, [si+bx-1]
sbb [bx+0x1234], cx
sbb ax, [bx+0x1234]
sbb sp, [bx+0x1234]
sbb [0x1234], cx
sbb ax, [0x1234]
sbb sp, [0x1234]
sbb [bp-0x80], cx
sbb ax, [bp-0x80]
sbb sp, [bp-0x80]
sbb [es:di], cx
sbb ax, [es:di]
sbb sp, [es:di]
sbb [cs:bx+si+0x80], cx
sbb ax, [cs:bx+si+0x80]
sbb sp, [cs:bx+si+0x80]
sbb [ebx], cx
sbb ax, [ebx]
sbb sp, [ebx]
sbb [eax+ecx*4+0x10], cx
sbb ax, [eax+ecx*4+0x10]
sbb sp, [eax+ecx*4+0x10]
sbb [esp], cx
sbb ax, [esp]
sbb sp, [esp]
sbb ax, 0
sbb sp, 0
sbb ax, 1
sbb sp, 1
sbb ax, 0x7f
sbb sp, 0x7f
sbb ax, 0x80
sbb sp, 0x80
sbb ax, -128
sbb sp, -128
sbb ax, -129
sbb sp, -129
sbb ax, 0x1234
sbb sp, 0x1234
sbb ax, 0xffff
sbb sp, 0xffff
sbb ax, -1
sbb sp, -1
sbb ax, 0x7fff
sbb sp, 0x7fff
sbb word [bx], 0
sbb word [bx], 1
sbb word [bx], 0x7f
sbb word [bx], 0x80
sbb word [bx], -128
sbb word [bx], -129
sbb word [bx], 0x1234
sbb word [bp], 0
sbb word [bp], 1
sbb word [bp], 0x7f
sbb word [bp], 0x80
sbb word [bp], -128
sbb word [bp], -129
sbb word [bp], 0x1234
sbb word [si], 0
sbb word [si], 1
sbb word [si], 0x7f
sbb word [si], 0x80
sbb word [si], -128
sbb word [si], -129
sbb word [si], 0x1234
sbb word [di], 0
sbb word [di], 1
sbb word [di], 0x7f
sbb word [di], 0x80
sbb word [di], -128
sbb word [di], -129
sbb word [di], 0x1234
sbb word [bx+si], 0
sbb word [bx+si], 1
sbb word [bx+si], 0x7f
sbb word [bx+si], 0x80
sbb word [bx+si], -128
sbb word [bx+si], -129
sbb word [bx+si], 0x1234
sbb word [bp+di+5], 0
sbb word [bp+di+5], 1
sbb word [bp+di+5], 0x7f
sbb word [bp+di+5], 0x80
sbb word [bp+di+5], -128
sbb word [bp+di+5], -129
sbb word [bp+di+5], 0x1234
sbb cx, byte 5
sbb ax, strict word 5
sbb word [bx], byte -3
sbb eax, eax
sbb eax, ecx
sbb eax, esp
sbb ecx, eax
sbb ecx, ecx
sbb ecx, esp
sbb esp, eax
sbb esp, ecx
sbb esp, esp
sbb edi, eax
sbb edi, ecx
sbb edi, esp
sbb [bx], ecx
sbb eax, [bx]
sbb esp, [bx]
sbb [bp], ecx
sbb eax, [bp]
sbb esp, [bp]
sbb [si], ecx
sbb eax, [si]
sbb esp, [si]
sbb [di], ecx
sbb eax, [di]
sbb esp, [di]
sbb [bx+si], ecx
sbb eax, [bx+si]
sbb esp, [bx+si]
sbb [bp+di+5], ecx
sbb eax, [bp+di+5]
sbb esp, [bp+di+5]
sbb [si+bx-1], ecx
sbb eax, [si+bx-1]
sbb esp, [si+bx-1]
sbb [bx+0x1234], ecx
sbb eax, [bx+0x1234]
sbb esp, [bx+0x1234]
sbb [0x1234], ecx
sbb eax, [0x1234]
sbb esp, [0x1234]
sbb [bp-0x80], ecx
sbb eax, [bp-0x80]
sbb esp, [bp-0x80]
sbb [es:di], ecx
sbb eax, [es:di]
sbb esp, [es:di]
sbb [cs:bx+si+0x80], ecx
sbb eax, [cs:bx+si+0x80]
sbb esp, [cs:bx+si+0x80]
sbb [ebx], ecx
sbb eax, [ebx]
sbb esp, [ebx]
sbb [eax+ecx*4+0x10], ecx
sbb eax, [eax+ecx*4+0x10]
sbb esp, [eax+ecx*4+0x10]
sbb [esp], ecx
sbb eax, [esp]
sbb esp, [esp]
sbb eax, 0
sbb esp, 0
sbb eax, 2
sbb esp, 2
sbb eax, 0x7f
sbb esp, 0x7f
sbb eax, 0x80
sbb esp, 0x80
sbb eax, -128
sbb esp, -128
sbb eax, -129
sbb esp, -129
sbb eax, 0x1234
sbb esp, 0x1234
sbb eax, 0x12345678
sbb esp, 0x12345678
sbb eax, 0x7fffffff
sbb esp, 0x7fffffff
sbb eax, 0x80000000
sbb esp, 0x80000000
sbb eax, 0xffffffff
sbb esp, 0xffffffff
sbb eax, -1
sbb esp, -1
sbb dword [bx], 0
sbb dword [bx], 2
sbb dword [bx], 0x7f
sbb dword [bx], 0x80
sbb dword [bx], -128
sbb dword [bx], -129
sbb dword [bx], 0x1234
sbb dword [bp], 0
sbb dword [bp], 2
sbb dword [bp], 0x7f
sbb dword [bp], 0x80
sbb dword [bp], -128
sbb dword [bp], -129
sbb dword [bp], 0x1234
sbb dword [si], 0
sbb dword [si], 2
sbb dword [si], 0x7f
sbb dword [si], 0x80
sbb dword [si], -128
sbb dword [si], -129
sbb dword [si], 0x1234
sbb dword [di], 0
sbb dword [di], 2
sbb dword [di], 0x7f
sbb dword [di], 0x80
sbb dword [di], -128
sbb dword [di], -129
sbb dword [di], 0x1234
sbb dword [bx+si], 0
sbb dword [bx+si], 2
sbb dword [bx+si], 0x7f
sbb dword [bx+si], 0x80
sbb dword [bx+si], -128
sbb dword [bx+si], -129
sbb dword [bx+si], 0x1234
sbb dword [bp+di+5], 0
sbb dword [bp+di+5], 2
sbb dword [bp+di+5], 0x7f
sbb dword [bp+di+5], 0x80
sbb dword [bp+di+5], -128
sbb dword [bp+di+5], -129
sbb dword [bp+di+5], 0x1234
sbb ecx, byte 5
sbb eax, strict dword 5
sbb dword [bx], byte -3
sbb [ebx], byte 5
sbb [ebx], word 5
sbb [ebx], dword 5
and al, al
and al, cl
and al, bh
and cl, al
and cl, cl
and cl, bh
and bh, al
and bh, cl
and bh, bh
and dl, al
and dl, cl
and dl, bh
and [bx], cl
and al, [bx]
and bh, [bx]
and [bp], cl
and al, [bp]
and bh, [bp]
and [si], cl
and al, [si]
and bh, [si]
and [di], cl
and al, [di]
and bh, [di]
and [bx+si], cl
and al, [bx+si]
and bh, [bx+si]
and [bp+di+5], cl
and al, [bp+di+5]
and bh, [bp+di+5]
and [si+bx-1], cl
and al, [si+bx-1]
and bh, [si+bx-1]
and [bx+0x1234], cl
and al, [bx+0x1234]
and bh, [bx+0x1234]
and [0x1234], cl
and al, [0x1234]
and bh, [0x1234]
and [bp-0x80], cl
and al, [bp-0x80]
and bh, [bp-0x80]
and [es:di], cl
and al, [es:di]
and bh, [es:di]
and [cs:bx+si+0x80], cl
and al, [cs:bx+si+0x80]
and bh, [cs:bx+si+0x80]
and [ebx], cl
and al, [ebx]
and bh, [ebx]
and [eax+ecx*4+0x10], cl
and al, [eax+ecx*4+0x10]
and bh, [eax+ecx*4+0x10]
and [esp], cl
and al, [esp]
and bh, [esp]
and al, 0
and bh, 0
and al, 1
and bh, 1
and al, 0x7f
and bh, 0x7f
and al, -1
and bh, -1
and al, -128
and bh, -128
and al, 0xff
and bh, 0xff
and al, -0x80
and bh, -0x80
and al, 'A'
and bh, 'A'
and byte [bx], 0
and byte [bx], 1
and byte [bx], 0x7f
and byte [bx], -1
and byte [bx], -128
and byte [bx], 0xff
and byte [bx], -0x80
and byte [bp], 0
and byte [bp], 1
and byte [bp], 0x7f
and byte [bp], -1
and byte [bp], -128
and byte [bp], 0xff
and byte [bp], -0x80
and byte [si], 0
and byte [si], 1
and byte [si], 0x7f
and byte [si], -1
and byte [si], -128
and byte [si], 0xff
and byte [si], -0x80
and byte [di], 0
and byte [di], 1
and byte [di], 0x7f
and byte [di], -1
and byte [di], -128
and byte [di], 0xff
and byte [di], -0x80
and byte [bx+si], 0
and byte [bx+si], 1
and byte [bx+si], 0x7f
and byte [bx+si], -1
and byte [bx+si], -128
and byte [bx+si], 0xff
and byte [bx+si], -0x80
and byte [bp+di+5], 0
and byte [bp+di+5], 1
and byte [bp+di+5], 0x7f
and byte [bp+di+5], -1
and byte [bp+di+5], -128
and byte [bp+di+5], 0xff
and byte [bp+di+5], -0x80
and ax, ax
and ax, cx
and ax, sp
and cx, ax
and cx, cx
and cx, sp
and sp, ax
and sp, cx
and sp, sp
and di, ax
and di, cx
and di, sp
and [bx], cx
and ax, [bx]
and sp, [bx]
and [bp], cx
and ax, [bp]
and sp, [bp]
and [si], cx
and ax, [si]
and sp, [si]
and [di], cx
and ax, [di]
and sp, [di]
and [bx+si], cx
and ax, [bx+si]
and sp, [bx+si]
and [bp+di+5], cx
and ax, [bp+di+5]
and sp, [bp+di+5]
and [si+bx-1], cx
and ax, [si+bx-1]
and sp, [si+bx-1]
and [bx+0x1234], cx
and ax, [bx+0x1234]
and sp, [bx+0x1234]
and [0x1234], cx
and ax, [0x1234]
and sp, [0x1234]
and [bp-0x80], cx
and ax, [bp-0x80]
and sp, [bp-0x80]
and [es:di], cx
and ax, [es:di]
and sp, [es:di]
and [cs:bx+si+0x80], cx
and ax, [cs:bx+si+0x80]
and sp, [cs:bx+si+0x80]
and [ebx], cx
and ax, [ebx]
and sp, [ebx]
and [eax+ecx*4+0x10], cx
and ax, [eax+ecx*4+0x10]
and sp, [eax+ecx*4+0x10]
and [esp], cx
and ax, [esp]
and sp, [esp]
and ax, 0
and sp, 0
and ax, 1
and sp, 1
and ax, 0x7f
and sp, 0x7f
and ax, 0x80
and sp, 0x80
and ax, -128
and sp, -128
and ax, -129
and sp, -129
and ax, 0x1234
and sp, 0x1234
and ax, 0xffff
and sp, 0xffff
and ax, -1
and sp, -1
and ax, 0x7fff
and sp, 0x7fff
and word [bx], 0
and word [bx], 1
and word [bx], 0x7f
and word [bx], 0x80
and word [bx], -128
and word [bx], -129
and word [bx], 0x1234
and word [bp], 0
and word [bp], 1
and word [bp], 0x7f
and word [bp], 0x80
and word [bp], -128
and word [bp], -129
and word [bp], 0x1234
and word [si], 0
and word [si], 1
and word [si], 0x7f
and word [si], 0x80
and word [si], -128
and word [si], -129
and word [si], 0x1234
and word [di], 0
and word [di], 1
and word [di], 0x7f
and word [di], 0x80
and word [di], -128
and word [di], -129
and word [di], 0x1234
and word [bx+si], 0
and word [bx+si], 1
and word [bx+si], 0x7f
and word [bx+si], 0x80
and word [bx+si], -128
and word [bx+si], -129
and word [bx+si], 0x1234
and word [bp+di+5], 0
and word [bp+di+5], 1
and word [bp+di+5], 0x7f
and word [bp+di+5], 0x80
and word [bp+di+5], -128
and word [bp+di+5], -129
and word [bp+di+5], 0x1234
and cx, byte 5
and ax, strict word 5
and word [bx], byte -3
and eax, eax
and eax, ecx
and eax, esp
and ecx, eax
and ecx, ecx
and ecx, esp
and esp, eax
and esp, ecx
and esp, esp
and edi, eax
and edi, ecx
and edi, esp
and [bx], ecx
and eax, [bx]
and esp, [bx]
and [bp], ecx
and eax, [bp]
and esp, [bp]
and [si], ecx
and eax, [si]
and esp, [si]
and [di], ecx
and eax, [di]
and esp, [di]
and [bx+si], ecx
and eax, [bx+si]
and esp, [bx+si]
and [bp+di+5], ecx
and eax, [bp+di+5]
and esp, [bp+di+5]
and [si+bx-1], ecx
and eax, [si+bx-1]
and esp, [si+bx-1]
and [bx+0x1234], ecx
and eax, [bx+0x1234]
and esp, [bx+0x1234]
and [0x1234], ecx
and eax, [0x1234]
and esp, [0x1234]
and [bp-0x80], ecx
and eax, [bp-0x80]
and esp, [bp-0x80]
and [es:di], ecx
and eax, [es:di]
and esp, [es:di]
and [cs:bx+si+0x80], ecx
and eax, [cs:bx+si+0x80]
and esp, [cs:bx+si+0x80]
and [ebx], ecx
and eax, [ebx]
and esp, [ebx]
and [eax+ecx*4+0x10], ecx
and eax, [eax+ecx*4+0x10]
and esp, [eax+ecx*4+0x10]
and [esp], ecx
and eax, [esp]
and esp, [esp]
and eax, 0
and esp, 0
and eax, 2
and esp, 2
and eax, 0x7f
and esp, 0x7f
and eax, 0x80
and esp, 0x80
and eax, -128
and esp, -128
and eax, -129
and esp, -129
and eax, 0x1234
and esp, 0x1234
and eax, 0x12345678
and esp, 0x12345678
and eax, 0x7fffffff
and esp, 0x7fffffff
and eax, 0x80000000
and esp, 0x80000000
and eax, 0xffffffff
and esp, 0xffffffff
and eax, -1
and esp, -1
and dword [bx], 0
and dword [bx], 2
and dword [bx], 0x7f
and dword [bx], 0x80
and dword [bx], -128
and dword [bx], -129
and dword [bx], 0x1234
and dword [bp], 0
and dword [bp], 2
and dword [bp], 0x7f
and dword [bp], 0x80
and dword [bp], -128
and dword [bp], -129
and dword [bp], 0x1234
and dword [si], 0
and dword [si], 2
and dword [si], 0x7f
and dword [si], 0x80
and dword [si], -128
and dword [si], -129
and dword [si], 0x1234
and dword [di], 0
and dword [di], 2
and dword [di], 0x7f
and dword [di], 0x80
and dword [di], -128
and dword [di], -129
and dword [di], 0x1234
and dword [bx+si], 0
and dword [bx+si], 2
and dword [bx+si], 0x7f
and dword [bx+si], 0x80
and dword [bx+si], -128
and dword [bx+si], -129
and dword [bx+si], 0x1234
and dword [bp+di+5], 0
and dword [bp+di+5], 2
and dword [bp+di+5], 0x7f
and dword [bp+di+5], 0x80
and dword [bp+di+5], -128
and dword [bp+di+5], -129
and dword [bp+di+5], 0x1234
and ecx, byte 5
and eax, strict dword 5
and dword [bx], byte -3
and [ebx], byte 5
and [ebx], word 5
and [ebx], dword 5
sub al, al
sub al, cl
sub al, bh
sub cl, al
sub cl, cl
sub cl, bh
sub bh, al
sub bh, cl
sub bh, bh
sub dl, al
sub dl, cl
sub dl, bh
sub [bx], cl
sub al, [bx]
sub bh, [bx]
sub [bp], cl
sub al, [bp]
sub bh, [bp]
sub [si], cl
sub al, [si]
sub bh, [si]
sub [di], cl
sub al, [di]
sub bh, [di]
sub [bx+si], cl
sub al, [bx+si]
sub bh, [bx+si]
sub [bp+di+5], cl
sub al, [bp+di+5]
sub bh, [bp+di+5]
sub [si+bx-1], cl
sub al, [si+bx-1]
sub bh, [si+bx-1]
sub [bx+0x1234], cl
sub al, [bx+0x1234]
sub bh, [bx+0x1234]
sub [0x1234], cl
sub al, [0x1234]
sub bh, [0x1234]
sub [bp-0x80], cl
sub al, [bp-0x80]
sub bh, [bp-0x80]
sub [es:di], cl
sub al, [es:di]
sub bh, [es:di]
sub [cs:bx+si+0x80], cl
sub al, [cs:bx+si+0x80]
sub bh, [cs:bx+si+0x80]
sub [ebx], cl
sub al, [ebx]
sub bh, [ebx]
sub [eax+ecx*4+0x10], cl
sub al, [eax+ecx*4+0x10]
sub bh, [eax+ecx*4+0x10]
sub [esp], cl
sub al, [esp]
sub bh, [esp]
sub al, 0
sub bh, 0
sub al, 1
sub bh, 1
sub al, 0x7f
sub bh, 0x7f
sub al, -1
sub bh, -1
sub al, -128
sub bh, -128
sub al, 0xff
sub bh, 0xff
sub al, -0x80
sub bh, -0x80
sub al, 'A'
sub bh, 'A'
sub byte [bx], 0
sub byte [bx], 1
sub byte [bx], 0x7f
sub byte [bx], -1
sub byte [bx], -128
sub byte [bx], 0xff
sub byte [bx], -0x80
sub byte [bp], 0
sub byte [bp], 1
sub byte [bp], 0x7f
sub byte [bp], -1
sub byte [bp], -128
sub byte [bp], 0xff
sub byte [bp], -0x80
sub byte [si], 0
sub byte [si], 1
sub byte [si], 0x7f
sub byte [si], -1
sub byte [si], -128
sub byte [si], 0xff
sub byte [si], -0x80
sub byte [di], 0
sub byte [di], 1
sub byte [di], 0x7f
sub byte [di], -1
sub byte [di], -128
sub byte [di], 0xff
sub byte [di], -0x80
sub byte [bx+si], 0
sub byte [bx+si], 1
sub byte [bx+si], 0x7f
sub byte [bx+si], -1
sub byte [bx+si], -128
sub byte [bx+si], 0xff
sub byte [bx+si], -0x80
sub byte [bp+di+5], 0
sub byte [bp+di+5], 1
sub byte [bp+di+5], 0x7f
sub byte [bp+di+5], -1
sub byte [bp+di+5], -128
sub byte [bp+di+5], 0xff
sub byte [bp+di+5], -0x80
sub ax, ax
sub ax, cx
sub ax, sp
sub cx, ax
sub cx, cx
sub cx, sp
sub sp, ax
sub sp, cx
sub sp, sp
sub di, ax
sub di, cx
sub di, sp
sub [bx], cx
sub ax, [bx]
sub sp, [bx]
sub [bp], cx
sub ax, [bp]
sub sp, [bp]
sub [si], cx
sub ax, [si]
sub sp, [si]
sub [di], cx
sub ax, [di]
sub sp, [di]
sub [bx+si], cx
sub ax, [bx+si]
sub sp, [bx+si]
sub [bp+di+5], cx
sub ax, [bp+di+5]
sub sp, [bp+di+5]
sub [si+bx-1], cx
sub ax, [si+bx-1]
sub sp, [si+bx-1]
sub [bx+0x1234], cx
sub ax, [bx+0x1234]
sub sp, [bx+0x1234]
sub [0x1234], cx
sub ax, [0x1234]
sub sp, [0x1234]
sub [bp-0x80], cx
sub ax, [bp-0x80]
sub sp, [bp-0x80]
sub [es:di], cx
sub ax, [es:di]
sub sp, [es:di]
sub [cs:bx+si+0x80], cx
sub ax, [cs:bx+si+0x80]
sub sp, [cs:bx+si+0x80]
sub [ebx], cx
sub ax, [ebx]
sub sp, [ebx]
sub [eax+ecx*4+0x10], cx
sub ax, [eax+ecx*4+0x10]
sub sp, [eax+ecx*4+0x10]
sub [esp], cx
sub ax, [esp]
sub sp, [esp]
sub ax, 0
sub sp, 0
sub ax, 1
sub sp, 1
sub ax, 0x7f
sub sp, 0x7f
sub ax, 0x80
sub sp, 0x80
sub ax, -128
sub sp, -128
sub ax, -129
sub sp, -129
sub ax, 0x1234
sub sp, 0x1234
sub ax, 0xffff
sub sp, 0xffff
sub ax, -1
sub sp, -1
sub ax, 0x7fff
sub sp, 0x7fff
sub word [bx], 0
sub word [bx], 1
sub word [bx], 0x7f
sub word [bx], 0x80
sub word [bx], -128
sub word [bx], -129
sub word [bx], 0x1234
sub word [bp], 0
sub word [bp], 1
sub word [bp], 0x7f
sub word [bp], 0x80
sub word [bp], -128
sub word [bp], -129
sub word [bp], 0x1234
sub word [si], 0
sub word [si], 1
sub word [si], 0x7f
sub word [si], 0x80
sub word [si], -128
sub word [si], -129
sub word [si], 0x1234
sub word [di], 0
sub word [di], 1
sub word [di], 0x7f
sub word [di], 0x80
sub word [di], -128
sub word [di], -129
sub word [di], 0x1234
sub word [bx+si], 0
sub word [bx+si], 1
sub word [bx+si], 0x7f
sub word [bx+si], 0x80
sub word [bx+si], -128
sub word [bx+si], -129
sub word [bx+si], 0x1234
sub word [bp+di+5], 0
sub word [bp+di+5], 1
sub word [bp+di+5], 0x7f
sub word [bp+di+5], 0x80
sub word [bp+di+5], -128
sub word [bp+di+5], -129
sub word [bp+di+5], 0x1234
sub cx, byte 5
sub ax, strict word 5
sub word [bx], byte -3
sub eax, eax
sub eax, ecx
sub eax, esp
sub ecx, eax
sub ecx, ecx
sub ecx, esp
sub esp, eax
sub esp, ecx
sub esp, esp
sub edi, eax
sub edi, ecx
sub edi, esp
sub [bx], ecx
sub eax, [bx]
sub esp, [bx]
sub [bp], ecx
sub eax, [bp]
sub esp, [bp]
sub [si], ecx
sub eax, [si]
sub esp, [si]
sub [di], ecx
sub eax, [di]
sub esp, [di]
sub [bx+si], ecx
sub eax, [bx+si]
sub esp, [bx+si]
sub [bp+di+5], ecx
sub eax, [bp+di+5]
sub esp, [bp+di+5]
sub [si+bx-1], ecx
sub eax, [si+bx-1]
sub esp, [si+bx-1]
sub [bx+0x1234], ecx
sub eax, [bx+0x1234]
sub esp, [bx+0x1234]
sub [0x1234], ecx
sub eax, [0x1234]
sub esp, [0x1234]
sub [bp-0x80], ecx
sub eax, [bp-0x80]
sub esp, [bp-0x80]
sub [es:di], ecx
sub eax, [es:di]
sub esp, [es:di]
sub [cs:bx+si+0x80], ecx
sub eax, [cs:bx+si+0x80]
sub esp, [cs:bx+si+0x80]
sub [ebx], ecx
sub eax, [ebx]
sub esp, [ebx]
sub [eax+ecx*4+0x10], ecx
sub eax, [eax+ecx*4+0x10]
sub esp, [eax+ecx*4+0x10]
sub [esp], ecx
sub eax, [esp]
sub esp, [esp]
sub eax, 0
sub esp, 0
sub eax, 2
sub esp, 2
sub eax, 0x7f
sub esp, 0x7f
sub eax, 0x80
sub esp, 0x80
sub eax, -128
sub esp, -128
sub eax, -129
sub esp, -129
sub eax, 0x1234
sub esp, 0x1234
sub eax, 0x12345678
sub esp, 0x12345678
sub eax, 0x7fffffff
sub esp, 0x7fffffff
sub eax, 0x80000000
sub esp, 0x80000000
sub eax, 0xffffffff
sub esp, 0xffffffff
sub eax, -1
sub esp, -1
sub dword [bx], 0
sub dword [bx], 2
sub dword [bx], 0x7f
sub dword [bx], 0x80
sub dword [bx], -128
sub dword [bx], -129
sub dword [bx], 0x1234
sub dword [bp], 0
sub dword [bp], 2
sub dword [bp], 0x7f
sub dword [bp], 0x80
sub dword [bp], -128
sub dword [bp], -129
sub dword [bp], 0x1234
sub dword [si], 0
sub dword [si], 2
sub dword [si], 0x7f
sub dword [si], 0x80
sub dword [si], -128
sub dword [si], -129
sub dword [si], 0x1234
sub dword [di], 0
sub dword [di], 2
sub dword [di], 0x7f
sub dword [di], 0x80
sub dword [di], -128
sub dword [di], -129
sub dword [di], 0x1234
sub dword [bx+si], 0
sub dword [bx+si], 2
sub dword [bx+si], 0x7f
sub dword [bx+si], 0x80
sub dword [bx+si], -128
sub dword [bx+si], -129
sub dword [bx+si], 0x1234
sub dword [bp+di+5], 0
sub dword [bp+di+5], 2
sub dword [bp+di+5], 0x7f
sub dword [bp+di+5], 0x80
sub dword [bp+di+5], -128
sub dword [bp+di+5], -129
sub dword [bp+di+5], 0x1234
sub ecx, byte 5
sub eax, strict dword 5
sub dword [bx], byte -3
sub [ebx], byte 5
sub [ebx], word 5
sub [ebx], dword 5
xor al, al
xor al, cl
xor al, bh
xor cl, al
xor cl, cl
xor cl, bh
xor bh, al
xor bh, cl
xor bh, bh
xor dl, al
xor dl, cl
xor dl, bh
xor [bx], cl
xor al, [bx]
xor bh, [bx]
xor [bp], cl
xor al, [bp]
xor bh, [bp]
xor [si], cl
xor al, [si]
xor bh, [si]
xor [di], cl
xor al, [di]
xor bh, [di]
xor [bx+si], cl
xor al, [bx+si]
xor bh, [bx+si]
xor [bp+di+5], cl
xor al, [bp+di+5]
xor bh, [bp+di+5]
xor [si+bx-1], cl
xor al, [si+bx-1]
xor bh, [si+bx-1]
xor [bx+0x1234], cl
xor al, [bx+0x1234]
xor bh, [bx+0x1234]
xor [0x1234], cl
xor al, [0x1234]
xor bh, [0x1234]
xor [bp-0x80], cl
xor al, [bp-0x80]
xor bh, [bp-0x80]
xor [es:di], cl
xor al, [es:di]
xor bh, [es:di]
xor [cs:bx+si+0x80], cl
xor al, [cs:bx+si+0x80]
xor bh, [cs:bx+si+0x80]
xor [ebx], cl
xor al, [ebx]
xor bh, [ebx]
xor [eax+ecx*4+0x10], cl
xor al, [eax+ecx*4+0x10]
xor bh, [eax+ecx*4+0x10]
xor [esp], cl
xor al, [esp]
xor bh, [esp]
xor al, 0
xor bh, 0
xor al, 1
xor bh, 1
xor al, 0x7f
xor bh, 0x7f
xor al, -1
xor bh, -1
xor al, -128
xor bh, -128
xor al, 0xff
xor bh, 0xff
xor al, -0x80
xor bh, -0x80
xor al, 'A'
xor bh, 'A'
xor byte [bx], 0
xor byte [bx], 1
xor byte [bx], 0x7f
xor byte [bx], -1
xor byte [bx], -128
xor byte [bx], 0xff
xor byte [bx], -0x80
xor byte [bp], 0
xor byte [bp], 1
xor byte [bp], 0x7f
xor byte [bp], -1
xor byte [bp], -128
xor byte [bp], 0xff
xor byte [bp], -0x80
xor byte [si], 0
xor byte [si], 1
xor byte [si], 0x7f
xor byte [si], -1
xor byte [si], -128
xor byte [si], 0xff
xor byte [si], -0x80
xor byte [di], 0
xor byte [di], 1
xor byte [di], 0x7f
xor byte [di], -1
xor byte [di], -128
xor byte [di], 0xff
xor byte [di], -0x80
xor byte [bx+si], 0
xor byte [bx+si], 1
xor byte [bx+si], 0x7f
xor byte [bx+si], -1
xor byte [bx+si], -128
xor byte [bx+si], 0xff
xor byte [bx+si], -0x80
xor byte [bp+di+5], 0
xor byte [bp+di+5], 1
xor byte [bp+di+5], 0x7f
xor byte [bp+di+5], -1
xor byte [bp+di+5], -128
xor byte [bp+di+5], 0xff
xor byte [bp+di+5], -0x80
xor ax, ax
xor ax, cx
xor ax, sp
xor cx, ax
xor cx, cx
xor cx, sp
xor sp, ax
xor sp, cx
xor sp, sp
xor di, ax
xor di, cx
xor di, sp
xor [bx], cx
xor ax, [bx]
xor sp, [bx]
xor [bp], cx
xor ax, [bp]
xor sp, [bp]
xor [si], cx
xor ax, [si]
xor sp, [si]
xor [di], cx
xor ax, [di]
xor sp, [di]
xor [bx+si], cx
xor ax, [bx+si]
xor sp, [bx+si]
xor [bp+di+5], cx
xor ax, [bp+di+5]
xor sp, [bp+di+5]
xor [si+bx-1], cx
xor ax, [si+bx-1]
xor sp, [si+bx-1]
xor [bx+0x1234], cx
xor ax, [bx+0x1234]
xor sp, [bx+0x1234]
xor [0x1234], cx
xor ax, [0x1234]
xor sp, [0x1234]
xor [bp-0x80], cx
xor ax, [bp-0x80]
xor sp, [bp-0x80]
xor [es:di], cx
xor ax, [es:di]
xor sp, [es:di]
xor [cs:bx+si+0x80], cx
xor ax, [cs:bx+si+0x80]
xor sp, [cs:bx+si+0x80]
xor [ebx], cx
xor ax, [ebx]
xor sp, [ebx]
xor [eax+ecx*4+0x10], cx
xor ax, [eax+ecx*4+0x10]
xor sp, [eax+ecx*4+0x10]
xor [esp], cx
xor ax, [esp]
xor sp, [esp]
xor ax, 0
xor sp, 0
xor ax, 1
xor sp, 1
xor ax, 0x7f
xor sp, 0x7f
xor ax, 0x80
xor sp, 0x80
xor ax, -128
xor sp, -128
xor ax, -129
xor sp, -129
xor ax, 0x1234
xor sp, 0x1234
xor ax, 0xffff
xor sp, 0xffff
xor ax, -1
xor sp, -1
xor ax, 0x7fff
xor sp, 0x7fff
xor word [bx], 0
xor word [bx], 1
xor word [bx], 0x7f
xor word [bx], 0x80
xor word [bx], -128
xor word [bx], -129
xor word [bx], 0x1234
xor word [bp], 0
xor word [bp], 1
xor word [bp], 0x7f
xor word [bp], 0x80
xor word [bp], -128
xor word [bp], -129
xor word [bp], 0x1234
xor word [si], 0
xor word [si], 1
xor word [si], 0x7f
xor word [si], 0x80
xor word [si], -128
xor word [si], -129
xor word [si], 0x1234
xor word [di], 0
xor word [di], 1
xor word [di], 0x7f
xor word [di], 0x80
xor word [di], -128
xor word [di], -129
xor word [di], 0x1234
xor word [bx+si], 0
xor word [bx+si], 1
xor word [bx+si], 0x7f
xor word [bx+si], 0x80
xor word [bx+si], -128
xor word [bx+si], -129
xor word [bx+si], 0x1234
xor word [bp+di+5], 0
xor word [bp+di+5], 1
xor word [bp+di+5], 0x7f
xor word [bp+di+5], 0x80
xor word [bp+di+5], -128
xor word [bp+di+5], -129
xor word [bp+di+5], 0x1234
xor cx, byte 5
xor ax, strict word 5
xor word [bx], byte -3
xor eax, eax
xor eax, ecx
xor eax, esp
xor ecx, eax
xor ecx, ecx
xor ecx, esp
xor esp, eax
xor esp, ecx
xor esp, esp
xor edi, eax
xor edi, ecx
xor edi, esp
xor [bx], ecx
xor eax, [bx]
xor esp, [bx]
xor [bp], ecx
xor eax, [bp]
xor esp, [bp]
xor [si], ecx
xor eax, [si]
xor esp, [si]
xor [di], ecx
xor eax, [di]
xor esp, [di]
xor [bx+si], ecx
xor eax, [bx+si]
xor esp, [bx+si]
xor [bp+di+5], ecx
xor eax, [bp+di+5]
xor esp, [bp+di+5]
xor [si+bx-1], ecx
xor eax, [si+bx-1]
xor esp, [si+bx-1]
xor [bx+0x1234], ecx
xor eax, [bx+0x1234]
xor esp, [bx+0x1234]
xor [0x1234], ecx
xor eax, [0x1234]
xor esp, [0x1234]
xor [bp-0x80], ecx
xor eax, [bp-0x80]
xor esp, [bp-0x80]
xor [es:di], ecx
xor eax, [es:di]
xor esp, [es:di]
xor [cs:bx+si+0x80], ecx
xor eax, [cs:bx+si+0x80]
xor esp, [cs:bx+si+0x80]
xor [ebx], ecx
xor eax, [ebx]
xor esp, [ebx]
xor [eax+ecx*4+0x10], ecx
xor eax, [eax+ecx*4+0x10]
xor esp, [eax+ecx*4+0x10]
xor [esp], ecx
xor eax, [esp]
xor esp, [esp]
xor eax, 0
xor esp, 0
xor eax, 2
xor esp, 2
xor eax, 0x7f
xor esp, 0x7f
xor eax, 0x80
xor esp, 0x80
xor eax, -128
xor esp, -128
xor eax, -129
xor esp, -129
xor eax, 0x1234
xor esp, 0x1234
xor eax, 0x12345678
xor esp, 0x12345678
xor eax, 0x7fffffff
xor esp, 0x7fffffff
xor eax, 0x80000000
xor esp, 0x80000000
xor eax, 0xffffffff
xor esp, 0xffffffff
xor eax, -1
xor esp, -1
xor dword [bx], 0
xor dword [bx], 2
xor dword [bx], 0x7f
xor dword [bx], 0x80
xor dword [bx], -128
xor dword [bx], -129
xor dword [bx], 0x1234
xor dword [bp], 0
xor dword [bp], 2
xor dword [bp], 0x7f
xor dword [bp], 0x80
xor dword [bp], -128
xor dword [bp], -129
xor dword [bp], 0x1234
xor dword [si], 0
xor dword [si], 2
xor dword [si], 0x7f
xor dword [si], 0x80
xor dword [si], -128
xor dword [si], -129
xor dword [si], 0x1234
xor dword [di], 0
xor dword [di], 2
xor dword [di], 0x7f
xor dword [di], 0x80
xor dword [di], -128
xor dword [di], -129
xor dword [di], 0x1234
xor dword [bx+si], 0
xor dword [bx+si], 2
xor dword [bx+si], 0x7f
xor dword [bx+si], 0x80
xor dword [bx+si], -128
xor dword [bx+si], -129
xor dword [bx+si], 0x1234
xor dword [bp+di+5], 0
xor dword [bp+di+5], 2
xor dword [bp+di+5], 0x7f
xor dword [bp+di+5], 0x80
xor dword [bp+di+5], -128
xor dword [bp+di+5], -129
xor dword [bp+di+5], 0x1234
xor ecx, byte 5
xor eax, strict dword 5
xor dword [bx], byte -3
xor [ebx], byte 5
xor [ebx], word 5
xor [ebx], dword 5
cmp al, al
cmp al, cl
cmp al, bh
cmp cl, al
cmp cl, cl
cmp cl, bh
cmp bh, al
cmp bh, cl
cmp bh, bh
cmp dl, al
cmp dl, cl
cmp dl, bh
cmp [bx], cl
cmp al, [bx]
cmp bh, [bx]
cmp [bp], cl
cmp al, [bp]
cmp bh, [bp]
cmp [si], cl
cmp al, [si]
cmp bh, [si]
cmp [di], cl
cmp al, [di]
cmp bh, [di]
cmp [bx+si], cl
cmp al, [bx+si]
cmp bh, [bx+si]
cmp [bp+di+5], cl
cmp al, [bp+di+5]
cmp bh, [bp+di+5]
cmp [si+bx-1], cl
cmp al, [si+bx-1]
cmp bh, [si+bx-1]
cmp [bx+0x1234], cl
cmp al, [bx+0x1234]
cmp bh, [bx+0x1234]
cmp [0x1234], cl
cmp al, [0x1234]
cmp bh, [0x1234]
cmp [bp-0x80], cl
cmp al, [bp-0x80]
cmp bh, [bp-0x80]
cmp [es:di], cl
cmp al, [es:di]
cmp bh, [es:di]
cmp [cs:bx+si+0x80], cl
cmp al, [cs:bx+si+0x80]
cmp bh, [cs:bx+si+0x80]
cmp [ebx], cl
cmp al, [ebx]
cmp bh, [ebx]
cmp [eax+ecx*4+0x10], cl
cmp al, [eax+ecx*4+0x10]
cmp bh, [eax+ecx*4+0x10]
cmp [esp], cl
cmp al, [esp]
cmp bh, [esp]
cmp al, 0
cmp bh, 0
cmp al, 1
cmp bh, 1
cmp al, 0x7f
cmp bh, 0x7f
cmp al, -1
cmp bh, -1
cmp al, -128
cmp bh, -128
cmp al, 0xff
cmp bh, 0xff
cmp al, -0x80
cmp bh, -0x80
cmp al, 'A'
cmp bh, 'A'
cmp byte [bx], 0
cmp byte [bx], 1
cmp byte [bx], 0x7f
cmp byte [bx], -1
cmp byte [bx], -128
cmp byte [bx], 0xff
cmp byte [bx], -0x80
cmp byte [bp], 0
cmp byte [bp], 1
cmp byte [bp], 0x7f
cmp byte [bp], -1
cmp byte [bp], -128
cmp byte [bp], 0xff
cmp byte [bp], -0x80
cmp byte [si], 0
cmp byte [si], 1
cmp byte [si], 0x7f
cmp byte [si], -1
cmp byte [si], -128
cmp byte [si], 0xff
cmp byte [si], -0x80
cmp byte [di], 0
cmp byte [di], 1
cmp byte [di], 0x7f
cmp byte [di], -1
cmp byte [di], -128
cmp byte [di], 0xff
cmp byte [di], -0x80
cmp byte [bx+si], 0
cmp byte [bx+si], 1
cmp byte [bx+si], 0x7f
cmp byte [bx+si], -1
cmp byte [bx+si], -128
cmp byte [bx+si], 0xff
cmp byte [bx+si], -0x80
cmp byte [bp+di+5], 0
cmp byte [bp+di+5], 1
cmp byte [bp+di+5], 0x7f
cmp byte [bp+di+5], -1
cmp byte [bp+di+5], -128
cmp byte [bp+di+5], 0xff
cmp byte [bp+di+5], -0x80
cmp ax, ax
cmp ax, cx
cmp ax, sp
cmp cx, ax
cmp cx, cx
cmp cx, sp
cmp sp, ax
cmp sp, cx
cmp sp, sp
cmp di, ax
cmp di, cx
cmp di, sp
cmp [bx], cx
cmp ax, [bx]
cmp sp, [bx]
cmp [bp], cx
cmp ax, [bp]
cmp sp, [bp]
cmp [si], cx
cmp ax, [si]
cmp sp, [si]
cmp [di], cx
cmp ax, [di]
cmp sp, [di]
cmp [bx+si], cx
cmp ax, [bx+si]
cmp sp, [bx+si]
cmp [bp+di+5], cx
cmp ax, [bp+di+5]
cmp sp, [bp+di+5]
cmp [si+bx-1], cx
cmp ax, [si+bx-1]
cmp sp, [si+bx-1]
cmp [bx+0x1234], cx
cmp ax, [bx+0x1234]
cmp sp, [bx+0x1234]
cmp [0x1234], cx
cmp ax, [0x1234]
cmp sp, [0x1234]
cmp [bp-0x80], cx
cmp ax, [bp-0x80]
cmp sp, [bp-0x80]
cmp [es:di], cx
cmp ax, [es:di]
cmp sp, [es:di]
cmp [cs:bx+si+0x80], cx
cmp ax, [cs:bx+si+0x80]
cmp sp, [cs:bx+si+0x80]
cmp [ebx], cx
cmp ax, [ebx]
cmp sp, [ebx]
cmp [eax+ecx*4+0x10], cx
cmp ax, [eax+ecx*4+0x10]
cmp sp, [eax+ecx*4+0x10]
cmp [esp], cx
cmp ax, [esp]
cmp sp, [esp]
cmp ax, 0
cmp sp, 0
cmp ax, 1
cmp sp, 1
cmp ax, 0x7f
cmp sp, 0x7f
cmp ax, 0x80
cmp sp, 0x80
cmp ax, -128
cmp sp, -128
cmp ax, -129
cmp sp, -129
cmp ax, 0x1234
cmp sp, 0x1234
cmp ax, 0xffff
cmp sp, 0xffff
cmp ax, -1
cmp sp, -1
cmp ax, 0x7fff
cmp sp, 0x7fff
cmp word [bx], 0
cmp word [bx], 1
cmp word [bx], 0x7f
cmp word [bx], 0x80
cmp word [bx], -128
cmp word [bx], -129
cmp word [bx], 0x1234
cmp word [bp], 0
cmp word [bp], 1
cmp word [bp], 0x7f
cmp word [bp], 0x80
cmp word [bp], -128
cmp word [bp], -129
cmp word [bp], 0x1234
cmp word [si], 0
cmp word [si], 1
cmp word [si], 0x7f
cmp word [si], 0x80
cmp word [si], -128
cmp word [si], -129
cmp word [si], 0x1234
cmp word [di], 0
cmp word [di], 1
cmp word [di], 0x7f
cmp word [di], 0x80
cmp word [di], -128
cmp word [di], -129
cmp word [di], 0x1234
cmp word [bx+si], 0
cmp word [bx+si], 1
cmp word [bx+si], 0x7f
cmp word [bx+si], 0x80
cmp word [bx+si], -128
cmp word [bx+si], -129
cmp word [bx+si], 0x1234
cmp word [bp+di+5], 0
cmp word [bp+di+5], 1
cmp word [bp+di+5], 0x7f
cmp word [bp+di+5], 0x80
cmp word [bp+di+5], -128
cmp word [bp+di+5], -129
cmp word [bp+di+5], 0x1234
cmp cx, byte 5
cmp ax, strict word 5
cmp word [bx], byte -3
cmp eax, eax
cmp eax, ecx
cmp eax, esp
cmp ecx, eax
cmp ecx, ecx
cmp ecx, esp
cmp esp, eax
cmp esp, ecx
cmp esp, esp
cmp edi, eax
cmp edi, ecx
cmp edi, esp
cmp [bx], ecx
cmp eax, [bx]
cmp esp, [bx]
cmp [bp], ecx
cmp eax, [bp]
cmp esp, [bp]
cmp [si], ecx
cmp eax, [si]
cmp esp, [si]
cmp [di], ecx
cmp eax, [di]
cmp esp, [di]
cmp [bx+si], ecx
cmp eax, [bx+si]
cmp esp, [bx+si]
cmp [bp+di+5], ecx
cmp eax, [bp+di+5]
cmp esp, [bp+di+5]
cmp [si+bx-1], ecx
cmp eax, [si+bx-1]
cmp esp, [si+bx-1]
cmp [bx+0x1234], ecx
cmp eax, [bx+0x1234]
cmp esp, [bx+0x1234]
cmp [0x1234], ecx
cmp eax, [0x1234]
cmp esp, [0x1234]
cmp [bp-0x80], ecx
cmp eax, [bp-0x80]
cmp esp, [bp-0x80]
cmp [es:di], ecx
cmp eax, [es:di]
cmp esp, [es:di]
cmp [cs:bx+si+0x80], ecx
cmp eax, [cs:bx+si+0x80]
cmp esp, [cs:bx+si+0x80]
cmp [ebx], ecx
cmp eax, [ebx]
cmp esp, [ebx]
cmp [eax+ecx*4+0x10], ecx
cmp eax, [eax+ecx*4+0x10]
cmp esp, [eax+ecx*4+0x10]
cmp [esp], ecx
cmp eax, [esp]
cmp esp, [esp]
cmp eax, 0
cmp esp, 0
cmp eax, 2
cmp esp, 2
cmp eax, 0x7f
cmp esp, 0x7f
cmp eax, 0x80
cmp esp, 0x80
cmp eax, -128
cmp esp, -128
cmp eax, -129
cmp esp, -129
cmp eax, 0x1234
cmp esp, 0x1234
cmp eax, 0x12345678
cmp esp, 0x12345678
cmp eax, 0x7fffffff
cmp esp, 0x7fffffff
cmp eax, 0x80000000
cmp esp, 0x80000000
cmp eax, 0xffffffff
cmp esp, 0xffffffff
cmp eax, -1
cmp esp, -1
cmp dword [bx], 0
cmp dword [bx], 2
cmp dword [bx], 0x7f
cmp dword [bx], 0x80
cmp dword [bx], -128
cmp dword [bx], -129
cmp dword [bx], 0x1234
cmp dword [bp], 0
cmp dword [bp], 2
cmp dword [bp], 0x7f
cmp dword [bp], 0x80
cmp dword [bp], -128
cmp dword [bp], -129
cmp dword [bp], 0x1234
cmp dword [si], 0
cmp dword [si], 2
cmp dword [si], 0x7f
cmp dword [si], 0x80
cmp dword [si], -128
cmp dword [si], -129
cmp dword [si], 0x1234
cmp dword [di], 0
cmp dword [di], 2
cmp dword [di], 0x7f
cmp dword [di], 0x80
cmp dword [di], -128
cmp dword [di], -129
cmp dword [di], 0x1234
cmp dword [bx+si], 0
cmp dword [bx+si], 2
cmp dword [bx+si], 0x7f
cmp dword [bx+si], 0x80
cmp dword [bx+si], -128
cmp dword [bx+si], -129
cmp dword [bx+si], 0x1234
cmp dword [bp+di+5], 0
cmp dword [bp+di+5], 2
cmp dword [bp+di+5], 0x7f
cmp dword [bp+di+5], 0x80
cmp dword [bp+di+5], -128
cmp dword [bp+di+5], -129
cmp dword [bp+di+5], 0x1234
cmp ecx, byte 5
cmp eax, strict dword 5
cmp dword [bx], byte -3
cmp [ebx], byte 5
cmp [ebx], word 5
cmp [ebx], dword 5
mov al, al
mov al, cl
mov al, bh
mov cl, al
mov cl, cl
mov cl, bh
mov bh, al
mov bh, cl
mov bh, bh
mov dl, al
mov dl, cl
mov dl, bh
mov [bx], cl
mov al, [bx]
mov bh, [bx]
mov [bp], cl
mov al, [bp]
mov bh, [bp]
mov [si], cl
mov al, [si]
mov bh, [si]
mov [di], cl
mov al, [di]
mov bh, [di]
mov [bx+si], cl
mov al, [bx+si]
mov bh, [bx+si]
mov [bp+di+5], cl
mov al, [bp+di+5]
mov bh, [bp+di+5]
mov [si+bx-1], cl
mov al, [si+bx-1]
mov bh, [si+bx-1]
mov [bx+0x1234], cl
mov al, [bx+0x1234]
mov bh, [bx+0x1234]
mov [0x1234], cl
mov al, [0x1234]
mov bh, [0x1234]
mov [bp-0x80], cl
mov al, [bp-0x80]
mov bh, [bp-0x80]
mov [es:di], cl
mov al, [es:di]
mov bh, [es:di]
mov [cs:bx+si+0x80], cl
mov al, [cs:bx+si+0x80]
mov bh, [cs:bx+si+0x80]
mov [ebx], cl
mov al, [ebx]
mov bh, [ebx]
mov [eax+ecx*4+0x10], cl
mov al, [eax+ecx*4+0x10]
mov bh, [eax+ecx*4+0x10]
mov [esp], cl
mov al, [esp]
mov bh, [esp]
mov al, 0
mov bh, 0
mov al, 1
mov bh, 1
mov al, 0x7f
mov bh, 0x7f
mov al, -1
mov bh, -1
mov al, -128
mov bh, -128
mov al, 0xff
mov bh, 0xff
mov al, -0x80
mov bh, -0x80
mov al, 'A'
mov bh, 'A'
mov byte [bx], 0
mov byte [bx], 1
mov byte [bx], 0x7f
mov byte [bx], -1
mov byte [bx], -128
mov byte [bx], 0xff
mov byte [bx], -0x80
mov byte [bp], 0
mov byte [bp], 1
mov byte [bp], 0x7f
mov byte [bp], -1
mov byte [bp], -128
mov byte [bp], 0xff
mov byte [bp], -0x80
mov byte [si], 0
mov byte [si], 1
mov byte [si], 0x7f
mov byte [si], -1
mov byte [si], -128
mov byte [si], 0xff
mov byte [si], -0x80
mov byte [di], 0
mov byte [di], 1
mov byte [di], 0x7f
mov byte [di], -1
mov byte [di], -128
mov byte [di], 0xff
mov byte [di], -0x80
mov byte [bx+si], 0
mov byte [bx+si], 1
mov byte [bx+si], 0x7f
mov byte [bx+si], -1
mov byte [bx+si], -128
mov byte [bx+si], 0xff
mov byte [bx+si], -0x80
mov byte [bp+di+5], 0
mov byte [bp+di+5], 1
mov byte [bp+di+5], 0x7f
mov byte [bp+di+5], -1
mov byte [bp+di+5], -128
mov byte [bp+di+5], 0xff
mov byte [bp+di+5], -0x80
mov ax, ax
mov ax, cx
mov ax, sp
mov cx, ax
mov cx, cx
mov cx, sp
mov sp, ax
mov sp, cx
mov sp, sp
mov di, ax
mov di, cx
mov di, sp
mov [bx], cx
mov ax, [bx]
mov sp, [bx]
mov [bp], cx
mov ax, [bp]
mov sp, [bp]
mov [si], cx
mov ax, [si]
mov sp, [si]
mov [di], cx
mov ax, [di]
mov sp, [di]
mov [bx+si], cx
mov ax, [bx+si]
mov sp, [bx+si]
mov [bp+di+5], cx
mov ax, [bp+di+5]
mov sp, [bp+di+5]
mov [si+bx-1], cx
mov ax, [si+bx-1]
mov sp, [si+bx-1]
mov [bx+0x1234], cx
mov ax, [bx+0x1234]
mov sp, [bx+0x1234]
mov [0x1234], cx
mov ax, [0x1234]
mov sp, [0x1234]
mov [bp-0x80], cx
mov ax, [bp-0x80]
mov sp, [bp-0x80]
mov [es:di], cx
mov ax, [es:di]
mov sp, [es:di]
mov [cs:bx+si+0x80], cx
mov ax, [cs:bx+si+0x80]
mov sp, [cs:bx+si+0x80]
mov [ebx], cx
mov ax, [ebx]
mov sp, [ebx]
mov [eax+ecx*4+0x10], cx
mov ax, [eax+ecx*4+0x10]
mov sp, [eax+ecx*4+0x10]
mov [esp], cx
mov ax, [esp]
mov sp, [esp]
mov ax, 0
mov sp, 0
mov ax, 1
mov sp, 1
mov ax, 0x7f
mov sp, 0x7f
mov ax, 0x80
mov sp, 0x80
mov ax, -128
mov sp, -128
mov ax, -129
mov sp, -129
mov ax, 0x1234
mov sp, 0x1234
mov ax, 0xffff
mov sp, 0xffff
mov ax, -1
mov sp, -1
mov ax, 0x7fff
mov sp, 0x7fff
mov word [bx], 0
mov word [bx], 1
mov word [bx], 0x7f
mov word [bx], 0x80
mov word [bx], -128
mov word [bx], -129
mov word [bx], 0x1234
mov word [bp], 0
mov word [bp], 1
mov word [bp], 0x7f
mov word [bp], 0x80
mov word [bp], -128
mov word [bp], -129
mov word [bp], 0x1234
mov word [si], 0
mov word [si], 1
mov word [si], 0x7f
mov word [si], 0x80
mov word [si], -128
mov word [si], -129
mov word [si], 0x1234
mov word [di], 0
mov word [di], 1
mov word [di], 0x7f
mov word [di], 0x80
mov word [di], -128
mov word [di], -129
mov word [di], 0x1234
mov word [bx+si], 0
mov word [bx+si], 1
mov word [bx+si], 0x7f
mov word [bx+si], 0x80
mov word [bx+si], -128
mov word [bx+si], -129
mov word [bx+si], 0x1234
mov word [bp+di+5], 0
mov word [bp+di+5], 1
mov word [bp+di+5], 0x7f
mov word [bp+di+5], 0x80
mov word [bp+di+5], -128
mov word [bp+di+5], -129
mov word [bp+di+5], 0x1234
mov eax, eax
mov eax, ecx
mov eax, esp
mov ecx, eax
mov ecx, ecx
mov ecx, esp
mov esp, eax
mov esp, ecx
mov esp, esp
mov edi, eax
mov edi, ecx
mov edi, esp
mov [bx], ecx
mov eax, [bx]
mov esp, [bx]
mov [bp], ecx
mov eax, [bp]
mov esp, [bp]
mov [si], ecx
mov eax, [si]
mov esp, [si]
mov [di], ecx
mov eax, [di]
mov esp, [di]
mov [bx+si], ecx
mov eax, [bx+si]
mov esp, [bx+si]
mov [bp+di+5], ecx
mov eax, [bp+di+5]
mov esp, [bp+di+5]
mov [si+bx-1], ecx
mov eax, [si+bx-1]
mov esp, [si+bx-1]
mov [bx+0x1234], ecx
mov eax, [bx+0x1234]
mov esp, [bx+0x1234]
mov [0x1234], ecx
mov eax, [0x1234]
mov esp, [0x1234]
mov [bp-0x80], ecx
mov eax, [bp-0x80]
mov esp, [bp-0x80]
mov [es:di], ecx
mov eax, [es:di]
mov esp, [es:di]
mov [cs:bx+si+0x80], ecx
mov eax, [cs:bx+si+0x80]
mov esp, [cs:bx+si+0x80]
mov [ebx], ecx
mov eax, [ebx]
mov esp, [ebx]
mov [eax+ecx*4+0x10], ecx
mov eax, [eax+ecx*4+0x10]
mov esp, [eax+ecx*4+0x10]
mov [esp], ecx
mov eax, [esp]
mov esp, [esp]
mov eax, 0
mov esp, 0
mov eax, 2
mov esp, 2
mov eax, 0x7f
mov esp, 0x7f
mov eax, 0x80
mov esp, 0x80
mov eax, -128
mov esp, -128
mov eax, -129
mov esp, -129
mov eax, 0x1234
mov esp, 0x1234
mov eax, 0x12345678
mov esp, 0x12345678
mov eax, 0x7fffffff
mov esp, 0x7fffffff
mov eax, 0x80000000
mov esp, 0x80000000
mov eax, 0xffffffff
mov esp, 0xffffffff
mov eax, -1
mov esp, -1
mov dword [bx], 0
mov dword [bx], 2
mov dword [bx], 0x7f
mov dword [bx], 0x80
mov dword [bx], -128
mov dword [bx], -129
mov dword [bx], 0x1234
mov dword [bp], 0
mov dword [bp], 2
mov dword [bp], 0x7f
mov dword [bp], 0x80
mov dword [bp], -128
mov dword [bp], -129
mov dword [bp], 0x1234
mov dword [si], 0
mov dword [si], 2
mov dword [si], 0x7f
mov dword [si], 0x80
mov dword [si], -128
mov dword [si], -129
mov dword [si], 0x1234
mov dword [di], 0
mov dword [di], 2
mov dword [di], 0x7f
mov dword [di], 0x80
mov dword [di], -128
mov dword [di], -129
mov dword [di], 0x1234
mov dword [bx+si], 0
mov dword [bx+si], 2
mov dword [bx+si], 0x7f
mov dword [bx+si], 0x80
mov dword [bx+si], -128
mov dword [bx+si], -129
mov dword [bx+si], 0x1234
mov dword [bp+di+5], 0
mov dword [bp+di+5], 2
mov dword [bp+di+5], 0x7f
mov dword [bp+di+5], 0x80
mov dword [bp+di+5], -128
mov dword [bp+di+5], -129
mov dword [bp+di+5], 0x1234
mov [ebx], byte 5
mov [ebx], word 5
mov [ebx], dword 5
test al, al
test al, cl
test al, bh
test cl, al
test cl, cl
test cl, bh
test bh, al
test bh, cl
test bh, bh
test dl, al
test dl, cl
test dl, bh
test [bx], cl
test al, [bx]
test bh, [bx]
test [bp], cl
test al, [bp]
test bh, [bp]
test [si], cl
test al, [si]
test bh, [si]
test [di], cl
test al, [di]
test bh, [di]
test [bx+si], cl
test al, [bx+si]
test bh, [bx+si]
test [bp+di+5], cl
test al, [bp+di+5]
test bh, [bp+di+5]
test [si+bx-1], cl
test al, [si+bx-1]
test bh, [si+bx-1]
test [bx+0x1234], cl
test al, [bx+0x1234]
test bh, [bx+0x1234]
test [0x1234], cl
test al, [0x1234]
test bh, [0x1234]
test [bp-0x80], cl
test al, [bp-0x80]
test bh, [bp-0x80]
test [es:di], cl
test al, [es:di]
test bh, [es:di]
test [cs:bx+si+0x80], cl
test al, [cs:bx+si+0x80]
test bh, [cs:bx+si+0x80]
test [ebx], cl
test al, [ebx]
test bh, [ebx]
test [eax+ecx*4+0x10], cl
test al, [eax+ecx*4+0x10]
test bh, [eax+ecx*4+0x10]
test [esp], cl
test al, [esp]
test bh, [esp]
test al, 0
test bh, 0
test al, 1
test bh, 1
test al, 0x7f
test bh, 0x7f
test al, -1
test bh, -1
test al, -128
test bh, -128
test al, 0xff
test bh, 0xff
test al, -0x80
test bh, -0x80
test al, 'A'
test bh, 'A'
test byte [bx], 0
test byte [bx], 1
test byte [bx], 0x7f
test byte [bx], -1
test byte [bx], -128
test byte [bx], 0xff
test byte [bx], -0x80
test byte [bp], 0
test byte [bp], 1
test byte [bp], 0x7f
test byte [bp], -1
test byte [bp], -128
test byte [bp], 0xff
test byte [bp], -0x80
test byte [si], 0
test byte [si], 1
test byte [si], 0x7f
test byte [si], -1
test byte [si], -128
test byte [si], 0xff
test byte [si], -0x80
test byte [di], 0
test byte [di], 1
test byte [di], 0x7f
test byte [di], -1
test byte [di], -128
test byte [di], 0xff
test byte [di], -0x80
test byte [bx+si], 0
test byte [bx+si], 1
test byte [bx+si], 0x7f
test byte [bx+si], -1
test byte [bx+si], -128
test byte [bx+si], 0xff
test byte [bx+si], -0x80
test byte [bp+di+5], 0
test byte [bp+di+5], 1
test byte [bp+di+5], 0x7f
test byte [bp+di+5], -1
test byte [bp+di+5], -128
test byte [bp+di+5], 0xff
test byte [bp+di+5], -0x80
test ax, ax
test ax, cx
test ax, sp
test cx, ax
test cx, cx
test cx, sp
test sp, ax
test sp, cx
test sp, sp
test di, ax
test di, cx
test di, sp
test [bx], cx
test ax, [bx]
test sp, [bx]
test [bp], cx
test ax, [bp]
test sp, [bp]
test [si], cx
test ax, [si]
test sp, [si]
test [di], cx
test ax, [di]
test sp, [di]
test [bx+si], cx
test ax, [bx+si]
test sp, [bx+si]
test [bp+di+5], cx
test ax, [bp+di+5]
test sp, [bp+di+5]
test [si+bx-1], cx
test ax, [si+bx-1]
test sp, [si+bx-1]
test [bx+0x1234], cx
test ax, [bx+0x1234]
test sp, [bx+0x1234]
test [0x1234], cx
test ax, [0x1234]
test sp, [0x1234]
test [bp-0x80], cx
test ax, [bp-0x80]
test sp, [bp-0x80]
test [es:di], cx
test ax, [es:di]
test sp, [es:di]
test [cs:bx+si+0x80], cx
test ax, [cs:bx+si+0x80]
test sp, [cs:bx+si+0x80]
test [ebx], cx
test ax, [ebx]
test sp, [ebx]
test [eax+ecx*4+0x10], cx
test ax, [eax+ecx*4+0x10]
test sp, [eax+ecx*4+0x10]
test [esp], cx
test ax, [esp]
test sp, [esp]
test ax, 0
test sp, 0
test ax, 1
test sp, 1
test ax, 0x7f
test sp, 0x7f
test ax, 0x80
test sp, 0x80
test ax, -128
test sp, -128
test ax, -129
test sp, -129
test ax, 0x1234
test sp, 0x1234
test ax, 0xffff
test sp, 0xffff
test ax, -1
test sp, -1
test ax, 0x7fff
test sp, 0x7fff
test word [bx], 0
test word [bx], 1
test word [bx], 0x7f
test word [bx], 0x80
test word [bx], -128
test word [bx], -129
test word [bx], 0x1234
test word [bp], 0
test word [bp], 1
test word [bp], 0x7f
test word [bp], 0x80
test word [bp], -128
test word [bp], -129
test word [bp], 0x1234
test word [si], 0
test word [si], 1
test word [si], 0x7f
test word [si], 0x80
test word [si], -128
test word [si], -129
test word [si], 0x1234
test word [di], 0
test word [di], 1
test word [di], 0x7f
test word [di], 0x80
test word [di], -128
test word [di], -129
test word [di], 0x1234
test word [bx+si], 0
test word [bx+si], 1
test word [bx+si], 0x7f
test word [bx+si], 0x80
test word [bx+si], -128
test word [bx+si], -129
test word [bx+si], 0x1234
test word [bp+di+5], 0
test word [bp+di+5], 1
test word [bp+di+5], 0x7f
test word [bp+di+5], 0x80
test word [bp+di+5], -128
test word [bp+di+5], -129
test word [bp+di+5], 0x1234
test eax, eax
test eax, ecx
test eax, esp
test ecx, eax
test ecx, ecx
test ecx, esp
test esp, eax
test esp, ecx
test esp, esp
test edi, eax
test edi, ecx
test edi, esp
test [bx], ecx
test eax, [bx]
test esp, [bx]
test [bp], ecx
test eax, [bp]
test esp, [bp]
test [si], ecx
test eax, [si]
test esp, [si]
test [di], ecx
test eax, [di]
test esp, [di]
test [bx+si], ecx
test eax, [bx+si]
test esp, [bx+si]
test [bp+di+5], ecx
test eax, [bp+di+5]
test esp, [bp+di+5]
test [si+bx-1], ecx
test eax, [si+bx-1]
test esp, [si+bx-1]
test [bx+0x1234], ecx
test eax, [bx+0x1234]
test esp, [bx+0x1234]
test [0x1234], ecx
test eax, [0x1234]
test esp, [0x1234]
test [bp-0x80], ecx
test eax, [bp-0x80]
test esp, [bp-0x80]
test [es:di], ecx
test eax, [es:di]
test esp, [es:di]
test [cs:bx+si+0x80], ecx
test eax, [cs:bx+si+0x80]
test esp, [cs:bx+si+0x80]
test [ebx], ecx
test eax, [ebx]
test esp, [ebx]
test [eax+ecx*4+0x10], ecx
test eax, [eax+ecx*4+0x10]
test esp, [eax+ecx*4+0x10]
test [esp], ecx
test eax, [esp]
test esp, [esp]
test eax, 0
test esp, 0
test eax, 2
test esp, 2
test eax, 0x7f
test esp, 0x7f
test eax, 0x80
test esp, 0x80
test eax, -128
test esp, -128
test eax, -129
test esp, -129
test eax, 0x1234
test esp, 0x1234
test eax, 0x12345678
test esp, 0x12345678
test eax, 0x7fffffff
test esp, 0x7fffffff
test eax, 0x80000000
test esp, 0x80000000
test eax, 0xffffffff
test esp, 0xffffffff
test eax, -1
test esp, -1
test dword [bx], 0
test dword [bx], 2
test dword [bx], 0x7f
test dword [bx], 0x80
test dword [bx], -128
test dword [bx], -129
test dword [bx], 0x1234
test dword [bp], 0
test dword [bp], 2
test dword [bp], 0x7f
test dword [bp], 0x80
test dword [bp], -128
test dword [bp], -129
test dword [bp], 0x1234
test dword [si], 0
test dword [si], 2
test dword [si], 0x7f
test dword [si], 0x80
test dword [si], -128
test dword [si], -129
test dword [si], 0x1234
test dword [di], 0
test dword [di], 2
test dword [di], 0x7f
test dword [di], 0x80
test dword [di], -128
test dword [di], -129
test dword [di], 0x1234
test dword [bx+si], 0
test dword [bx+si], 2
test dword [bx+si], 0x7f
test dword [bx+si], 0x80
test dword [bx+si], -128
test dword [bx+si], -129
test dword [bx+si], 0x1234
test dword [bp+di+5], 0
test dword [bp+di+5], 2
test dword [bp+di+5], 0x7f
test dword [bp+di+5], 0x80
test dword [bp+di+5], -128
test dword [bp+di+5], -129
test dword [bp+di+5], 0x1234
test [ebx], byte 5
test [ebx], word 5
test [ebx], dword 5
xchg al, al
xchg al, cl
xchg al, bh
xchg cl, al
xchg cl, cl
xchg cl, bh
xchg bh, al
xchg bh, cl
xchg bh, bh
xchg dl, al
xchg dl, cl
xchg dl, bh
xchg [bx], cl
xchg al, [bx]
xchg bh, [bx]
xchg [bp], cl
xchg al, [bp]
xchg bh, [bp]
xchg [si], cl
xchg al, [si]
xchg bh, [si]
xchg [di], cl
xchg al, [di]
xchg bh, [di]
xchg [bx+si], cl
xchg al, [bx+si]
xchg bh, [bx+si]
xchg [bp+di+5], cl
xchg al, [bp+di+5]
xchg bh, [bp+di+5]
xchg [si+bx-1], cl
xchg al, [si+bx-1]
xchg bh, [si+bx-1]
xchg [bx+0x1234], cl
xchg al, [bx+0x1234]
xchg bh, [bx+0x1234]
xchg [0x1234], cl
xchg al, [0x1234]
xchg bh, [0x1234]
xchg [bp-0x80], cl
xchg al, [bp-0x80]
xchg bh, [bp-0x80]
xchg [es:di], cl
xchg al, [es:di]
xchg bh, [es:di]
xchg [cs:bx+si+0x80], cl
xchg al, [cs:bx+si+0x80]
xchg bh, [cs:bx+si+0x80]
xchg [ebx], cl
xchg al, [ebx]
xchg bh, [ebx]
xchg [eax+ecx*4+0x10], cl
xchg al, [eax+ecx*4+0x10]
xchg bh, [eax+ecx*4+0x10]
xchg [esp], cl
xchg al, [esp]
xchg bh, [esp]
xchg ax, ax
xchg ax, cx
xchg ax, sp
xchg cx, ax
xchg cx, cx
xchg cx, sp
xchg sp, ax
xchg sp, cx
xchg sp, sp
xchg di, ax
xchg di, cx
xchg di, sp
xchg [bx], cx
xchg ax, [bx]
xchg sp, [bx]
xchg [bp], cx
xchg ax, [bp]
xchg sp, [bp]
xchg [si], cx
xchg ax, [si]
xchg sp, [si]
xchg [di], cx
xchg ax, [di]
xchg sp, [di]
xchg [bx+si], cx
xchg ax, [bx+si]
xchg sp, [bx+si]
xchg [bp+di+5], cx
xchg ax, [bp+di+5]
xchg sp, [bp+di+5]
xchg [si+bx-1], cx
xchg ax, [si+bx-1]
xchg sp, [si+bx-1]
xchg [bx+0x1234], cx
xchg ax, [bx+0x1234]
xchg sp, [bx+0x1234]
xchg [0x1234], cx
xchg ax, [0x1234]
xchg sp, [0x1234]
xchg [bp-0x80], cx
xchg ax, [bp-0x80]
xchg sp, [bp-0x80]
xchg [es:di], cx
xchg ax, [es:di]
xchg sp, [es:di]
xchg [cs:bx+si+0x80], cx
xchg ax, [cs:bx+si+0x80]
xchg sp, [cs:bx+si+0x80]
xchg [ebx], cx
xchg ax, [ebx]
xchg sp, [ebx]
xchg [eax+ecx*4+0x10], cx
xchg ax, [eax+ecx*4+0x10]
xchg sp, [eax+ecx*4+0x10]
xchg [esp], cx
xchg ax, [esp]
xchg sp, [esp]
xchg eax, eax
xchg eax, ecx
xchg eax, esp
xchg ecx, eax
xchg ecx, ecx
xchg ecx, esp
xchg esp, eax
xchg esp, ecx
xchg esp, esp
xchg edi, eax
xchg edi, ecx
xchg edi, esp
xchg [bx], ecx
xchg eax, [bx]
xchg esp, [bx]
xchg [bp], ecx
xchg eax, [bp]
xchg esp, [bp]
xchg [si], ecx
xchg eax, [si]
xchg esp, [si]
xchg [di], ecx
xchg eax, [di]
xchg esp, [di]
xchg [bx+si], ecx
xchg eax, [bx+si]
xchg esp, [bx+si]
xchg [bp+di+5], ecx
xchg eax, [bp+di+5]
xchg esp, [bp+di+5]
xchg [si+bx-1], ecx
xchg eax, [si+bx-1]
xchg esp, [si+bx-1]
xchg [bx+0x1234], ecx
xchg eax, [bx+0x1234]
xchg esp, [bx+0x1234]
xchg [0x1234], ecx
xchg eax, [0x1234]
xchg esp, [0x1234]
xchg [bp-0x80], ecx
xchg eax, [bp-0x80]
xchg esp, [bp-0x80]
xchg [es:di], ecx
xchg eax, [es:di]
xchg esp, [es:di]
xchg [cs:bx+si+0x80], ecx
xchg eax, [cs:bx+si+0x80]
xchg esp, [cs:bx+si+0x80]
xchg [ebx], ecx
xchg eax, [ebx]
xchg esp, [ebx]
xchg [eax+ecx*4+0x10], ecx
xchg eax, [eax+ecx*4+0x10]
xchg esp, [eax+ecx*4+0x10]
xchg [esp], ecx
xchg eax, [esp]
xchg esp, [esp]
cmpxchg al, al
cmpxchg al, cl
cmpxchg al, bh
cmpxchg cl, al
cmpxchg cl, cl
cmpxchg cl, bh
cmpxchg bh, al
cmpxchg bh, cl
cmpxchg bh, bh
cmpxchg dl, al
cmpxchg dl, cl
cmpxchg dl, bh
cmpxchg [bx], cl
cmpxchg [bp], cl
cmpxchg [si], cl
cmpxchg [di], cl
cmpxchg [bx+si], cl
cmpxchg [bp+di+5], cl
cmpxchg [si+bx-1], cl
cmpxchg [bx+0x1234], cl
cmpxchg [0x1234], cl
cmpxchg [bp-0x80], cl
cmpxchg [es:di], cl
cmpxchg [cs:bx+si+0x80], cl
cmpxchg [ebx], cl
cmpxchg [eax+ecx*4+0x10], cl
cmpxchg [esp], cl
cmpxchg ax, ax
cmpxchg ax, cx
cmpxchg ax, sp
cmpxchg cx, ax
cmpxchg cx, cx
cmpxchg cx, sp
cmpxchg sp, ax
cmpxchg sp, cx
cmpxchg sp, sp
cmpxchg di, ax
cmpxchg di, cx
cmpxchg di, sp
cmpxchg [bx], cx
cmpxchg [bp], cx
cmpxchg [si], cx
cmpxchg [di], cx
cmpxchg [bx+si], cx
cmpxchg [bp+di+5], cx
cmpxchg [si+bx-1], cx
cmpxchg [bx+0x1234], cx
cmpxchg [0x1234], cx
cmpxchg [bp-0x80], cx
cmpxchg [es:di], cx
cmpxchg [cs:bx+si+0x80], cx
cmpxchg [ebx], cx
cmpxchg [eax+ecx*4+0x10], cx
cmpxchg [esp], cx
cmpxchg eax, eax
cmpxchg eax, ecx
cmpxchg eax, esp
cmpxchg ecx, eax
cmpxchg ecx, ecx
cmpxchg ecx, esp
cmpxchg esp, eax
cmpxchg esp, ecx
cmpxchg esp, esp
cmpxchg edi, eax
cmpxchg edi, ecx
cmpxchg edi, esp
cmpxchg [bx], ecx
cmpxchg [bp], ecx
cmpxchg [si], ecx
cmpxchg [di], ecx
cmpxchg [bx+si], ecx
cmpxchg [bp+di+5], ecx
cmpxchg [si+bx-1], ecx
cmpxchg [bx+0x1234], ecx
cmpxchg [0x1234], ecx
cmpxchg [bp-0x80], ecx
cmpxchg [es:di], ecx
cmpxchg [cs:bx+si+0x80], ecx
cmpxchg [ebx], ecx
cmpxchg [eax+ecx*4+0x10], ecx
cmpxchg [esp], ecx
xadd al, al
xadd al, cl
xadd al, bh
xadd cl, al
xadd cl, cl
xadd cl, bh
xadd bh, al
xadd bh, cl
xadd bh, bh
xadd dl, al
xadd dl, cl
xadd dl, bh
xadd [bx], cl
xadd [bp], cl
xadd [si], cl
xadd [di], cl
xadd [bx+si], cl
xadd [bp+di+5], cl
xadd [si+bx-1], cl
xadd [bx+0x1234], cl
xadd [0x1234], cl
xadd [bp-0x80], cl
xadd [es:di], cl
xadd [cs:bx+si+0x80], cl
xadd [ebx], cl
xadd [eax+ecx*4+0x10], cl
xadd [esp], cl
xadd ax, ax
xadd ax, cx
xadd ax, sp
xadd cx, ax
xadd cx, cx
xadd cx, sp
xadd sp, ax
xadd sp, cx
xadd sp, sp
xadd di, ax
xadd di, cx
xadd di, sp
xadd [bx], cx
xadd [bp], cx
xadd [si], cx
xadd [di], cx
xadd [bx+si], cx
xadd [bp+di+5], cx
xadd [si+bx-1], cx
xadd [bx+0x1234], cx
xadd [0x1234], cx
xadd [bp-0x80], cx
xadd [es:di], cx
xadd [cs:bx+si+0x80], cx
xadd [ebx], cx
xadd [eax+ecx*4+0x10], cx
xadd [esp], cx
xadd eax, eax
xadd eax, ecx
xadd eax, esp
xadd ecx, eax
xadd ecx, ecx
xadd ecx, esp
xadd esp, eax
xadd esp, ecx
xadd esp, esp
xadd edi, eax
xadd edi, ecx
xadd edi, esp
xadd [bx], ecx
xadd [bp], ecx
xadd [si], ecx
xadd [di], ecx
xadd [bx+si], ecx
xadd [bp+di+5], ecx
xadd [si+bx-1], ecx
xadd [bx+0x1234], ecx
xadd [0x1234], ecx
xadd [bp-0x80], ecx
xadd [es:di], ecx
xadd [cs:bx+si+0x80], ecx
xadd [ebx], ecx
xadd [eax+ecx*4+0x10], ecx
xadd [esp], ecx
mov ax, es
mov es, ax
mov eax, es
mov es, eax
mov bx, es
mov es, bx
mov [bx], es
mov es, [bx]
mov word [bx], es
mov es, word [bx]
mov [bp], es
mov es, [bp]
mov word [bp], es
mov es, word [bp]
mov [si], es
mov es, [si]
mov word [si], es
mov es, word [si]
mov [di], es
mov es, [di]
mov word [di], es
mov es, word [di]
push es
pop es
mov ax, cs
mov cs, ax
mov eax, cs
mov cs, eax
mov bx, cs
mov cs, bx
mov [bx], cs
mov cs, [bx]
mov word [bx], cs
mov cs, word [bx]
mov [bp], cs
mov cs, [bp]
mov word [bp], cs
mov cs, word [bp]
mov [si], cs
mov cs, [si]
mov word [si], cs
mov cs, word [si]
mov [di], cs
mov cs, [di]
mov word [di], cs
mov cs, word [di]
push cs
pop cs
mov ax, ss
mov ss, ax
mov eax, ss
mov ss, eax
mov bx, ss
mov ss, bx
mov [bx], ss
mov ss, [bx]
mov word [bx], ss
mov ss, word [bx]
mov [bp], ss
mov ss, [bp]
mov word [bp], ss
mov ss, word [bp]
mov [si], ss
mov ss, [si]
mov word [si], ss
mov ss, word [si]
mov [di], ss
mov ss, [di]
mov word [di], ss
mov ss, word [di]
push ss
pop ss
mov ax, ds
mov ds, ax
mov eax, ds
mov ds, eax
mov bx, ds
mov ds, bx
mov [bx], ds
mov ds, [bx]
mov word [bx], ds
mov ds, word [bx]
mov [bp], ds
mov ds, [bp]
mov word [bp], ds
mov ds, word [bp]
mov [si], ds
mov ds, [si]
mov word [si], ds
mov ds, word [si]
mov [di], ds
mov ds, [di]
mov word [di], ds
mov ds, word [di]
push ds
pop ds
mov ax, fs
mov fs, ax
mov eax, fs
mov fs, eax
mov bx, fs
mov fs, bx
mov [bx], fs
mov fs, [bx]
mov word [bx], fs
mov fs, word [bx]
mov [bp], fs
mov fs, [bp]
mov word [bp], fs
mov fs, word [bp]
mov [si], fs
mov fs, [si]
mov word [si], fs
mov fs, word [si]
mov [di], fs
mov fs, [di]
mov word [di], fs
mov fs, word [di]
push fs
pop fs
mov ax, gs
mov gs, ax
mov eax, gs
mov gs, eax
mov bx, gs
mov gs, bx
mov [bx], gs
mov gs, [bx]
mov word [bx], gs
mov gs, word [bx]
mov [bp], gs
mov gs, [bp]
mov word [bp], gs
mov gs, word [bp]
mov [si], gs
mov gs, [si]
mov word [si], gs
mov gs, word [si]
mov [di], gs
mov gs, [di]
mov word [di], gs
mov gs, word [di]
push gs
pop gs
mov cr0, eax
mov eax, cr0
mov cr0, ebx
mov ebx, cr0
mov cr0, esp
mov esp, cr0
mov cr2, eax
mov eax, cr2
mov cr2, ebx
mov ebx, cr2
mov cr2, esp
mov esp, cr2
mov cr3, eax
mov eax, cr3
mov cr3, ebx
mov ebx, cr3
mov cr3, esp
mov esp, cr3
mov cr4, eax
mov eax, cr4
mov cr4, ebx
mov ebx, cr4
mov cr4, esp
mov esp, cr4
mov cr8, eax
mov eax, cr8
mov cr8, ebx
mov ebx, cr8
mov cr8, esp
mov esp, cr8
mov dr0, eax
mov eax, dr0
mov dr0, ebx
mov ebx, dr0
mov dr0, esp
mov esp, dr0
mov dr6, eax
mov eax, dr6
mov dr6, ebx
mov ebx, dr6
mov dr6, esp
mov esp, dr6
mov dr7, eax
mov eax, dr7
mov dr7, ebx
mov ebx, dr7
mov dr7, esp
mov esp, dr7
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
movzx ax, al
movzx sp, al
movzx ax, cl
movzx sp, cl
movzx ax, bh
movzx sp, bh
movzx cx, byte [bx]
movzx cx, [bx]
movzx cx, byte [bp]
movzx cx, [bp]
movzx cx, byte [si]
movzx cx, [si]
movzx cx, byte [di]
movzx cx, [di]
movzx cx, byte [bx+si]
movzx cx, [bx+si]
movzx eax, al
movzx esp, al
movzx eax, cl
movzx esp, cl
movzx eax, bh
movzx esp, bh
movzx eax, ax
movzx esp, ax
movzx eax, cx
movzx esp, cx
movzx ecx, byte [bx]
movzx ecx, word [bx]
movzx ecx, byte [bp]
movzx ecx, word [bp]
movzx ecx, byte [si]
movzx ecx, word [si]
movzx ecx, byte [di]
movzx ecx, word [di]
movzx ecx, byte [bx+si]
movzx ecx, word [bx+si]
movsx ax, al
movsx sp, al
movsx ax, cl
movsx sp, cl
movsx ax, bh
movsx sp, bh
movsx cx, byte [bx]
movsx cx, [bx]
movsx cx, byte [bp]
movsx cx, [bp]
movsx cx, byte [si]
movsx cx, [si]
movsx cx, byte [di]
movsx cx, [di]
movsx cx, byte [bx+si]
movsx cx, [bx+si]
movsx eax, al
movsx esp, al
movsx eax, cl
movsx esp, cl
movsx eax, bh
movsx esp, bh
movsx eax, ax
movsx esp, ax
movsx eax, cx
movsx esp, cx
movsx ecx, byte [bx]
movsx ecx, word [bx]
movsx ecx, byte [bp]
movsx ecx, word [bp]
movsx ecx, byte [si]
movsx ecx, word [si]
movsx ecx, byte [di]
movsx ecx, word [di]
movsx ecx, byte [bx+si]
movsx ecx, word [bx+si]
lea cx, [bx]
lea cx, [bp]
lea cx, [si]
lea cx, [di]
lea cx, [bx+si]
lea cx, [bp+di+5]
lea cx, [si+bx-1]
lea cx, [bx+0x1234]
lea cx, [0x1234]
lea cx, [bp-0x80]
lea cx, [es:di]
lea cx, [cs:bx+si+0x80]
lea cx, [ebx]
lea cx, [eax+ecx*4+0x10]
lea cx, [esp]
lea ecx, [bx]
lea ecx, [bp]
lea ecx, [si]
lea ecx, [di]
lea ecx, [bx+si]
lea ecx, [bp+di+5]
lea ecx, [si+bx-1]
lea ecx, [bx+0x1234]
lea ecx, [0x1234]
lea ecx, [bp-0x80]
lea ecx, [es:di]
lea ecx, [cs:bx+si+0x80]
lea ecx, [ebx]
lea ecx, [eax+ecx*4+0x10]
lea ecx, [esp]
not al
not cl
not bh
not dl
not byte [bx]
not byte [bp]
not byte [si]
not byte [di]
not byte [bx+si]
not byte [bp+di+5]
not ax
not cx
not sp
not di
not word [bx]
not word [bp]
not word [si]
not word [di]
not word [bx+si]
not word [bp+di+5]
not eax
not ecx
not esp
not edi
not dword [bx]
not dword [bp]
not dword [si]
not dword [di]
not dword [bx+si]
not dword [bp+di+5]
neg al
neg cl
neg bh
neg dl
neg byte [bx]
neg byte [bp]
neg byte [si]
neg byte [di]
neg byte [bx+si]
neg byte [bp+di+5]
neg ax
neg cx
neg sp
neg di
neg word [bx]
neg word [bp]
neg word [si]
neg word [di]
neg word [bx+si]
neg word [bp+di+5]
neg eax
neg ecx
neg esp
neg edi
neg dword [bx]
neg dword [bp]
neg dword [si]
neg dword [di]
neg dword [bx+si]
neg dword [bp+di+5]
mul al
mul cl
mul bh
mul dl
mul byte [bx]
mul byte [bp]
mul byte [si]
mul byte [di]
mul byte [bx+si]
mul byte [bp+di+5]
mul ax
mul cx
mul sp
mul di
mul word [bx]
mul word [bp]
mul word [si]
mul word [di]
mul word [bx+si]
mul word [bp+di+5]
mul eax
mul ecx
mul esp
mul edi
mul dword [bx]
mul dword [bp]
mul dword [si]
mul dword [di]
mul dword [bx+si]
mul dword [bp+di+5]
imul al
imul cl
imul bh
imul dl
imul byte [bx]
imul byte [bp]
imul byte [si]
imul byte [di]
imul byte [bx+si]
imul byte [bp+di+5]
imul ax
imul cx
imul sp
imul di
imul word [bx]
imul word [bp]
imul word [si]
imul word [di]
imul word [bx+si]
imul word [bp+di+5]
imul eax
imul ecx
imul esp
imul edi
imul dword [bx]
imul dword [bp]
imul dword [si]
imul dword [di]
imul dword [bx+si]
imul dword [bp+di+5]
div al
div cl
div bh
div dl
div byte [bx]
div byte [bp]
div byte [si]
div byte [di]
div byte [bx+si]
div byte [bp+di+5]
div ax
div cx
div sp
div di
div word [bx]
div word [bp]
div word [si]
div word [di]
div word [bx+si]
div word [bp+di+5]
div eax
div ecx
div esp
div edi
div dword [bx]
div dword [bp]
div dword [si]
div dword [di]
div dword [bx+si]
div dword [bp+di+5]
idiv al
idiv cl
idiv bh
idiv dl
idiv byte [bx]
idiv byte [bp]
idiv byte [si]
idiv byte [di]
idiv byte [bx+si]
idiv byte [bp+di+5]
idiv ax
idiv cx
idiv sp
idiv di
idiv word [bx]
idiv word [bp]
idiv word [si]
idiv word [di]
idiv word [bx+si]
idiv word [bp+di+5]
idiv eax
idiv ecx
idiv esp
idiv edi
idiv dword [bx]
idiv dword [bp]
idiv dword [si]
idiv dword [di]
idiv dword [bx+si]
idiv dword [bp+di+5]
inc al
inc cl
inc bh
inc dl
inc byte [bx]
inc byte [bp]
inc byte [si]
inc byte [di]
inc byte [bx+si]
inc byte [bp+di+5]
inc ax
inc cx
inc sp
inc di
inc word [bx]
inc word [bp]
inc word [si]
inc word [di]
inc word [bx+si]
inc word [bp+di+5]
inc eax
inc ecx
inc esp
inc edi
inc dword [bx]
inc dword [bp]
inc dword [si]
inc dword [di]
inc dword [bx+si]
inc dword [bp+di+5]
dec al
dec cl
dec bh
dec dl
dec byte [bx]
dec byte [bp]
dec byte [si]
dec byte [di]
dec byte [bx+si]
dec byte [bp+di+5]
dec ax
dec cx
dec sp
dec di
dec word [bx]
dec word [bp]
dec word [si]
dec word [di]
dec word [bx+si]
dec word [bp+di+5]
dec eax
dec ecx
dec esp
dec edi
dec dword [bx]
dec dword [bp]
dec dword [si]
dec dword [di]
dec dword [bx+si]
dec dword [bp+di+5]
imul cx, ax
imul cx, cx
imul cx, sp
imul ax, [bx]
imul ax, [bp]
imul ax, [si]
imul ax, [di]
imul ax, [bx+si]
imul ax, [bp+di+5]
imul ax, 0
imul cx, sp, 0
imul sp, [bp], 0
imul ax, 1
imul cx, sp, 1
imul sp, [bp], 1
imul ax, 0x7f
imul cx, sp, 0x7f
imul sp, [bp], 0x7f
imul ax, 0x80
imul cx, sp, 0x80
imul sp, [bp], 0x80
imul ax, -128
imul cx, sp, -128
imul sp, [bp], -128
imul ax, -129
imul cx, sp, -129
imul sp, [bp], -129
imul ax, 0x1234
imul cx, sp, 0x1234
imul sp, [bp], 0x1234
imul ax, 0xffff
imul cx, sp, 0xffff
imul sp, [bp], 0xffff
imul ax, -1
imul cx, sp, -1
imul sp, [bp], -1
imul ax, 0x7fff
imul cx, sp, 0x7fff
imul sp, [bp], 0x7fff
imul ecx, eax
imul ecx, ecx
imul ecx, esp
imul eax, [bx]
imul eax, [bp]
imul eax, [si]
imul eax, [di]
imul eax, [bx+si]
imul eax, [bp+di+5]
imul eax, 0
imul ecx, esp, 0
imul esp, [bp], 0
imul eax, 2
imul ecx, esp, 2
imul esp, [bp], 2
imul eax, 0x7f
imul ecx, esp, 0x7f
imul esp, [bp], 0x7f
imul eax, 0x80
imul ecx, esp, 0x80
imul esp, [bp], 0x80
imul eax, -128
imul ecx, esp, -128
imul esp, [bp], -128
imul eax, -129
imul ecx, esp, -129
imul esp, [bp], -129
imul eax, 0x1234
imul ecx, esp, 0x1234
imul esp, [bp], 0x1234
imul eax, 0x12345678
imul ecx, esp, 0x12345678
imul esp, [bp], 0x12345678
imul eax, 0x7fffffff
imul ecx, esp, 0x7fffffff
imul esp, [bp], 0x7fffffff
imul eax, 0x80000000
imul ecx, esp, 0x80000000
imul esp, [bp], 0x80000000
imul eax, 0xffffffff
imul ecx, esp, 0xffffffff
imul esp, [bp], 0xffffffff
imul eax, -1
imul ecx, esp, -1
imul esp, [bp], -1
rol al, 1
rol al, cl
rol al, 4
rol cl, 1
rol cl, cl
rol cl, 4
rol bh, 1
rol bh, cl
rol bh, 4
rol byte [bx], 1
rol byte [bx], cl
rol byte [bx], 31
rol byte [bp], 1
rol byte [bp], cl
rol byte [bp], 31
rol byte [si], 1
rol byte [si], cl
rol byte [si], 31
rol byte [di], 1
rol byte [di], cl
rol byte [di], 31
rol ax, 1
rol ax, cl
rol ax, 4
rol cx, 1
rol cx, cl
rol cx, 4
rol sp, 1
rol sp, cl
rol sp, 4
rol word [bx], 1
rol word [bx], cl
rol word [bx], 31
rol word [bp], 1
rol word [bp], cl
rol word [bp], 31
rol word [si], 1
rol word [si], cl
rol word [si], 31
rol word [di], 1
rol word [di], cl
rol word [di], 31
rol eax, 1
rol eax, cl
rol eax, 4
rol ecx, 1
rol ecx, cl
rol ecx, 4
rol esp, 1
rol esp, cl
rol esp, 4
rol dword [bx], 1
rol dword [bx], cl
rol dword [bx], 31
rol dword [bp], 1
rol dword [bp], cl
rol dword [bp], 31
rol dword [si], 1
rol dword [si], cl
rol dword [si], 31
rol dword [di], 1
rol dword [di], cl
rol dword [di], 31
rol eax, byte 1
ror al, 1
ror al, cl
ror al, 4
ror cl, 1
ror cl, cl
ror cl, 4
ror bh, 1
ror bh, cl
ror bh, 4
ror byte [bx], 1
ror byte [bx], cl
ror byte [bx], 31
ror byte [bp], 1
ror byte [bp], cl
ror byte [bp], 31
ror byte [si], 1
ror byte [si], cl
ror byte [si], 31
ror byte [di], 1
ror byte [di], cl
ror byte [di], 31
ror ax, 1
ror ax, cl
ror ax, 4
ror cx, 1
ror cx, cl
ror cx, 4
ror sp, 1
ror sp, cl
ror sp, 4
ror word [bx], 1
ror word [bx], cl
ror word [bx], 31
ror word [bp], 1
ror word [bp], cl
ror word [bp], 31
ror word [si], 1
ror word [si], cl
ror word [si], 31
ror word [di], 1
ror word [di], cl
ror word [di], 31
ror eax, 1
ror eax, cl
ror eax, 4
ror ecx, 1
ror ecx, cl
ror ecx, 4
ror esp, 1
ror esp, cl
ror esp, 4
ror dword [bx], 1
ror dword [bx], cl
ror dword [bx], 31
ror dword [bp], 1
ror dword [bp], cl
ror dword [bp], 31
ror dword [si], 1
ror dword [si], cl
ror dword [si], 31
ror dword [di], 1
ror dword [di], cl
ror dword [di], 31
ror eax, byte 1
rcl al, 1
rcl al, cl
rcl al, 4
rcl cl, 1
rcl cl, cl
rcl cl, 4
rcl bh, 1
rcl bh, cl
rcl bh, 4
rcl byte [bx], 1
rcl byte [bx], cl
rcl byte [bx], 31
rcl byte [bp], 1
rcl byte [bp], cl
rcl byte [bp], 31
rcl byte [si], 1
rcl byte [si], cl
rcl byte [si], 31
rcl byte [di], 1
rcl byte [di], cl
rcl byte [di], 31
rcl ax, 1
rcl ax, cl
rcl ax, 4
rcl cx, 1
rcl cx, cl
rcl cx, 4
rcl sp, 1
rcl sp, cl
rcl sp, 4
rcl word [bx], 1
rcl word [bx], cl
rcl word [bx], 31
rcl word [bp], 1
rcl word [bp], cl
rcl word [bp], 31
rcl word [si], 1
rcl word [si], cl
rcl word [si], 31
rcl word [di], 1
rcl word [di], cl
rcl word [di], 31
rcl eax, 1
rcl eax, cl
rcl eax, 4
rcl ecx, 1
rcl ecx, cl
rcl ecx, 4
rcl esp, 1
rcl esp, cl
rcl esp, 4
rcl dword [bx], 1
rcl dword [bx], cl
rcl dword [bx], 31
rcl dword [bp], 1
rcl dword [bp], cl
rcl dword [bp], 31
rcl dword [si], 1
rcl dword [si], cl
rcl dword [si], 31
rcl dword [di], 1
rcl dword [di], cl
rcl dword [di], 31
rcl eax, byte 1
rcr al, 1
rcr al, cl
rcr al, 4
rcr cl, 1
rcr cl, cl
rcr cl, 4
rcr bh, 1
rcr bh, cl
rcr bh, 4
rcr byte [bx], 1
rcr byte [bx], cl
rcr byte [bx], 31
rcr byte [bp], 1
rcr byte [bp], cl
rcr byte [bp], 31
rcr byte [si], 1
rcr byte [si], cl
rcr byte [si], 31
rcr byte [di], 1
rcr byte [di], cl
rcr byte [di], 31
rcr ax, 1
rcr ax, cl
rcr ax, 4
rcr cx, 1
rcr cx, cl
rcr cx, 4
rcr sp, 1
rcr sp, cl
rcr sp, 4
rcr word [bx], 1
rcr word [bx], cl
rcr word [bx], 31
rcr word [bp], 1
rcr word [bp], cl
rcr word [bp], 31
rcr word [si], 1
rcr word [si], cl
rcr word [si], 31
rcr word [di], 1
rcr word [di], cl
rcr word [di], 31
rcr eax, 1
rcr eax, cl
rcr eax, 4
rcr ecx, 1
rcr ecx, cl
rcr ecx, 4
rcr esp, 1
rcr esp, cl
rcr esp, 4
rcr dword [bx], 1
rcr dword [bx], cl
rcr dword [bx], 31
rcr dword [bp], 1
rcr dword [bp], cl
rcr dword [bp], 31
rcr dword [si], 1
rcr dword [si], cl
rcr dword [si], 31
rcr dword [di], 1
rcr dword [di], cl
rcr dword [di], 31
rcr eax, byte 1
shl al, 1
shl al, cl
shl al, 4
shl cl, 1
shl cl, cl
shl cl, 4
shl bh, 1
shl bh, cl
shl bh, 4
shl byte [bx], 1
shl byte [bx], cl
shl byte [bx], 31
shl byte [bp], 1
shl byte [bp], cl
shl byte [bp], 31
shl byte [si], 1
shl byte [si], cl
shl byte [si], 31
shl byte [di], 1
shl byte [di], cl
shl byte [di], 31
shl ax, 1
shl ax, cl
shl ax, 4
shl cx, 1
shl cx, cl
shl cx, 4
shl sp, 1
shl sp, cl
shl sp, 4
shl word [bx], 1
shl word [bx], cl
shl word [bx], 31
shl word [bp], 1
shl word [bp], cl
shl word [bp], 31
shl word [si], 1
shl word [si], cl
shl word [si], 31
shl word [di], 1
shl word [di], cl
shl word [di], 31
shl eax, 1
shl eax, cl
shl eax, 4
shl ecx, 1
shl ecx, cl
shl ecx, 4
shl esp, 1
shl esp, cl
shl esp, 4
shl dword [bx], 1
shl dword [bx], cl
shl dword [bx], 31
shl dword [bp], 1
shl dword [bp], cl
shl dword [bp], 31
shl dword [si], 1
shl dword [si], cl
shl dword [si], 31
shl dword [di], 1
shl dword [di], cl
shl dword [di], 31
shl eax, byte 1
shr al, 1
shr al, cl
shr al, 4
shr cl, 1
shr cl, cl
shr cl, 4
shr bh, 1
shr bh, cl
shr bh, 4
shr byte [bx], 1
shr byte [bx], cl
shr byte [bx], 31
shr byte [bp], 1
shr byte [bp], cl
shr byte [bp], 31
shr byte [si], 1
shr byte [si], cl
shr byte [si], 31
shr byte [di], 1
shr byte [di], cl
shr byte [di], 31
shr ax, 1
shr ax, cl
shr ax, 4
shr cx, 1
shr cx, cl
shr cx, 4
shr sp, 1
shr sp, cl
shr sp, 4
shr word [bx], 1
shr word [bx], cl
shr word [bx], 31
shr word [bp], 1
shr word [bp], cl
shr word [bp], 31
shr word [si], 1
shr word [si], cl
shr word [si], 31
shr word [di], 1
shr word [di], cl
shr word [di], 31
shr eax, 1
shr eax, cl
shr eax, 4
shr ecx, 1
shr ecx, cl
shr ecx, 4
shr esp, 1
shr esp, cl
shr esp, 4
shr dword [bx], 1
shr dword [bx], cl
shr dword [bx], 31
shr dword [bp], 1
shr dword [bp], cl
shr dword [bp], 31
shr dword [si], 1
shr dword [si], cl
shr dword [si], 31
shr dword [di], 1
shr dword [di], cl
shr dword [di], 31
shr eax, byte 1
sal al, 1
sal al, cl
sal al, 4
sal cl, 1
sal cl, cl
sal cl, 4
sal bh, 1
sal bh, cl
sal bh, 4
sal byte [bx], 1
sal byte [bx], cl
sal byte [bx], 31
sal byte [bp], 1
sal byte [bp], cl
sal byte [bp], 31
sal byte [si], 1
sal byte [si], cl
sal byte [si], 31
sal byte [di], 1
sal byte [di], cl
sal byte [di], 31
sal ax, 1
sal ax, cl
sal ax, 4
sal cx, 1
sal cx, cl
sal cx, 4
sal sp, 1
sal sp, cl
sal sp, 4
sal word [bx], 1
sal word [bx], cl
sal word [bx], 31
sal word [bp], 1
sal word [bp], cl
sal word [bp], 31
sal word [si], 1
sal word [si], cl
sal word [si], 31
sal word [di], 1
sal word [di], cl
sal word [di], 31
sal eax, 1
sal eax, cl
sal eax, 4
sal ecx, 1
sal ecx, cl
sal ecx, 4
sal esp, 1
sal esp, cl
sal esp, 4
sal dword [bx], 1
sal dword [bx], cl
sal dword [bx], 31
sal dword [bp], 1
sal dword [bp], cl
sal dword [bp], 31
sal dword [si], 1
sal dword [si], cl
sal dword [si], 31
sal dword [di], 1
sal dword [di], cl
sal dword [di], 31
sal eax, byte 1
sar al, 1
sar al, cl
sar al, 4
sar cl, 1
sar cl, cl
sar cl, 4
sar bh, 1
sar bh, cl
sar bh, 4
sar byte [bx], 1
sar byte [bx], cl
sar byte [bx], 31
sar byte [bp], 1
sar byte [bp], cl
sar byte [bp], 31
sar byte [si], 1
sar byte [si], cl
sar byte [si], 31
sar byte [di], 1
sar byte [di], cl
sar byte [di], 31
sar ax, 1
sar ax, cl
sar ax, 4
sar cx, 1
sar cx, cl
sar cx, 4
sar sp, 1
sar sp, cl
sar sp, 4
sar word [bx], 1
sar word [bx], cl
sar word [bx], 31
sar word [bp], 1
sar word [bp], cl
sar word [bp], 31
sar word [si], 1
sar word [si], cl
sar word [si], 31
sar word [di], 1
sar word [di], cl
sar word [di], 31
sar eax, 1
sar eax, cl
sar eax, 4
sar ecx, 1
sar ecx, cl
sar ecx, 4
sar esp, 1
sar esp, cl
sar esp, 4
sar dword [bx], 1
sar dword [bx], cl
sar dword [bx], 31
sar dword [bp], 1
sar dword [bp], cl
sar dword [bp], 31
sar dword [si], 1
sar dword [si], cl
sar dword [si], 31
sar dword [di], 1
sar dword [di], cl
sar dword [di], 31
sar eax, byte 1
bt ax, cx
bt ax, 5
bt cx, cx
bt cx, 5
bt sp, cx
bt sp, 5
bt [bx], ax
bt word [bx], 7
bt [bp], ax
bt word [bp], 7
bt [si], ax
bt word [si], 7
bt [di], ax
bt word [di], 7
bt [bx+si], ax
bt word [bx+si], 7
bt eax, ecx
bt eax, 5
bt ecx, ecx
bt ecx, 5
bt esp, ecx
bt esp, 5
bt [bx], eax
bt dword [bx], 7
bt [bp], eax
bt dword [bp], 7
bt [si], eax
bt dword [si], 7
bt [di], eax
bt dword [di], 7
bt [bx+si], eax
bt dword [bx+si], 7
bts ax, cx
bts ax, 5
bts cx, cx
bts cx, 5
bts sp, cx
bts sp, 5
bts [bx], ax
bts word [bx], 7
bts [bp], ax
bts word [bp], 7
bts [si], ax
bts word [si], 7
bts [di], ax
bts word [di], 7
bts [bx+si], ax
bts word [bx+si], 7
bts eax, ecx
bts eax, 5
bts ecx, ecx
bts ecx, 5
bts esp, ecx
bts esp, 5
bts [bx], eax
bts dword [bx], 7
bts [bp], eax
bts dword [bp], 7
bts [si], eax
bts dword [si], 7
bts [di], eax
bts dword [di], 7
bts [bx+si], eax
bts dword [bx+si], 7
btr ax, cx
btr ax, 5
btr cx, cx
btr cx, 5
btr sp, cx
btr sp, 5
btr [bx], ax
btr word [bx], 7
btr [bp], ax
btr word [bp], 7
btr [si], ax
btr word [si], 7
btr [di], ax
btr word [di], 7
btr [bx+si], ax
btr word [bx+si], 7
btr eax, ecx
btr eax, 5
btr ecx, ecx
btr ecx, 5
btr esp, ecx
btr esp, 5
btr [bx], eax
btr dword [bx], 7
btr [bp], eax
btr dword [bp], 7
btr [si], eax
btr dword [si], 7
btr [di], eax
btr dword [di], 7
btr [bx+si], eax
btr dword [bx+si], 7
btc ax, cx
btc ax, 5
btc cx, cx
btc cx, 5
btc sp, cx
btc sp, 5
btc [bx], ax
btc word [bx], 7
btc [bp], ax
btc word [bp], 7
btc [si], ax
btc word [si], 7
btc [di], ax
btc word [di], 7
btc [bx+si], ax
btc word [bx+si], 7
btc eax, ecx
btc eax, 5
btc ecx, ecx
btc ecx, 5
btc esp, ecx
btc esp, 5
btc [bx], eax
btc dword [bx], 7
btc [bp], eax
btc dword [bp], 7
btc [si], eax
btc dword [si], 7
btc [di], eax
btc dword [di], 7
btc [bx+si], eax
btc dword [bx+si], 7
seto al
seto cl
seto bh
seto dl
seto byte [bp]
seto [si]
cmovo ax, sp
cmovo cx, [di]
cmovo eax, esp
cmovo ecx, [di]
setno al
setno cl
setno bh
setno dl
setno byte [bp]
setno [si]
cmovno ax, sp
cmovno cx, [di]
cmovno eax, esp
cmovno ecx, [di]
setb al
setb cl
setb bh
setb dl
setb byte [bp]
setb [si]
cmovb ax, sp
cmovb cx, [di]
cmovb eax, esp
cmovb ecx, [di]
setc al
setc cl
setc bh
setc dl
setc byte [bp]
setc [si]
cmovc ax, sp
cmovc cx, [di]
cmovc eax, esp
cmovc ecx, [di]
setnae al
setnae cl
setnae bh
setnae dl
setnae byte [bp]
setnae [si]
cmovnae ax, sp
cmovnae cx, [di]
cmovnae eax, esp
cmovnae ecx, [di]
setae al
setae cl
setae bh
setae dl
setae byte [bp]
setae [si]
cmovae ax, sp
cmovae cx, [di]
cmovae eax, esp
cmovae ecx, [di]
setnb al
setnb cl
setnb bh
setnb dl
setnb byte [bp]
setnb [si]
cmovnb ax, sp
cmovnb cx, [di]
cmovnb eax, esp
cmovnb ecx, [di]
setnc al
setnc cl
setnc bh
setnc dl
setnc byte [bp]
setnc [si]
cmovnc ax, sp
cmovnc cx, [di]
cmovnc eax, esp
cmovnc ecx, [di]
sete al
sete cl
sete bh
sete dl
sete byte [bp]
sete [si]
cmove ax, sp
cmove cx, [di]
cmove eax, esp
cmove ecx, [di]
setz al
setz cl
setz bh
setz dl
setz byte [bp]
setz [si]
cmovz ax, sp
cmovz cx, [di]
cmovz eax, esp
cmovz ecx, [di]
setne al
setne cl
setne bh
setne dl
setne byte [bp]
setne [si]
cmovne ax, sp
cmovne cx, [di]
cmovne eax, esp
cmovne ecx, [di]
setnz al
setnz cl
setnz bh
setnz dl
setnz byte [bp]
setnz [si]
cmovnz ax, sp
cmovnz cx, [di]
cmovnz eax, esp
cmovnz ecx, [di]
setbe al
setbe cl
setbe bh
setbe dl
setbe byte [bp]
setbe [si]
cmovbe ax, sp
cmovbe cx, [di]
cmovbe eax, esp
cmovbe ecx, [di]
setna al
setna cl
setna bh
setna dl
setna byte [bp]
setna [si]
cmovna ax, sp
cmovna cx, [di]
cmovna eax, esp
cmovna ecx, [di]
seta al
seta cl
seta bh
seta dl
seta byte [bp]
seta [si]
cmova ax, sp
cmova cx, [di]
cmova eax, esp
cmova ecx, [di]
setnbe al
setnbe cl
setnbe bh
setnbe dl
setnbe byte [bp]
setnbe [si]
cmovnbe ax, sp
cmovnbe cx, [di]
cmovnbe eax, esp
cmovnbe ecx, [di]
sets al
sets cl
sets bh
sets dl
sets byte [bp]
sets [si]
cmovs ax, sp
cmovs cx, [di]
cmovs eax, esp
cmovs ecx, [di]
setns al
setns cl
setns bh
setns dl
setns byte [bp]
setns [si]
cmovns ax, sp
cmovns cx, [di]
cmovns eax, esp
cmovns ecx, [di]
setp al
setp cl
setp bh
setp dl
setp byte [bp]
setp [si]
cmovp ax, sp
cmovp cx, [di]
cmovp eax, esp
cmovp ecx, [di]
setpe al
setpe cl
setpe bh
setpe dl
setpe byte [bp]
setpe [si]
cmovpe ax, sp
cmovpe cx, [di]
cmovpe eax, esp
cmovpe ecx, [di]
setnp al
setnp cl
setnp bh
setnp dl
setnp byte [bp]
setnp [si]
cmovnp ax, sp
cmovnp cx, [di]
cmovnp eax, esp
cmovnp ecx, [di]
setpo al
setpo cl
setpo bh
setpo dl
setpo byte [bp]
setpo [si]
cmovpo ax, sp
cmovpo cx, [di]
cmovpo eax, esp
cmovpo ecx, [di]
setl al
setl cl
setl bh
setl dl
setl byte [bp]
setl [si]
cmovl ax, sp
cmovl cx, [di]
cmovl eax, esp
cmovl ecx, [di]
setnge al
setnge cl
setnge bh
setnge dl
setnge byte [bp]
setnge [si]
cmovnge ax, sp
cmovnge cx, [di]
cmovnge eax, esp
cmovnge ecx, [di]
setge al
setge cl
setge bh
setge dl
setge byte [bp]
setge [si]
cmovge ax, sp
cmovge cx, [di]
cmovge eax, esp
cmovge ecx, [di]
setnl al
setnl cl
setnl bh
setnl dl
setnl byte [bp]
setnl [si]
cmovnl ax, sp
cmovnl cx, [di]
cmovnl eax, esp
cmovnl ecx, [di]
setle al
setle cl
setle bh
setle dl
setle byte [bp]
setle [si]
cmovle ax, sp
cmovle cx, [di]
cmovle eax, esp
cmovle ecx, [di]
setng al
setng cl
setng bh
setng dl
setng byte [bp]
setng [si]
cmovng ax, sp
cmovng cx, [di]
cmovng eax, esp
cmovng ecx, [di]
setg al
setg cl
setg bh
setg dl
setg byte [bp]
setg [si]
cmovg ax, sp
cmovg cx, [di]
cmovg eax, esp
cmovg ecx, [di]
setnle al
setnle cl
setnle bh
setnle dl
setnle byte [bp]
setnle [si]
cmovnle ax, sp
cmovnle cx, [di]
cmovnle eax, esp
cmovnle ecx, [di]
push ax
pop ax
push cx
pop cx
push sp
pop sp
push di
pop di
push word [bx]
pop word [bx]
push word [bp]
pop word [bp]
push word [si]
pop word [si]
push word [di]
pop word [di]
push word [bx+si]
pop word [bx+si]
push word [bp+di+5]
pop word [bp+di+5]
push eax
pop eax
push ecx
pop ecx
push esp
pop esp
push edi
pop edi
push dword [bx]
pop dword [bx]
push dword [bp]
pop dword [bp]
push dword [si]
pop dword [si]
push dword [di]
pop dword [di]
push dword [bx+si]
pop dword [bx+si]
push dword [bp+di+5]
pop dword [bp+di+5]
push 0
push word 0
push dword 0
push byte 0
push 2
push word 2
push dword 2
push byte 2
push 0x7f
push word 0x7f
push dword 0x7f
push byte 0x7f
push 0x80
push word 0x80
push dword 0x80
push byte 0x80
push -128
push word -128
push dword -128
push byte -128
push -129
push word -129
push dword -129
push byte -129
push 0x1234
push word 0x1234
push dword 0x1234
push byte 0x1234
push 0x12345678
push word 0x12345678
push dword 0x12345678
push byte 0x12345678
push 0x7fffffff
push word 0x7fffffff
push dword 0x7fffffff
push byte 0x7fffffff
push 0x80000000
push word 0x80000000
push dword 0x80000000
push byte 0x80000000
push 0xffffffff
push word 0xffffffff
push dword 0xffffffff
push byte 0xffffffff
push -1
push word -1
push dword -1
push byte -1
push 0x1234
push word 0x1234
push dword 0x1234
push byte 0x1234
push -0x81
push word -0x81
push dword -0x81
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
cwd
cdq
pushf
popf
pushfw
popfw
pushfd
popfd
pusha
popa
pushaw
popaw
pushad
popad
int3
int1
icebp
into
iret
iretw
iretd
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
ret 8
retf 0x10
ret 0xffff
lock add [ebx], eax
lock xchg [ebx], eax
rep ret
o16 stosd
o32 lodsw
a16 stosb
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
lgdt [bx]
o32 lgdt [bx]
lgdt [bp]
o32 lgdt [bp]
lgdt [si]
o32 lgdt [si]
lgdt [di]
o32 lgdt [di]
lgdt [bx+si]
o32 lgdt [bx+si]
lgdt [bp+di+5]
o32 lgdt [bp+di+5]
lidt [bx]
o32 lidt [bx]
lidt [bp]
o32 lidt [bp]
lidt [si]
o32 lidt [si]
lidt [di]
o32 lidt [di]
lidt [bx+si]
o32 lidt [bx+si]
lidt [bp+di+5]
o32 lidt [bp+di+5]
sgdt [bx]
o32 sgdt [bx]
sgdt [bp]
o32 sgdt [bp]
sgdt [si]
o32 sgdt [si]
sgdt [di]
o32 sgdt [di]
sgdt [bx+si]
o32 sgdt [bx+si]
sgdt [bp+di+5]
o32 sgdt [bp+di+5]
sidt [bx]
o32 sidt [bx]
sidt [bp]
o32 sidt [bp]
sidt [si]
o32 sidt [si]
sidt [di]
o32 sidt [di]
sidt [bx+si]
o32 sidt [bx+si]
sidt [bp+di+5]
o32 sidt [bp+di+5]
invlpg [bx]
o32 invlpg [bx]
invlpg [bp]
o32 invlpg [bp]
invlpg [si]
o32 invlpg [si]
invlpg [di]
o32 invlpg [di]
invlpg [bx+si]
o32 invlpg [bx+si]
invlpg [bp+di+5]
o32 invlpg [bp+di+5]
lldt ax
lldt bx
lldt [bx]
lldt word [bx]
lldt [bp]
lldt word [bp]
lldt [si]
lldt word [si]
ltr ax
ltr bx
ltr [bx]
ltr word [bx]
ltr [bp]
ltr word [bp]
ltr [si]
ltr word [si]
verr ax
verr bx
verr [bx]
verr word [bx]
verr [bp]
verr word [bp]
verr [si]
verr word [si]
verw ax
verw bx
verw [bx]
verw word [bx]
verw [bp]
verw word [bp]
verw [si]
verw word [si]
lmsw ax
lmsw bx
lmsw [bx]
lmsw word [bx]
lmsw [bp]
lmsw word [bp]
lmsw [si]
lmsw word [si]
sldt ax
sldt bx
sldt eax
sldt [bx]
sldt word [bx]
sldt [bp]
sldt word [bp]
sldt [si]
sldt word [si]
str ax
str bx
str eax
str [bx]
str word [bx]
str [bp]
str word [bp]
str [si]
str word [si]
smsw ax
smsw bx
smsw eax
smsw [bx]
smsw word [bx]
smsw [bp]
smsw word [bp]
smsw [si]
smsw word [si]
jmp ax
jmp eax
jmp bx
jmp [bx]
jmp word [bx]
jmp dword [bx]
jmp far [bx]
jmp far word [bx]
jmp far dword [bx]
jmp [bp]
jmp word [bp]
jmp dword [bp]
jmp far [bp]
jmp far word [bp]
jmp far dword [bp]
jmp [si]
jmp word [si]
jmp dword [si]
jmp far [si]
jmp far word [si]
jmp far dword [si]
jmp [di]
jmp word [di]
jmp dword [di]
jmp far [di]
jmp far word [di]
jmp far dword [di]
jmp [bx+si]
jmp word [bx+si]
jmp dword [bx+si]
jmp far [bx+si]
jmp far word [bx+si]
jmp far dword [bx+si]
jmp [bp+di+5]
jmp word [bp+di+5]
jmp dword [bp+di+5]
jmp far [bp+di+5]
jmp far word [bp+di+5]
jmp far dword [bp+di+5]
jmp 0x10:0x1000
jmp word 0x8:0x20
jmp dword 0x8:0x12345
jmp 0x18:lbl
call ax
call eax
call bx
call [bx]
call word [bx]
call dword [bx]
call far [bx]
call far word [bx]
call far dword [bx]
call [bp]
call word [bp]
call dword [bp]
call far [bp]
call far word [bp]
call far dword [bp]
call [si]
call word [si]
call dword [si]
call far [si]
call far word [si]
call far dword [si]
call [di]
call word [di]
call dword [di]
call far [di]
call far word [di]
call far dword [di]
call [bx+si]
call word [bx+si]
call dword [bx+si]
call far [bx+si]
call far word [bx+si]
call far dword [bx+si]
call [bp+di+5]
call word [bp+di+5]
call dword [bp+di+5]
call far [bp+di+5]
call far word [bp+di+5]
call far dword [bp+di+5]
call 0x10:0x1000
call word 0x8:0x20
call dword 0x8:0x12345
call 0x18:lbl
movdqu xmm0, xmm3
movdqu xmm3, xmm3
movdqu xmm7, xmm3
movdqu xmm7, [bx]
movdqu [bx], xmm0
movdqu xmm0, oword [bx]
movdqu xmm7, [bp]
movdqu [bp], xmm0
movdqu xmm0, oword [bp]
movdqu xmm7, [si]
movdqu [si], xmm0
movdqu xmm0, oword [si]
movdqu xmm7, [di]
movdqu [di], xmm0
movdqu xmm0, oword [di]
movdqu xmm7, [bx+si]
movdqu [bx+si], xmm0
movdqu xmm0, oword [bx+si]
movdqu xmm7, [bp+di+5]
movdqu [bp+di+5], xmm0
movdqu xmm0, oword [bp+di+5]
movdqu xmm7, [si+bx-1]
movdqu [si+bx-1], xmm0
movdqu xmm0, oword [si+bx-1]
movdqu xmm7, [bx+0x1234]
movdqu [bx+0x1234], xmm0
movdqu xmm0, oword [bx+0x1234]
movdqa xmm0, xmm3
movdqa xmm3, xmm3
movdqa xmm7, xmm3
movdqa xmm7, [bx]
movdqa [bx], xmm0
movdqa xmm0, oword [bx]
movdqa xmm7, [bp]
movdqa [bp], xmm0
movdqa xmm0, oword [bp]
movdqa xmm7, [si]
movdqa [si], xmm0
movdqa xmm0, oword [si]
movdqa xmm7, [di]
movdqa [di], xmm0
movdqa xmm0, oword [di]
movdqa xmm7, [bx+si]
movdqa [bx+si], xmm0
movdqa xmm0, oword [bx+si]
movdqa xmm7, [bp+di+5]
movdqa [bp+di+5], xmm0
movdqa xmm0, oword [bp+di+5]
movdqa xmm7, [si+bx-1]
movdqa [si+bx-1], xmm0
movdqa xmm0, oword [si+bx-1]
movdqa xmm7, [bx+0x1234]
movdqa [bx+0x1234], xmm0
movdqa xmm0, oword [bx+0x1234]
movups xmm0, xmm3
movups xmm3, xmm3
movups xmm7, xmm3
movups xmm7, [bx]
movups [bx], xmm0
movups xmm0, oword [bx]
movups xmm7, [bp]
movups [bp], xmm0
movups xmm0, oword [bp]
movups xmm7, [si]
movups [si], xmm0
movups xmm0, oword [si]
movups xmm7, [di]
movups [di], xmm0
movups xmm0, oword [di]
movups xmm7, [bx+si]
movups [bx+si], xmm0
movups xmm0, oword [bx+si]
movups xmm7, [bp+di+5]
movups [bp+di+5], xmm0
movups xmm0, oword [bp+di+5]
movups xmm7, [si+bx-1]
movups [si+bx-1], xmm0
movups xmm0, oword [si+bx-1]
movups xmm7, [bx+0x1234]
movups [bx+0x1234], xmm0
movups xmm0, oword [bx+0x1234]
movaps xmm0, xmm3
movaps xmm3, xmm3
movaps xmm7, xmm3
movaps xmm7, [bx]
movaps [bx], xmm0
movaps xmm0, oword [bx]
movaps xmm7, [bp]
movaps [bp], xmm0
movaps xmm0, oword [bp]
movaps xmm7, [si]
movaps [si], xmm0
movaps xmm0, oword [si]
movaps xmm7, [di]
movaps [di], xmm0
movaps xmm0, oword [di]
movaps xmm7, [bx+si]
movaps [bx+si], xmm0
movaps xmm0, oword [bx+si]
movaps xmm7, [bp+di+5]
movaps [bp+di+5], xmm0
movaps xmm0, oword [bp+di+5]
movaps xmm7, [si+bx-1]
movaps [si+bx-1], xmm0
movaps xmm0, oword [si+bx-1]
movaps xmm7, [bx+0x1234]
movaps [bx+0x1234], xmm0
movaps xmm0, oword [bx+0x1234]
movupd xmm0, xmm3
movupd xmm3, xmm3
movupd xmm7, xmm3
movupd xmm7, [bx]
movupd [bx], xmm0
movupd xmm0, oword [bx]
movupd xmm7, [bp]
movupd [bp], xmm0
movupd xmm0, oword [bp]
movupd xmm7, [si]
movupd [si], xmm0
movupd xmm0, oword [si]
movupd xmm7, [di]
movupd [di], xmm0
movupd xmm0, oword [di]
movupd xmm7, [bx+si]
movupd [bx+si], xmm0
movupd xmm0, oword [bx+si]
movupd xmm7, [bp+di+5]
movupd [bp+di+5], xmm0
movupd xmm0, oword [bp+di+5]
movupd xmm7, [si+bx-1]
movupd [si+bx-1], xmm0
movupd xmm0, oword [si+bx-1]
movupd xmm7, [bx+0x1234]
movupd [bx+0x1234], xmm0
movupd xmm0, oword [bx+0x1234]
movapd xmm0, xmm3
movapd xmm3, xmm3
movapd xmm7, xmm3
movapd xmm7, [bx]
movapd [bx], xmm0
movapd xmm0, oword [bx]
movapd xmm7, [bp]
movapd [bp], xmm0
movapd xmm0, oword [bp]
movapd xmm7, [si]
movapd [si], xmm0
movapd xmm0, oword [si]
movapd xmm7, [di]
movapd [di], xmm0
movapd xmm0, oword [di]
movapd xmm7, [bx+si]
movapd [bx+si], xmm0
movapd xmm0, oword [bx+si]
movapd xmm7, [bp+di+5]
movapd [bp+di+5], xmm0
movapd xmm0, oword [bp+di+5]
movapd xmm7, [si+bx-1]
movapd [si+bx-1], xmm0
movapd xmm0, oword [si+bx-1]
movapd xmm7, [bx+0x1234]
movapd [bx+0x1234], xmm0
movapd xmm0, oword [bx+0x1234]
xorps xmm0, xmm3
xorps xmm3, xmm3
xorps xmm7, xmm3
xorps xmm7, [bx]
xorps xmm0, oword [bx]
xorps xmm7, [bp]
xorps xmm0, oword [bp]
xorps xmm7, [si]
xorps xmm0, oword [si]
xorps xmm7, [di]
xorps xmm0, oword [di]
xorps xmm7, [bx+si]
xorps xmm0, oword [bx+si]
xorps xmm7, [bp+di+5]
xorps xmm0, oword [bp+di+5]
xorps xmm7, [si+bx-1]
xorps xmm0, oword [si+bx-1]
xorps xmm7, [bx+0x1234]
xorps xmm0, oword [bx+0x1234]
andps xmm0, xmm3
andps xmm3, xmm3
andps xmm7, xmm3
andps xmm7, [bx]
andps xmm0, oword [bx]
andps xmm7, [bp]
andps xmm0, oword [bp]
andps xmm7, [si]
andps xmm0, oword [si]
andps xmm7, [di]
andps xmm0, oword [di]
andps xmm7, [bx+si]
andps xmm0, oword [bx+si]
andps xmm7, [bp+di+5]
andps xmm0, oword [bp+di+5]
andps xmm7, [si+bx-1]
andps xmm0, oword [si+bx-1]
andps xmm7, [bx+0x1234]
andps xmm0, oword [bx+0x1234]
orps xmm0, xmm3
orps xmm3, xmm3
orps xmm7, xmm3
orps xmm7, [bx]
orps xmm0, oword [bx]
orps xmm7, [bp]
orps xmm0, oword [bp]
orps xmm7, [si]
orps xmm0, oword [si]
orps xmm7, [di]
orps xmm0, oword [di]
orps xmm7, [bx+si]
orps xmm0, oword [bx+si]
orps xmm7, [bp+di+5]
orps xmm0, oword [bp+di+5]
orps xmm7, [si+bx-1]
orps xmm0, oword [si+bx-1]
orps xmm7, [bx+0x1234]
orps xmm0, oword [bx+0x1234]
pxor xmm0, xmm3
pxor xmm3, xmm3
pxor xmm7, xmm3
pxor xmm7, [bx]
pxor xmm0, oword [bx]
pxor xmm7, [bp]
pxor xmm0, oword [bp]
pxor xmm7, [si]
pxor xmm0, oword [si]
pxor xmm7, [di]
pxor xmm0, oword [di]
pxor xmm7, [bx+si]
pxor xmm0, oword [bx+si]
pxor xmm7, [bp+di+5]
pxor xmm0, oword [bp+di+5]
pxor xmm7, [si+bx-1]
pxor xmm0, oword [si+bx-1]
pxor xmm7, [bx+0x1234]
pxor xmm0, oword [bx+0x1234]
por xmm0, xmm3
por xmm3, xmm3
por xmm7, xmm3
por xmm7, [bx]
por xmm0, oword [bx]
por xmm7, [bp]
por xmm0, oword [bp]
por xmm7, [si]
por xmm0, oword [si]
por xmm7, [di]
por xmm0, oword [di]
por xmm7, [bx+si]
por xmm0, oword [bx+si]
por xmm7, [bp+di+5]
por xmm0, oword [bp+di+5]
por xmm7, [si+bx-1]
por xmm0, oword [si+bx-1]
por xmm7, [bx+0x1234]
por xmm0, oword [bx+0x1234]
pand xmm0, xmm3
pand xmm3, xmm3
pand xmm7, xmm3
pand xmm7, [bx]
pand xmm0, oword [bx]
pand xmm7, [bp]
pand xmm0, oword [bp]
pand xmm7, [si]
pand xmm0, oword [si]
pand xmm7, [di]
pand xmm0, oword [di]
pand xmm7, [bx+si]
pand xmm0, oword [bx+si]
pand xmm7, [bp+di+5]
pand xmm0, oword [bp+di+5]
pand xmm7, [si+bx-1]
pand xmm0, oword [si+bx-1]
pand xmm7, [bx+0x1234]
pand xmm0, oword [bx+0x1234]
pandn xmm0, xmm3
pandn xmm3, xmm3
pandn xmm7, xmm3
pandn xmm7, [bx]
pandn xmm0, oword [bx]
pandn xmm7, [bp]
pandn xmm0, oword [bp]
pandn xmm7, [si]
pandn xmm0, oword [si]
pandn xmm7, [di]
pandn xmm0, oword [di]
pandn xmm7, [bx+si]
pandn xmm0, oword [bx+si]
pandn xmm7, [bp+di+5]
pandn xmm0, oword [bp+di+5]
pandn xmm7, [si+bx-1]
pandn xmm0, oword [si+bx-1]
pandn xmm7, [bx+0x1234]
pandn xmm0, oword [bx+0x1234]
paddb xmm0, xmm3
paddb xmm3, xmm3
paddb xmm7, xmm3
paddb xmm7, [bx]
paddb xmm0, oword [bx]
paddb xmm7, [bp]
paddb xmm0, oword [bp]
paddb xmm7, [si]
paddb xmm0, oword [si]
paddb xmm7, [di]
paddb xmm0, oword [di]
paddb xmm7, [bx+si]
paddb xmm0, oword [bx+si]
paddb xmm7, [bp+di+5]
paddb xmm0, oword [bp+di+5]
paddb xmm7, [si+bx-1]
paddb xmm0, oword [si+bx-1]
paddb xmm7, [bx+0x1234]
paddb xmm0, oword [bx+0x1234]
paddw xmm0, xmm3
paddw xmm3, xmm3
paddw xmm7, xmm3
paddw xmm7, [bx]
paddw xmm0, oword [bx]
paddw xmm7, [bp]
paddw xmm0, oword [bp]
paddw xmm7, [si]
paddw xmm0, oword [si]
paddw xmm7, [di]
paddw xmm0, oword [di]
paddw xmm7, [bx+si]
paddw xmm0, oword [bx+si]
paddw xmm7, [bp+di+5]
paddw xmm0, oword [bp+di+5]
paddw xmm7, [si+bx-1]
paddw xmm0, oword [si+bx-1]
paddw xmm7, [bx+0x1234]
paddw xmm0, oword [bx+0x1234]
paddd xmm0, xmm3
paddd xmm3, xmm3
paddd xmm7, xmm3
paddd xmm7, [bx]
paddd xmm0, oword [bx]
paddd xmm7, [bp]
paddd xmm0, oword [bp]
paddd xmm7, [si]
paddd xmm0, oword [si]
paddd xmm7, [di]
paddd xmm0, oword [di]
paddd xmm7, [bx+si]
paddd xmm0, oword [bx+si]
paddd xmm7, [bp+di+5]
paddd xmm0, oword [bp+di+5]
paddd xmm7, [si+bx-1]
paddd xmm0, oword [si+bx-1]
paddd xmm7, [bx+0x1234]
paddd xmm0, oword [bx+0x1234]
paddq xmm0, xmm3
paddq xmm3, xmm3
paddq xmm7, xmm3
paddq xmm7, [bx]
paddq xmm0, oword [bx]
paddq xmm7, [bp]
paddq xmm0, oword [bp]
paddq xmm7, [si]
paddq xmm0, oword [si]
paddq xmm7, [di]
paddq xmm0, oword [di]
paddq xmm7, [bx+si]
paddq xmm0, oword [bx+si]
paddq xmm7, [bp+di+5]
paddq xmm0, oword [bp+di+5]
paddq xmm7, [si+bx-1]
paddq xmm0, oword [si+bx-1]
paddq xmm7, [bx+0x1234]
paddq xmm0, oword [bx+0x1234]
psubb xmm0, xmm3
psubb xmm3, xmm3
psubb xmm7, xmm3
psubb xmm7, [bx]
psubb xmm0, oword [bx]
psubb xmm7, [bp]
psubb xmm0, oword [bp]
psubb xmm7, [si]
psubb xmm0, oword [si]
psubb xmm7, [di]
psubb xmm0, oword [di]
psubb xmm7, [bx+si]
psubb xmm0, oword [bx+si]
psubb xmm7, [bp+di+5]
psubb xmm0, oword [bp+di+5]
psubb xmm7, [si+bx-1]
psubb xmm0, oword [si+bx-1]
psubb xmm7, [bx+0x1234]
psubb xmm0, oword [bx+0x1234]
psubw xmm0, xmm3
psubw xmm3, xmm3
psubw xmm7, xmm3
psubw xmm7, [bx]
psubw xmm0, oword [bx]
psubw xmm7, [bp]
psubw xmm0, oword [bp]
psubw xmm7, [si]
psubw xmm0, oword [si]
psubw xmm7, [di]
psubw xmm0, oword [di]
psubw xmm7, [bx+si]
psubw xmm0, oword [bx+si]
psubw xmm7, [bp+di+5]
psubw xmm0, oword [bp+di+5]
psubw xmm7, [si+bx-1]
psubw xmm0, oword [si+bx-1]
psubw xmm7, [bx+0x1234]
psubw xmm0, oword [bx+0x1234]
psubd xmm0, xmm3
psubd xmm3, xmm3
psubd xmm7, xmm3
psubd xmm7, [bx]
psubd xmm0, oword [bx]
psubd xmm7, [bp]
psubd xmm0, oword [bp]
psubd xmm7, [si]
psubd xmm0, oword [si]
psubd xmm7, [di]
psubd xmm0, oword [di]
psubd xmm7, [bx+si]
psubd xmm0, oword [bx+si]
psubd xmm7, [bp+di+5]
psubd xmm0, oword [bp+di+5]
psubd xmm7, [si+bx-1]
psubd xmm0, oword [si+bx-1]
psubd xmm7, [bx+0x1234]
psubd xmm0, oword [bx+0x1234]
psubq xmm0, xmm3
psubq xmm3, xmm3
psubq xmm7, xmm3
psubq xmm7, [bx]
psubq xmm0, oword [bx]
psubq xmm7, [bp]
psubq xmm0, oword [bp]
psubq xmm7, [si]
psubq xmm0, oword [si]
psubq xmm7, [di]
psubq xmm0, oword [di]
psubq xmm7, [bx+si]
psubq xmm0, oword [bx+si]
psubq xmm7, [bp+di+5]
psubq xmm0, oword [bp+di+5]
psubq xmm7, [si+bx-1]
psubq xmm0, oword [si+bx-1]
psubq xmm7, [bx+0x1234]
psubq xmm0, oword [bx+0x1234]
pcmpeqb xmm0, xmm3
pcmpeqb xmm3, xmm3
pcmpeqb xmm7, xmm3
pcmpeqb xmm7, [bx]
pcmpeqb xmm0, oword [bx]
pcmpeqb xmm7, [bp]
pcmpeqb xmm0, oword [bp]
pcmpeqb xmm7, [si]
pcmpeqb xmm0, oword [si]
pcmpeqb xmm7, [di]
pcmpeqb xmm0, oword [di]
pcmpeqb xmm7, [bx+si]
pcmpeqb xmm0, oword [bx+si]
pcmpeqb xmm7, [bp+di+5]
pcmpeqb xmm0, oword [bp+di+5]
pcmpeqb xmm7, [si+bx-1]
pcmpeqb xmm0, oword [si+bx-1]
pcmpeqb xmm7, [bx+0x1234]
pcmpeqb xmm0, oword [bx+0x1234]
pcmpeqw xmm0, xmm3
pcmpeqw xmm3, xmm3
pcmpeqw xmm7, xmm3
pcmpeqw xmm7, [bx]
pcmpeqw xmm0, oword [bx]
pcmpeqw xmm7, [bp]
pcmpeqw xmm0, oword [bp]
pcmpeqw xmm7, [si]
pcmpeqw xmm0, oword [si]
pcmpeqw xmm7, [di]
pcmpeqw xmm0, oword [di]
pcmpeqw xmm7, [bx+si]
pcmpeqw xmm0, oword [bx+si]
pcmpeqw xmm7, [bp+di+5]
pcmpeqw xmm0, oword [bp+di+5]
pcmpeqw xmm7, [si+bx-1]
pcmpeqw xmm0, oword [si+bx-1]
pcmpeqw xmm7, [bx+0x1234]
pcmpeqw xmm0, oword [bx+0x1234]
pcmpeqd xmm0, xmm3
pcmpeqd xmm3, xmm3
pcmpeqd xmm7, xmm3
pcmpeqd xmm7, [bx]
pcmpeqd xmm0, oword [bx]
pcmpeqd xmm7, [bp]
pcmpeqd xmm0, oword [bp]
pcmpeqd xmm7, [si]
pcmpeqd xmm0, oword [si]
pcmpeqd xmm7, [di]
pcmpeqd xmm0, oword [di]
pcmpeqd xmm7, [bx+si]
pcmpeqd xmm0, oword [bx+si]
pcmpeqd xmm7, [bp+di+5]
pcmpeqd xmm0, oword [bp+di+5]
pcmpeqd xmm7, [si+bx-1]
pcmpeqd xmm0, oword [si+bx-1]
pcmpeqd xmm7, [bx+0x1234]
pcmpeqd xmm0, oword [bx+0x1234]
movd xmm0, eax
movd eax, xmm0
movd xmm3, eax
movd eax, xmm3
movd xmm7, eax
movd eax, xmm7
movd xmm0, [bx]
movd [bx], xmm3
movd xmm0, dword [bx]
movd xmm0, [bp]
movd [bp], xmm3
movd xmm0, dword [bp]
movd xmm0, [si]
movd [si], xmm3
movd xmm0, dword [si]
movd xmm0, [di]
movd [di], xmm3
movd xmm0, dword [di]
movq xmm0, xmm3
movq xmm3, xmm0
movq xmm3, xmm3
movq xmm3, xmm3
movq xmm7, xmm3
movq xmm3, xmm7
movq xmm0, [bx]
movq [bx], xmm3
movq xmm0, qword [bx]
movq xmm0, [bp]
movq [bp], xmm3
movq xmm0, qword [bp]
movq xmm0, [si]
movq [si], xmm3
movq xmm0, qword [si]
movq xmm0, [di]
movq [di], xmm3
movq xmm0, qword [di]
lbl: nop
