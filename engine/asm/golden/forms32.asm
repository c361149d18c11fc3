bits 32
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
add bl, al
add bl, cl
add bl, ah
add [eax], cl
add al, [eax]
add ah, [eax]
add [ebx+4], cl
add al, [ebx+4]
add ah, [ebx+4]
add [esp], cl
add al, [esp]
add ah, [esp]
add [ebp], cl
add al, [ebp]
add ah, [ebp]
add [esp+8], cl
add al, [esp+8]
add ah, [esp+8]
add [ebp-0x80], cl
add al, [ebp-0x80]
add ah, [ebp-0x80]
add [eax+ecx], cl
add al, [eax+ecx]
add ah, [eax+ecx]
add [ebp+eax], cl
add al, [ebp+eax]
add ah, [ebp+eax]
add [eax*2], cl
add al, [eax*2]
add ah, [eax*2]
add [ecx*4], cl
add al, [ecx*4]
add ah, [ecx*4]
add [edx*8+0x100], cl
add al, [edx*8+0x100]
add ah, [edx*8+0x100]
add [eax+ebx*8-4], cl
add al, [eax+ebx*8-4]
add ah, [eax+ebx*8-4]
add [0x12345678], cl
add al, [0x12345678]
add ah, [0x12345678]
add [bx+si], cl
add al, [bx+si]
add ah, [bx+si]
add [fs:eax], cl
add al, [fs:eax]
add ah, [fs:eax]
add [ecx*3], cl
add al, [ecx*3]
add ah, [ecx*3]
add [esi+0x7f], cl
add al, [esi+0x7f]
add ah, [esi+0x7f]
add [edi-0x81], cl
add al, [edi-0x81]
add ah, [edi-0x81]
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
add byte [eax], 0
add byte [eax], 1
add byte [eax], 0x7f
add byte [eax], -1
add byte [eax], -128
add byte [eax], 0xff
add byte [eax], -0x80
add byte [ebx+4], 0
add byte [ebx+4], 1
add byte [ebx+4], 0x7f
add byte [ebx+4], -1
add byte [ebx+4], -128
add byte [ebx+4], 0xff
add byte [ebx+4], -0x80
add byte [esp], 0
add byte [esp], 1
add byte [esp], 0x7f
add byte [esp], -1
add byte [esp], -128
add byte [esp], 0xff
add byte [esp], -0x80
add byte [ebp], 0
add byte [ebp], 1
add byte [ebp], 0x7f
add byte [ebp], -1
add byte [ebp], -128
add byte [ebp], 0xff
add byte [ebp], -0x80
add byte [esp+8], 0
add byte [esp+8], 1
add byte [esp+8], 0x7f
add byte [esp+8], -1
add byte [esp+8], -128
add byte [esp+8], 0xff
add byte [esp+8], -0x80
add byte [ebp-0x80], 0
add byte [ebp-0x80], 1
add byte [ebp-0x80], 0x7f
add byte [ebp-0x80], -1
add byte [ebp-0x80], -128
add byte [ebp-0x80], 0xff
add byte [ebp-0x80], -0x80
add ax, ax
add ax, bx
add ax, bp
add bx, ax
add bx, bx
add bx, bp
add bp, ax
add bp, bx
add bp, bp
add si, ax
add si, bx
add si, bp
add [eax], bx
add ax, [eax]
add bp, [eax]
add [ebx+4], bx
add ax, [ebx+4]
add bp, [ebx+4]
add [esp], bx
add ax, [esp]
add bp, [esp]
add [ebp], bx
add ax, [ebp]
add bp, [ebp]
add [esp+8], bx
add ax, [esp+8]
add bp, [esp+8]
add [ebp-0x80], bx
add ax, [ebp-0x80]
add bp, [ebp-0x80]
add [eax+ecx], bx
add ax, [eax+ecx]
add bp, [eax+ecx]
add [ebp+eax], bx
add ax, [ebp+eax]
add bp, [ebp+eax]
add [eax*2], bx
add ax, [eax*2]
add bp, [eax*2]
add [ecx*4], bx
add ax, [ecx*4]
add bp, [ecx*4]
add [edx*8+0x100], bx
add ax, [edx*8+0x100]
add bp, [edx*8+0x100]
add [eax+ebx*8-4], bx
add ax, [eax+ebx*8-4]
add bp, [eax+ebx*8-4]
add [0x12345678], bx
add ax, [0x12345678]
add bp, [0x12345678]
add [bx+si], bx
add ax, [bx+si]
add bp, [bx+si]
add [fs:eax], bx
add ax, [fs:eax]
add bp, [fs:eax]
add [ecx*3], bx
add ax, [ecx*3]
add bp, [ecx*3]
add [esi+0x7f], bx
add ax, [esi+0x7f]
add bp, [esi+0x7f]
add [edi-0x81], bx
add ax, [edi-0x81]
add bp, [edi-0x81]
add ax, 0
add bp, 0
add ax, 1
add bp, 1
add ax, 0x7f
add bp, 0x7f
add ax, 0x80
add bp, 0x80
add ax, -128
add bp, -128
add ax, -129
add bp, -129
add ax, 0x1234
add bp, 0x1234
add ax, 0xffff
add bp, 0xffff
add ax, -1
add bp, -1
add ax, 0x7fff
add bp, 0x7fff
add word [eax], 0
add word [eax], 1
add word [eax], 0x7f
add word [eax], 0x80
add word [eax], -128
add word [eax], -129
add word [eax], 0x1234
add word [ebx+4], 0
add word [ebx+4], 1
add word [ebx+4], 0x7f
add word [ebx+4], 0x80
add word [ebx+4], -128
add word [ebx+4], -129
add word [ebx+4], 0x1234
add word [esp], 0
add word [esp], 1
add word [esp], 0x7f
add word [esp], 0x80
add word [esp], -128
add word [esp], -129
add word [esp], 0x1234
add word [ebp], 0
add word [ebp], 1
add word [ebp], 0x7f
add word [ebp], 0x80
add word [ebp], -128
add word [ebp], -129
add word [ebp], 0x1234
add word [esp+8], 0
add word [esp+8], 1
add word [esp+8], 0x7f
add word [esp+8], 0x80
add word [esp+8], -128
add word [esp+8], -129
add word [esp+8], 0x1234
add word [ebp-0x80], 0
add word [ebp-0x80], 1
add word [ebp-0x80], 0x7f
add word [ebp-0x80], 0x80
add word [ebp-0x80], -128
add word [ebp-0x80], -129
add word [ebp-0x80], 0x1234
add bx, byte 5
add ax, strict word 5
add word [ebx], byte -3
add eax, eax
add eax, edx
add eax, esp
add edx, eax
add edx, edx
add edx, esp
add esp, eax
add esp, edx
add esp, esp
add ebp, eax
add ebp, edx
add ebp, esp
add edi, eax
add edi, edx
add edi, esp
add [eax], edx
add eax, [eax]
add esp, [eax]
add [ebx+4], edx
add eax, [ebx+4]
add esp, [ebx+4]
add [esp], edx
add eax, [esp]
add esp, [esp]
add [ebp], edx
add eax, [ebp]
add esp, [ebp]
add [esp+8], edx
add eax, [esp+8]
add esp, [esp+8]
add [ebp-0x80], edx
add eax, [ebp-0x80]
add esp, [ebp-0x80]
add [eax+ecx], edx
add eax, [eax+ecx]
add esp, [eax+ecx]
add [ebp+eax], edx
add eax, [ebp+eax]
add esp, [ebp+eax]
add [eax*2], edx
add eax, [eax*2]
add esp, [eax*2]
add [ecx*4], edx
add eax, [ecx*4]
add esp, [ecx*4]
add [edx*8+0x100], edx
add eax, [edx*8+0x100]
add esp, [edx*8+0x100]
add [eax+ebx*8-4], edx
add eax, [eax+ebx*8-4]
add esp, [eax+ebx*8-4]
add [0x12345678], edx
add eax, [0x12345678]
add esp, [0x12345678]
add [bx+si], edx
add eax, [bx+si]
add esp, [bx+si]
add [fs:eax], edx
add eax, [fs:eax]
add esp, [fs:eax]
add [ecx*3], edx
add eax, [ecx*3]
add esp, [ecx*3]
add [esi+0x7f], edx
add eax, [esi+0x7f]
add esp, [esi+0x7f]
add [edi-0x81], edx
add eax, [edi-0x81]
add esp, [edi-0x81]
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
add dword [eax], 0
add dword [eax], 2
add dword [eax], 0x7f
add dword [eax], 0x80
add dword [eax], -128
add dword [eax], -129
add dword [eax], 0x1234
add dword [ebx+4], 0
add dword [ebx+4], 2
add dword [ebx+4], 0x7f
add dword [ebx+4], 0x80
add dword [ebx+4], -128
add dword [ebx+4], -129
add dword [ebx+4], 0x1234
add dword [esp], 0
add dword [esp], 2
add dword [esp], 0x7f
add dword [esp], 0x80
add dword [esp], -128
add dword [esp], -129
add dword [esp], 0x1234
add dword [ebp], 0
add dword [ebp], 2
add dword [ebp], 0x7f
add dword [ebp], 0x80
add dword [ebp], -128
add dword [ebp], -129
add dword [ebp], 0x1234
add dword [esp+8], 0
add dword [esp+8], 2
add dword [esp+8], 0x7f
add dword [esp+8], 0x80
add dword [esp+8], -128
add dword [esp+8], -129
add dword [esp+8], 0x1234
add dword [ebp-0x80], 0
add dword [ebp-0x80], 2
add dword [ebp-0x80], 0x7f
add dword [ebp-0x80], 0x80
add dword [ebp-0x80], -128
add dword [ebp-0x80], -129
add dword [ebp-0x80], 0x1234
add edx, byte 5
add eax, strict dword 5
add dword [ebx], byte -3
add [ebx], byte 5
add [ebx], word 5
add [ebx], dword 5
or al, al
or al, cl
or al, ah
or cl, al
or cl, cl
or cl, ah
or ah, al
or ah, cl
or ah, ah
or bl, al
or bl, cl
or bl, ah
or [eax], cl
or al, [eax]
or ah, [eax]
or [ebx+4], cl
or al, [ebx+4]
or ah, [ebx+4]
or [esp], cl
or al, [esp]
or ah, [esp]
or [ebp], cl
or al, [ebp]
or ah, [ebp]
or [esp+8], cl
or al, [esp+8]
or ah, [esp+8]
or [ebp-0x80], cl
or al, [ebp-0x80]
or ah, [ebp-0x80]
or [eax+ecx], cl
or al, [eax+ecx]
or ah, [eax+ecx]
or [ebp+eax], cl
or al, [ebp+eax]
or ah, [ebp+eax]
or [eax*2], cl
or al, [eax*2]
or ah, [eax*2]
or [ecx*4], cl
or al, [ecx*4]
or ah, [ecx*4]
or [edx*8+0x100], cl
or al, [edx*8+0x100]
or ah, [edx*8+0x100]
or [eax+ebx*8-4], cl
or al, [eax+ebx*8-4]
or ah, [eax+ebx*8-4]
or [0x12345678], cl
or al, [0x12345678]
or ah, [0x12345678]
or [bx+si], cl
or al, [bx+si]
or ah, [bx+si]
or [fs:eax], cl
or al, [fs:eax]
or ah, [fs:eax]
or [ecx*3], cl
or al, [ecx*3]
or ah, [ecx*3]
or [esi+0x7f], cl
or al, [esi+0x7f]
or ah, [esi+0x7f]
or [edi-0x81], cl
or al, [edi-0x81]
or ah, [edi-0x81]
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
or byte [eax], 0
or byte [eax], 1
or byte [eax], 0x7f
or byte [eax], -1
or byte [eax], -128
or byte [eax], 0xff
or byte [eax], -0x80
or byte [ebx+4], 0
or byte [ebx+4], 1
or byte [ebx+4], 0x7f
or byte [ebx+4], -1
or byte [ebx+4], -128
or byte [ebx+4], 0xff
or byte [ebx+4], -0x80
or byte [esp], 0
or byte [esp], 1
or byte [esp], 0x7f
or byte [esp], -1
or byte [esp], -128
or byte [esp], 0xff
or byte [esp], -0x80
or byte [ebp], 0
or byte [ebp], 1
or byte [ebp], 0x7f
or byte [ebp], -1
or byte [ebp], -128
or byte [ebp], 0xff
or byte [ebp], -0x80
or byte [esp+8], 0
or byte [esp+8], 1
or byte [esp+8], 0x7f
or byte [esp+8], -1
or byte [esp+8], -128
or byte [esp+8], 0xff
or byte [esp+8], -0x80
or byte [ebp-0x80], 0
or byte [ebp-0x80], 1
or byte [ebp-0x80], 0x7f
or byte [ebp-0x80], -1
or byte [ebp-0x80], -128
or byte [ebp-0x80], 0xff
or byte [ebp-0x80], -0x80
or ax, ax
or ax, bx
or ax, bp
or bx, ax
or bx, bx
or bx, bp
or bp, ax
or bp, bx
or bp, bp
or si, ax
or si, bx
or si, bp
or [eax], bx
or ax, [eax]
or bp, [eax]
or [ebx+4], bx
or ax, [ebx+4]
or bp, [ebx+4]
or [esp], bx
or ax, [esp]
or bp, [esp]
or [ebp], bx
or ax, [ebp]
or bp, [ebp]
or [esp+8], bx
or ax, [esp+8]
or bp, [esp+8]
or [ebp-0x80], bx
or ax, [ebp-0x80]
or bp, [ebp-0x80]
or [eax+ecx], bx
or ax, [eax+ecx]
or bp, [eax+ecx]
or [ebp+eax], bx
or ax, [ebp+eax]
or bp, [ebp+eax]
or [eax*2], bx
or ax, [eax*2]
or bp, [eax*2]
or [ecx*4], bx
or ax, [ecx*4]
or bp, [ecx*4]
or [edx*8+0x100], bx
or ax, [edx*8+0x100]
or bp, [edx*8+0x100]
or [eax+ebx*8-4], bx
or ax, [eax+ebx*8-4]
or bp, [eax+ebx*8-4]
or [0x12345678], bx
or ax, [0x12345678]
or bp, [0x12345678]
or [bx+si], bx
or ax, [bx+si]
or bp, [bx+si]
or [fs:eax], bx
or ax, [fs:eax]
or bp, [fs:eax]
or [ecx*3], bx
or ax, [ecx*3]
or bp, [ecx*3]
or [esi+0x7f], bx
or ax, [esi+0x7f]
or bp, [esi+0x7f]
or [edi-0x81], bx
or ax, [edi-0x81]
or bp, [edi-0x81]
or ax, 0
or bp, 0
or ax, 1
or bp, 1
or ax, 0x7f
or bp, 0x7f
or ax, 0x80
or bp, 0x80
or ax, -128
or bp, -128
or ax, -129
or bp, -129
or ax, 0x1234
or bp, 0x1234
or ax, 0xffff
or bp, 0xffff
or ax, -1
or bp, -1
or ax, 0x7fff
or bp, 0x7fff
or word [eax], 0
or word [eax], 1
or word [eax], 0x7f
or word [eax], 0x80
or word [eax], -128
or word [eax], -129
or word [eax], 0x1234
or word [ebx+4], 0
or word [ebx+4], 1
or word [ebx+4], 0x7f
or word [ebx+4], 0x80
or word [ebx+4], -128
or word [ebx+4], -129
or word [ebx+4], 0x1234
or word [esp], 0
or word [esp], 1
or word [esp], 0x7f
or word [esp], 0x80
or word [esp], -128
or word [esp], -129
or word [esp], 0x1234
or word [ebp], 0
or word [ebp], 1
or word [ebp], 0x7f
or word [ebp], 0x80
or word [ebp], -128
or word [ebp], -129
or word [ebp], 0x1234
or word [esp+8], 0
or word [esp+8], 1
or word [esp+8], 0x7f
or word [esp+8], 0x80
or word [esp+8], -128
or word [esp+8], -129
or word [esp+8], 0x1234
or word [ebp-0x80], 0
or word [ebp-0x80], 1
or word [ebp-0x80], 0x7f
or word [ebp-0x80], 0x80
or word [ebp-0x80], -128
or word [ebp-0x80], -129
or word [ebp-0x80], 0x1234
or bx, byte 5
or ax, strict word 5
or word [ebx], byte -3
or eax, eax
or eax, edx
or eax, esp
or edx, eax
or edx, edx
or edx, esp
or esp, eax
or esp, edx
or esp, esp
or ebp, eax
or ebp, edx
or ebp, esp
or edi, eax
or edi, edx
or edi, esp
or [eax], edx
or eax, [eax]
or esp, [eax]
or [ebx+4], edx
or eax, [ebx+4]
or esp, [ebx+4]
or [esp], edx
or eax, [esp]
or esp, [esp]
or [ebp], edx
or eax, [ebp]
or esp, [ebp]
or [esp+8], edx
or eax, [esp+8]
or esp, [esp+8]
or [ebp-0x80], edx
or eax, [ebp-0x80]
or esp, [ebp-0x80]
or [eax+ecx], edx
or eax, [eax+ecx]
or esp, [eax+ecx]
or [ebp+eax], edx
or eax, [ebp+eax]
or esp, [ebp+eax]
or [eax*2], edx
or eax, [eax*2]
or esp, [eax*2]
or [ecx*4], edx
or eax, [ecx*4]
or esp, [ecx*4]
or [edx*8+0x100], edx
or eax, [edx*8+0x100]
or esp, [edx*8+0x100]
or [eax+ebx*8-4], edx
or eax, [eax+ebx*8-4]
or esp, [eax+ebx*8-4]
or [0x12345678], edx
or eax, [0x12345678]
or esp, [0x12345678]
or [bx+si], edx
or eax, [bx+si]
or esp, [bx+si]
or [fs:eax], edx
or eax, [fs:eax]
or esp, [fs:eax]
or [ecx*3], edx
or eax, [ecx*3]
or esp, [ecx*3]
or [esi+0x7f], edx
or eax, [esi+0x7f]
or esp, [esi+0x7f]
or [edi-0x81], edx
or eax, [edi-0x81]
or esp, [edi-0x81]
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
or dword [eax], 0
or dword [eax], 2
or dword [eax], 0x7f
or dword [eax], 0x80
or dword [eax], -128
or dword [eax], -129
or dword [eax], 0x1234
or dword [ebx+4], 0
or dword [ebx+4], 2
or dword [ebx+4], 0x7f
or dword [ebx+4], 0x80
or dword [ebx+4], -128
or dword [ebx+4], -129
or dword [ebx+4], 0x1234
or dword [esp], 0
or dword [esp], 2
or dword [esp], 0x7f
or dword [esp], 0x80
or dword [esp], -128
or dword [esp], -129
or dword [esp], 0x1234
or dword [ebp], 0
or dword [ebp], 2
or dword [ebp], 0x7f
or dword [ebp], 0x80
or dword [ebp], -128
or dword [ebp], -129
or dword [ebp], 0x1234
or dword [esp+8], 0
or dword [esp+8], 2
or dword [esp+8], 0x7f
or dword [esp+8], 0x80
or dword [esp+8], -128
or dword [esp+8], -129
or dword [esp+8], 0x1234
or dword [ebp-0x80], 0
or dword [ebp-0x80], 2
or dword [ebp-0x80], 0x7f
or dword [ebp-0x80], 0x80
or dword [ebp-0x80], -128
or dword [ebp-0x80], -129
or dword [ebp-0x80], 0x1234
or edx, byte 5
or eax, strict dword 5
or dword [ebx], byte -3
or [ebx], byte 5
or [ebx], word 5
or [ebx], dword 5
adc al, al
adc al, cl
adc al, ah
adc cl, al
adc cl, cl
adc cl, ah
adc ah, al
adc ah, cl
adc ah, ah
adc bl, al
adc bl, cl
adc bl, ah
adc [eax], cl
adc al, [eax]
adc ah, [eax]
adc [ebx+4], cl
adc al, [ebx+4]
adc ah, [ebx+4]
adc [esp], cl
adc al, [esp]
adc ah, [esp]
adc [ebp], cl
adc al, [ebp]
adc ah, [ebp]
adc [esp+8], cl
adc al, [esp+8]
adc ah, [esp+8]
adc [ebp-0x80], cl
adc al, [ebp-0x80]
adc ah, [ebp-0x80]
adc [eax+ecx], cl
adc al, [eax+ecx]
adc ah, [eax+ecx]
adc [ebp+eax], cl
adc al, [ebp+eax]
adc ah, [ebp+eax]
adc [eax*2], cl
adc al, [eax*2]
adc ah, [eax*2]
adc [ecx*4], cl
adc al, [ecx*4]
adc ah, [ecx*4]
adc [edx*8+0x100], cl
adc al, [edx*8+0x100]
adc ah, [edx*8+0x100]
adc [eax+ebx*8-4], cl
adc al, [eax+ebx*8-4]
adc ah, [eax+ebx*8-4]
adc [0x12345678], cl
adc al, [0x12345678]
adc ah, [0x12345678]
adc [bx+si], cl
adc al, [bx+si]
adc ah, [bx+si]
adc [fs:eax], cl
adc al, [fs:eax]
adc ah, [fs:eax]
adc [ecx*3], cl
adc al, [ecx*3]
adc ah, [ecx*3]
adc [esi+0x7f], cl
adc al, [esi+0x7f]
adc ah, [esi+0x7f]
adc [edi-0x81], cl
adc al, [edi-0x81]
adc ah, [edi-0x81]
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
adc byte [eax], 0
adc byte [eax], 1
adc byte [eax], 0x7f
adc byte [eax], -1
adc byte [eax], -128
adc byte [eax], 0xff
adc byte [eax], -0x80
adc byte [ebx+4], 0
adc byte [ebx+4], 1
adc byte [ebx+4], 0x7f
adc byte [ebx+4], -1
adc byte [ebx+4], -128
adc byte [ebx+4], 0xff
adc byte [ebx+4], -0x80
adc byte [esp], 0
adc byte [esp], 1
adc byte [esp], 0x7f
adc byte [esp], -1
adc byte [esp], -128
adc byte [esp], 0xff
adc byte [esp], -0x80
adc byte [ebp], 0
adc byte [ebp], 1
adc byte [ebp], 0x7f
adc byte [ebp], -1
adc byte [ebp], -128
adc byte [ebp], 0xff
adc byte [ebp], -0x80
adc byte [esp+8], 0
adc byte [esp+8], 1
adc byte [esp+8], 0x7f
adc byte [esp+8], -1
adc byte [esp+8], -128
adc byte [esp+8], 0xff
adc byte [esp+8], -0x80
adc byte [ebp-0x80], 0
adc byte [ebp-0x80], 1
adc byte [ebp-0x80], 0x7f
adc byte [ebp-0x80], -1
adc byte [ebp-0x80], -128
adc byte [ebp-0x80], 0xff
adc byte [ebp-0x80], -0x80
adc ax, ax
adc ax, bx
adc ax, bp
adc bx, ax
adc bx, bx
adc bx, bp
adc bp, ax
adc bp, bx
adc bp, bp
adc si, ax
adc si, bx
adc si, bp
adc [eax], bx
adc ax, [eax]
adc bp, [eax]
adc [ebx+4], bx
adc ax, [ebx+4]
adc bp, [ebx+4]
adc [esp], bx
adc ax, [esp]
adc bp, [esp]
adc [ebp], bx
adc ax, [ebp]
adc bp, [ebp]
adc [esp+8], bx
adc ax, [esp+8]
adc bp, [esp+8]
adc [ebp-0x80], bx
adc ax, [ebp-0x80]
adc bp, [ebp-0x80]
adc [eax+ecx], bx
adc ax, [eax+ecx]
adc bp, [eax+ecx]
adc [ebp+eax], bx
adc ax, [ebp+eax]
adc bp, [ebp+eax]
adc [eax*2], bx
adc ax, [eax*2]
adc bp, [eax*2]
adc [ecx*4], bx
adc ax, [ecx*4]
adc bp, [ecx*4]
adc [edx*8+0x100], bx
adc ax, [edx*8+0x100]
adc bp, [edx*8+0x100]
adc [eax+ebx*8-4], bx
adc ax, [eax+ebx*8-4]
adc bp, [eax+ebx*8-4]
adc [0x12345678], bx
adc ax, [0x12345678]
adc bp, [0x12345678]
adc [bx+si], bx
adc ax, [bx+si]
adc bp, [bx+si]
adc [fs:eax], bx
adc ax, [fs:eax]
adc bp, [fs:eax]
adc [ecx*3], bx
adc ax, [ecx*3]
adc bp, [ecx*3]
adc [esi+0x7f], bx
adc ax, [esi+0x7f]
adc bp, [esi+0x7f]
adc [edi-0x81], bx
adc ax, [edi-0x81]
adc bp, [edi-0x81]
adc ax, 0
adc bp, 0
adc ax, 1
adc bp, 1
adc ax, 0x7f
adc bp, 0x7f
adc ax, 0x80
adc bp, 0x80
adc ax, -128
adc bp, -128
adc ax, -129
adc bp, -129
adc ax, 0x1234
adc bp, 0x1234
adc ax, 0xffff
adc bp, 0xffff
adc ax, -1
adc bp, -1
adc ax, 0x7fff
adc bp, 0x7fff
adc word [eax], 0
adc word [eax], 1
adc word [eax], 0x7f
adc word [eax], 0x80
adc word [eax], -128
adc word [eax], -129
adc word [eax], 0x1234
adc word [ebx+4], 0
adc word [ebx+4], 1
adc word [ebx+4], 0x7f
adc word [ebx+4], 0x80
adc word [ebx+4], -128
adc word [ebx+4], -129
adc word [ebx+4], 0x1234
adc word [esp], 0
adc word [esp], 1
adc word [esp], 0x7f
adc word [esp], 0x80
adc word [esp], -128
adc word [esp], -129
adc word [esp], 0x1234
adc word [ebp], 0
adc word [ebp], 1
adc word [ebp], 0x7f
adc word [ebp], 0x80
adc word [ebp], -128
adc word [ebp], -129
adc word [ebp], 0x1234
adc word [esp+8], 0
adc word [esp+8], 1
adc word [esp+8], 0x7f
adc word [esp+8], 0x80
adc word [esp+8], -128
adc word [esp+8], -129
adc word [esp+8], 0x1234
adc word [ebp-0x80], 0
adc word [ebp-0x80], 1
adc word [ebp-0x80], 0x7f
adc word [ebp-0x80], 0x80
adc word [ebp-0x80], -128
adc word [ebp-0x80], -129
adc word [ebp-0x80], 0x1234
adc bx, byte 5
adc ax, strict word 5
adc word [ebx], byte -3
adc eax, eax
adc eax, edx
adc eax, esp
adc edx, eax
adc edx, edx
adc edx, esp
adc esp, eax
adc esp, edx
adc esp, esp
adc ebp, eax
adc ebp, edx
adc ebp, esp
adc edi, eax
adc edi, edx
adc edi, esp
adc [eax], edx
adc eax, [eax]
adc esp, [eax]
adc [ebx+4], edx
adc eax, [ebx+4]
adc esp, [ebx+4]
adc [esp], edx
adc eax, [esp]
adc esp, [esp]
adc [ebp], edx
adc eax, [ebp]
adc esp, [ebp]
adc [esp+8], edx
adc eax, [esp+8]
adc esp, [esp+8]
adc [ebp-0x80], edx
adc eax, [ebp-0x80]
adc esp, [ebp-0x80]
adc [eax+ecx], edx
adc eax, [eax+ecx]
adc esp, [eax+ecx]
adc [ebp+eax], edx
adc eax, [ebp+eax]
adc esp, [ebp+eax]
adc [eax*2], edx
adc eax, [eax*2]
adc esp, [eax*2]
adc [ecx*4], edx
adc eax, [ecx*4]
adc esp, [ecx*4]
adc [edx*8+0x100], edx
adc eax, [edx*8+0x100]
adc esp, [edx*8+0x100]
adc [eax+ebx*8-4], edx
adc eax, [eax+ebx*8-4]
adc esp, [eax+ebx*8-4]
adc [0x12345678], edx
adc eax, [0x12345678]
adc esp, [0x12345678]
adc [bx+si], edx
adc eax, [bx+si]
adc esp, [bx+si]
adc [fs:eax], edx
adc eax, [fs:eax]
adc esp, [fs:eax]
adc [ecx*3], edx
adc eax, [ecx*3]
adc esp, [ecx*3]
adc [esi+0x7f], edx
adc eax, [esi+0x7f]
adc esp, [esi+0x7f]
adc [edi-0x81], edx
adc eax, [edi-0x81]
adc esp, [edi-0x81]
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
adc dword [eax], 0
adc dword [eax], 2
adc dword [eax], 0x7f
adc dword [eax], 0x80
adc dword [eax], -128
adc dword [eax], -129
adc dword [eax], 0x1234
adc dword [ebx+4], 0
adc dword [ebx+4], 2
adc dword [ebx+4], 0x7f
adc dword [ebx+4], 0x80
adc dword [ebx+4], -128
adc dword [ebx+4], -129
adc dword [ebx+4], 0x1234
adc dword [esp], 0
adc dword [esp], 2
adc dword [esp], 0x7f
adc dword [esp], 0x80
adc dword [esp], -128
adc dword [esp], -129
adc dword [esp], 0x1234
adc dword [ebp], 0
adc dword [ebp], 2
adc dword [ebp], 0x7f
adc dword [ebp], 0x80
adc dword [ebp], -128
adc dword [ebp], -129
adc dword [ebp], 0x1234
adc dword [esp+8], 0
adc dword [esp+8], 2
adc dword [esp+8], 0x7f
adc dword [esp+8], 0x80
adc dword [esp+8], -128
adc dword [esp+8], -129
adc dword [esp+8], 0x1234
adc dword [ebp-0x80], 0
adc dword [ebp-0x80], 2
adc dword [ebp-0x80], 0x7f
adc dword [ebp-0x80], 0x80
adc dword [ebp-0x80], -128
adc dword [ebp-0x80], -129
adc dword [ebp-0x80], 0x1234
adc edx, byte 5
adc eax, strict dword 5
adc dword [ebx], byte -3
adc [ebx], byte 5
adc [ebx], word 5
adc [ebx], dword 5
sbb al, al
sbb al, cl
sbb al, ah
sbb cl, al
sbb cl, cl
sbb cl, ah
sbb ah, al
sbb ah, cl
sbb ah, ah
sbb bl, al
sbb bl, cl
sbb bl, ah
sbb [eax], cl
sbb al, [eax]
sbb ah, [eax]
sbb [ebx+4], cl
sbb al, [ebx+4]
sbb ah, [ebx+4]
sbb [esp], cl
sbb al, [esp]
sbb ah, [esp]
sbb [ebp], cl
sbb al, [ebp]
sbb ah, [ebp]
sbb [esp+8], cl
sbb al, [esp+8]
sbb ah, [esp+8]
sbb [ebp-0x80], cl
sbb al, [ebp-0x80]
sbb ah, [ebp-0x80]
sbb [eax+ecx], cl
sbb al, [eax+ecx]
sbb ah, [eax+ecx]
sbb [ebp+eax], cl
sbb al, [ebp+eax]
sbb ah, [ebp+eax]
sbb [eax*2], cl
sbb al, [eax*2]
sbb ah, [eax*2]
sbb [ecx*4], cl
sbb al, [ecx*4]
sbb ah, [ecx*4]
sbb [edx*8+0x100], cl
sbb al, [edx*8+0x100]
sbb ah, [edx*8+0x100]
sbb [eax+ebx*8-4], cl
sbb al, [eax+ebx*8-4]
sbb ah, [eax+ebx*8-4]
sbb [0x12345678], cl
sbb al, [0x12345678]
sbb ah, [0x12345678]
sbb [bx+si], cl
sbb al, [bx+si]
sbb ah, [bx+si]
sbb [fs:eax], cl
sbb al, [fs:eax]
sbb ah, [fs:eax]
sbb [ecx*3], cl
sbb al, [ecx*3]
sbb ah, [ecx*3]
sbb [esi+0x7f], cl
sbb al, [esi+0x7f]
sbb ah, [esi+0x7f]
sbb [edi-0x81], cl
sbb al, [edi-0x81]
sbb ah, [edi-0x81]
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
sbb byte [eax], 0
sbb byte [eax], 1
sbb byte [eax], 0x7f
sbb byte [eax], -1
sbb byte [eax], -128
sbb byte [eax], 0xff
sbb byte [eax], -0x80
sbb byte [ebx+4], 0
sbb byte [ebx+4], 1
sbb byte [ebx+4], 0x7f
sbb byte [ebx+4], -1
sbb byte [ebx+4], -128
sbb byte [ebx+4], 0xff
sbb byte [ebx+4], -0x80
sbb byte [esp], 0
sbb byte [esp], 1
sbb byte [esp], 0x7f
sbb byte [esp], -1
sbb byte [esp], -128
sbb byte [esp], 0xff
sbb byte [esp], -0x80
sbb byte [ebp], 0
sbb byte [ebp], 1
sbb byte [ebp], 0x7f
sbb byte [ebp], -1
sbb byte [ebp], -128
sbb byte [ebp], 0xff
sbb byte [ebp], -0x80
sbb byte [esp+8], 0
sbb byte [esp+8], 1
sbb byte [esp+8], 0x7f
sbb byte [esp+8], -1
sbb byte [esp+8], -128
sbb byte [esp+8], 0xff
sbb byte [esp+8], -0x80
sbb byte [ebp-0x80], 0
sbb byte [ebp-0x80], 1
sbb byte [ebp-0x80], 0x7f
sbb byte [ebp-0x80], -1
sbb byte [ebp-0x80], -128
sbb byte [ebp-0x80], 0xff
sbb byte [ebp-0x80], -0x80
sbb ax, ax
sbb ax, bx
sbb ax, bp
sbb bx, ax
sbb bx, bx
sbb bx, bp
sbb bp, ax
sbb bp, bx
sbb bp, bp
sbb si, ax
sbb si, bx
sbb si, bp
sbb [eax], bx
sbb ax, [eax]
sbb bp, [eax]
sbb [ebx+4], bx
sbb ax, [ebx+4]
sbb bp, [ebx+4]
sbb [esp], bx
sbb ax, [esp]
sbb bp, [esp]
sbb [ebp], bx
sbb ax, [ebp]
sbb bp, [ebp]
sbb [esp+8], bx
sbb ax, [esp+8]
sbb bp, [esp+8]
sbb [ebp-0x80], bx
sbb ax, [ebp-0x80]
sbb bp, [ebp-0x80]
sbb [eax+ecx], bx
sbb ax, [eax+ecx]
sbb bp, [eax+ecx]
sbb [ebp+eax], bx
sbb ax, [ebp+eax]
sbb bp, [ebp+eax]
sbb [eax*2], bx
sbb ax, [eax*2]
sbb bp, [eax*2]
sbb [ecx*4], bx
sbb ax, [ecx*4]
sbb bp, [ecx*4]
sbb [edx*8+0x100], bx
sbb ax, [edx*8+0x100]
sbb bp, [edx*8+0x100]
sbb [eax+ebx*8-4], bx
sbb ax, [eax+ebx*8-4]
sbb bp, [eax+ebx*8-4]
sbb [0x12345678], bx
sbb ax, [0x12345678]
sbb bp, [0x12345678]
sbb [bx+si], bx
sbb ax, [bx+si]
sbb bp, [bx+si]
sbb [fs:eax], bx
sbb ax, [fs:eax]
sbb bp, [fs:eax]
sbb [ecx*3], bx
sbb ax, [ecx*3]
sbb bp, [ecx*3]
sbb [esi+0x7f], bx
sbb ax, [esi+0x7f]
sbb bp, [esi+0x7f]
sbb [edi-0x81], bx
sbb ax, [edi-0x81]
sbb bp, [edi-0x81]
sbb ax, 0
sbb bp, 0
sbb ax, 1
sbb bp, 1
sbb ax, 0x7f
sbb bp, 0x7f
sbb ax, 0x80
sbb bp, 0x80
sbb ax, -128
sbb bp, -128
sbb ax, -129
sbb bp, -129
sbb ax, 0x1234
sbb bp, 0x1234
sbb ax, 0xffff
sbb bp, 0xffff
sbb ax, -1
sbb bp, -1
sbb ax, 0x7fff
sbb bp, 0x7fff
sbb word [eax], 0
sbb word [eax], 1
sbb word [eax], 0x7f
sbb word [eax], 0x80
sbb word [eax], -128
sbb word [eax], -129
sbb word [eax], 0x1234
sbb word [ebx+4], 0
sbb word [ebx+4], 1
sbb word [ebx+4], 0x7f
sbb word [ebx+4], 0x80
sbb word [ebx+4], -128
sbb word [ebx+4], -129
sbb word [ebx+4], 0x1234
sbb word [esp], 0
sbb word [esp], 1
sbb word [esp], 0x7f
sbb word [esp], 0x80
sbb word [esp], -128
sbb word [esp], -129
sbb word [esp], 0x1234
sbb word [ebp], 0
sbb word [ebp], 1
sbb word [ebp], 0x7f
sbb word [ebp], 0x80
sbb word [ebp], -128
sbb word [ebp], -129
sbb word [ebp], 0x1234
sbb word [esp+8], 0
sbb word [esp+8], 1
sbb word [esp+8], 0x7f
sbb word [esp+8], 0x80
sbb word [esp+8], -128
sbb word [esp+8], -129
sbb word [esp+8], 0x1234
sbb word [ebp-0x80], 0
sbb word [ebp-0x80], 1
sbb word [ebp-0x80], 0x7f
sbb word [ebp-0x80], 0x80
sbb word [ebp-0x80], -128
sbb word [ebp-0x80], -129
sbb word [ebp-0x80], 0x1234
sbb bx, byte 5
sbb ax, strict word 5
sbb word [ebx], byte -3
sbb eax, eax
sbb eax, edx
sbb eax, esp
sbb edx, eax
sbb edx, edx
sbb edx, esp
sbb esp, eax
sbb esp, edx
sbb esp, esp
sbb ebp, eax
sbb ebp, edx
sbb ebp, esp
sbb edi, eax
sbb edi, edx
sbb edi, esp
sbb [eax], edx
sbb eax, [eax]
sbb esp, [eax]
sbb [ebx+4], edx
sbb eax, [ebx+4]
sbb esp, [ebx+4]
sbb [esp], edx
sbb eax, [esp]
sbb esp, [esp]
sbb [ebp], edx
sbb eax, [ebp]
sbb esp, [ebp]
sbb [esp+8], edx
sbb eax, [esp+8]
sbb esp, [esp+8]
sbb [ebp-0x80], edx
sbb eax, [ebp-0x80]
sbb esp, [ebp-0x80]
sbb [eax+ecx], edx
sbb eax, [eax+ecx]
sbb esp, [eax+ecx]
sbb [ebp+eax], edx
sbb eax, [ebp+eax]
sbb esp, [ebp+eax]
sbb [eax*2], edx
sbb eax, [eax*2]
sbb esp, [eax*2]
sbb [ecx*4], edx
sbb eax, [ecx*4]
sbb esp, [ecx*4]
sbb [edx*8+0x100], edx
sbb eax, [edx*8+0x100]
sbb esp, [edx*8+0x100]
sbb [eax+ebx*8-4], edx
sbb eax, [eax+ebx*8-4]
sbb esp, [eax+ebx*8-4]
sbb [0x12345678], edx
sbb eax, [0x12345678]
sbb esp, [0x12345678]
sbb [bx+si], edx
sbb eax, [bx+si]
sbb esp, [bx+si]
sbb [fs:eax], edx
sbb eax, [fs:eax]
sbb esp, [fs:eax]
sbb [ecx*3], edx
sbb eax, [ecx*3]
sbb esp, [ecx*3]
sbb [esi+0x7f], edx
sbb eax, [esi+0x7f]
sbb esp, [esi+0x7f]
sbb [edi-0x81], edx
sbb eax, [edi-0x81]
sbb esp, [edi-0x81]
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
sbb dword [eax], 0
sbb dword [eax], 2
sbb dword [eax], 0x7f
sbb dword [eax], 0x80
sbb dword [eax], -128
sbb dword [eax], -129
sbb dword [eax], 0x1234
sbb dword [ebx+4], 0
sbb dword [ebx+4], 2
sbb dword [ebx+4], 0x7f
sbb dword [ebx+4], 0x80
sbb dword [ebx+4], -128
sbb dword [ebx+4], -129
sbb dword [ebx+4], 0x1234
sbb dword [esp], 0
sbb dword [esp], 2
sbb dword [esp], 0x7f
sbb dword [esp], 0x80
sbb dword [esp], -128
sbb dword [esp], -129
sbb dword [esp], 0x1234
sbb dword [ebp], 0
sbb dword [ebp], 2
sbb dword [ebp], 0x7f
sbb dword [ebp], 0x80
sbb dword [ebp], -128
sbb dword [ebp], -129
sbb dword [ebp], 0x1234
sbb dword [esp+8], 0
sbb dword [esp+8], 2
sbb dword [esp+8], 0x7f
sbb dword [esp+8], 0x80
sbb dword [esp+8], -128
sbb dword [esp+8], -129
sbb dword [esp+8], 0x1234
sbb dword [ebp-0x80], 0
sbb dword [ebp-0x80], 2
sbb dword [ebp-0x80], 0x7f
sbb dword [ebp-0x80], 0x80
sbb dword [ebp-0x80], -128
sbb dword [ebp-0x80], -129
sbb dword [ebp-0x80], 0x1234
sbb edx, byte 5
sbb eax, strict dword 5
sbb dword [ebx], byte -3
sbb [ebx], byte 5
sbb [ebx], word 5
sbb [ebx], dword 5
and al, al
and al, cl
and al, ah
and cl, al
and cl, cl
and cl, ah
and ah, al
and ah, cl
and ah, ah
and bl, al
and bl, cl
and bl, ah
and [eax], cl
and al, [eax]
and ah, [eax]
and [ebx+4], cl
and al, [ebx+4]
and ah, [ebx+4]
and [esp], cl
and al, [esp]
and ah, [esp]
and [ebp], cl
and al, [ebp]
and ah, [ebp]
and [esp+8], cl
and al, [esp+8]
and ah, [esp+8]
and [ebp-0x80], cl
and al, [ebp-0x80]
and ah, [ebp-0x80]
and [eax+ecx], cl
and al, [eax+ecx]
and ah, [eax+ecx]
and [ebp+eax], cl
and al, [ebp+eax]
and ah, [ebp+eax]
and [eax*2], cl
and al, [eax*2]
and ah, [eax*2]
and [ecx*4], cl
and al, [ecx*4]
and ah, [ecx*4]
and [edx*8+0x100], cl
and al, [edx*8+0x100]
and ah, [edx*8+0x100]
and [eax+ebx*8-4], cl
and al, [eax+ebx*8-4]
and ah, [eax+ebx*8-4]
and [0x12345678], cl
and al, [0x12345678]
and ah, [0x12345678]
and [bx+si], cl
and al, [bx+si]
and ah, [bx+si]
and [fs:eax], cl
and al, [fs:eax]
and ah, [fs:eax]
and [ecx*3], cl
and al, [ecx*3]
and ah, [ecx*3]
and [esi+0x7f], cl
and al, [esi+0x7f]
and ah, [esi+0x7f]
and [edi-0x81], cl
and al, [edi-0x81]
and ah, [edi-0x81]
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
and byte [eax], 0
and byte [eax], 1
and byte [eax], 0x7f
and byte [eax], -1
and byte [eax], -128
and byte [eax], 0xff
and byte [eax], -0x80
and byte [ebx+4], 0
and byte [ebx+4], 1
and byte [ebx+4], 0x7f
and byte [ebx+4], -1
and byte [ebx+4], -128
and byte [ebx+4], 0xff
and byte [ebx+4], -0x80
and byte [esp], 0
and byte [esp], 1
and byte [esp], 0x7f
and byte [esp], -1
and byte [esp], -128
and byte [esp], 0xff
and byte [esp], -0x80
and byte [ebp], 0
and byte [ebp], 1
and byte [ebp], 0x7f
and byte [ebp], -1
and byte [ebp], -128
and byte [ebp], 0xff
and byte [ebp], -0x80
and byte [esp+8], 0
and byte [esp+8], 1
and byte [esp+8], 0x7f
and byte [esp+8], -1
and byte [esp+8], -128
and byte [esp+8], 0xff
and byte [esp+8], -0x80
and byte [ebp-0x80], 0
and byte [ebp-0x80], 1
and byte [ebp-0x80], 0x7f
and byte [ebp-0x80], -1
and byte [ebp-0x80], -128
and byte [ebp-0x80], 0xff
and byte [ebp-0x80], -0x80
and ax, ax
and ax, bx
and ax, bp
and bx, ax
and bx, bx
and bx, bp
and bp, ax
and bp, bx
and bp, bp
and si, ax
and si, bx
and si, bp
and [eax], bx
and ax, [eax]
and bp, [eax]
and [ebx+4], bx
and ax, [ebx+4]
and bp, [ebx+4]
and [esp], bx
and ax, [esp]
and bp, [esp]
and [ebp], bx
and ax, [ebp]
and bp, [ebp]
and [esp+8], bx
and ax, [esp+8]
and bp, [esp+8]
and [ebp-0x80], bx
and ax, [ebp-0x80]
and bp, [ebp-0x80]
and [eax+ecx], bx
and ax, [eax+ecx]
and bp, [eax+ecx]
and [ebp+eax], bx
and ax, [ebp+eax]
and bp, [ebp+eax]
and [eax*2], bx
and ax, [eax*2]
and bp, [eax*2]
and [ecx*4], bx
and ax, [ecx*4]
and bp, [ecx*4]
and [edx*8+0x100], bx
and ax, [edx*8+0x100]
and bp, [edx*8+0x100]
and [eax+ebx*8-4], bx
and ax, [eax+ebx*8-4]
and bp, [eax+ebx*8-4]
and [0x12345678], bx
and ax, [0x12345678]
and bp, [0x12345678]
and [bx+si], bx
and ax, [bx+si]
and bp, [bx+si]
and [fs:eax], bx
and ax, [fs:eax]
and bp, [fs:eax]
and [ecx*3], bx
and ax, [ecx*3]
and bp, [ecx*3]
and [esi+0x7f], bx
and ax, [esi+0x7f]
and bp, [esi+0x7f]
and [edi-0x81], bx
and ax, [edi-0x81]
and bp, [edi-0x81]
and ax, 0
and bp, 0
and ax, 1
and bp, 1
and ax, 0x7f
and bp, 0x7f
and ax, 0x80
and bp, 0x80
and ax, -128
and bp, -128
and ax, -129
and bp, -129
and ax, 0x1234
and bp, 0x1234
and ax, 0xffff
and bp, 0xffff
and ax, -1
and bp, -1
and ax, 0x7fff
and bp, 0x7fff
and word [eax], 0
and word [eax], 1
and word [eax], 0x7f
and word [eax], 0x80
and word [eax], -128
and word [eax], -129
and word [eax], 0x1234
and word [ebx+4], 0
and word [ebx+4], 1
and word [ebx+4], 0x7f
and word [ebx+4], 0x80
and word [ebx+4], -128
and word [ebx+4], -129
and word [ebx+4], 0x1234
and word [esp], 0
and word [esp], 1
and word [esp], 0x7f
and word [esp], 0x80
and word [esp], -128
and word [esp], -129
and word [esp], 0x1234
and word [ebp], 0
and word [ebp], 1
and word [ebp], 0x7f
and word [ebp], 0x80
and word [ebp], -128
and word [ebp], -129
and word [ebp], 0x1234
and word [esp+8], 0
and word [esp+8], 1
and word [esp+8], 0x7f
and word [esp+8], 0x80
and word [esp+8], -128
and word [esp+8], -129
and word [esp+8], 0x1234
and word [ebp-0x80], 0
and word [ebp-0x80], 1
and word [ebp-0x80], 0x7f
and word [ebp-0x80], 0x80
and word [ebp-0x80], -128
and word [ebp-0x80], -129
and word [ebp-0x80], 0x1234
and bx, byte 5
and ax, strict word 5
and word [ebx], byte -3
and eax, eax
and eax, edx
and eax, esp
and edx, eax
and edx, edx
and edx, esp
and esp, eax
and esp, edx
and esp, esp
and ebp, eax
and ebp, edx
and ebp, esp
and edi, eax
and edi, edx
and edi, esp
and [eax], edx
and eax, [eax]
and esp, [eax]
and [ebx+4], edx
and eax, [ebx+4]
and esp, [ebx+4]
and [esp], edx
and eax, [esp]
and esp, [esp]
and [ebp], edx
and eax, [ebp]
and esp, [ebp]
and [esp+8], edx
and eax, [esp+8]
and esp, [esp+8]
and [ebp-0x80], edx
and eax, [ebp-0x80]
and esp, [ebp-0x80]
and [eax+ecx], edx
and eax, [eax+ecx]
and esp, [eax+ecx]
and [ebp+eax], edx
and eax, [ebp+eax]
and esp, [ebp+eax]
and [eax*2], edx
and eax, [eax*2]
and esp, [eax*2]
and [ecx*4], edx
and eax, [ecx*4]
and esp, [ecx*4]
and [edx*8+0x100], edx
and eax, [edx*8+0x100]
and esp, [edx*8+0x100]
and [eax+ebx*8-4], edx
and eax, [eax+ebx*8-4]
and esp, [eax+ebx*8-4]
and [0x12345678], edx
and eax, [0x12345678]
and esp, [0x12345678]
and [bx+si], edx
and eax, [bx+si]
and esp, [bx+si]
and [fs:eax], edx
and eax, [fs:eax]
and esp, [fs:eax]
and [ecx*3], edx
and eax, [ecx*3]
and esp, [ecx*3]
and [esi+0x7f], edx
and eax, [esi+0x7f]
and esp, [esi+0x7f]
and [edi-0x81], edx
and eax, [edi-0x81]
and esp, [edi-0x81]
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
and dword [eax], 0
and dword [eax], 2
and dword [eax], 0x7f
and dword [eax], 0x80
and dword [eax], -128
and dword [eax], -129
and dword [eax], 0x1234
and dword [ebx+4], 0
and dword [ebx+4], 2
and dword [ebx+4], 0x7f
and dword [ebx+4], 0x80
and dword [ebx+4], -128
and dword [ebx+4], -129
and dword [ebx+4], 0x1234
and dword [esp], 0
and dword [esp], 2
and dword [esp], 0x7f
and dword [esp], 0x80
and dword [esp], -128
and dword [esp], -129
and dword [esp], 0x1234
and dword [ebp], 0
and dword [ebp], 2
and dword [ebp], 0x7f
and dword [ebp], 0x80
and dword [ebp], -128
and dword [ebp], -129
and dword [ebp], 0x1234
and dword [esp+8], 0
and dword [esp+8], 2
and dword [esp+8], 0x7f
and dword [esp+8], 0x80
and dword [esp+8], -128
and dword [esp+8], -129
and dword [esp+8], 0x1234
and dword [ebp-0x80], 0
and dword [ebp-0x80], 2
and dword [ebp-0x80], 0x7f
and dword [ebp-0x80], 0x80
and dword [ebp-0x80], -128
and dword [ebp-0x80], -129
and dword [ebp-0x80], 0x1234
and edx, byte 5
and eax, strict dword 5
and dword [ebx], byte -3
and [ebx], byte 5
and [ebx], word 5
and [ebx], dword 5
sub al, al
sub al, cl
sub al, ah
sub cl, al
sub cl, cl
sub cl, ah
sub ah, al
sub ah, cl
sub ah, ah
sub bl, al
sub bl, cl
sub bl, ah
sub [eax], cl
sub al, [eax]
sub ah, [eax]
sub [ebx+4], cl
sub al, [ebx+4]
sub ah, [ebx+4]
sub [esp], cl
sub al, [esp]
sub ah, [esp]
sub [ebp], cl
sub al, [ebp]
sub ah, [ebp]
sub [esp+8], cl
sub al, [esp+8]
sub ah, [esp+8]
sub [ebp-0x80], cl
sub al, [ebp-0x80]
sub ah, [ebp-0x80]
sub [eax+ecx], cl
sub al, [eax+ecx]
sub ah, [eax+ecx]
sub [ebp+eax], cl
sub al, [ebp+eax]
sub ah, [ebp+eax]
sub [eax*2], cl
sub al, [eax*2]
sub ah, [eax*2]
sub [ecx*4], cl
sub al, [ecx*4]
sub ah, [ecx*4]
sub [edx*8+0x100], cl
sub al, [edx*8+0x100]
sub ah, [edx*8+0x100]
sub [eax+ebx*8-4], cl
sub al, [eax+ebx*8-4]
sub ah, [eax+ebx*8-4]
sub [0x12345678], cl
sub al, [0x12345678]
sub ah, [0x12345678]
sub [bx+si], cl
sub al, [bx+si]
sub ah, [bx+si]
sub [fs:eax], cl
sub al, [fs:eax]
sub ah, [fs:eax]
sub [ecx*3], cl
sub al, [ecx*3]
sub ah, [ecx*3]
sub [esi+0x7f], cl
sub al, [esi+0x7f]
sub ah, [esi+0x7f]
sub [edi-0x81], cl
sub al, [edi-0x81]
sub ah, [edi-0x81]
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
sub byte [eax], 0
sub byte [eax], 1
sub byte [eax], 0x7f
sub byte [eax], -1
sub byte [eax], -128
sub byte [eax], 0xff
sub byte [eax], -0x80
sub byte [ebx+4], 0
sub byte [ebx+4], 1
sub byte [ebx+4], 0x7f
sub byte [ebx+4], -1
sub byte [ebx+4], -128
sub byte [ebx+4], 0xff
sub byte [ebx+4], -0x80
sub byte [esp], 0
sub byte [esp], 1
sub byte [esp], 0x7f
sub byte [esp], -1
sub byte [esp], -128
sub byte [esp], 0xff
sub byte [esp], -0x80
sub byte [ebp], 0
sub byte [ebp], 1
sub byte [ebp], 0x7f
sub byte [ebp], -1
sub byte [ebp], -128
sub byte [ebp], 0xff
sub byte [ebp], -0x80
sub byte [esp+8], 0
sub byte [esp+8], 1
sub byte [esp+8], 0x7f
sub byte [esp+8], -1
sub byte [esp+8], -128
sub byte [esp+8], 0xff
sub byte [esp+8], -0x80
sub byte [ebp-0x80], 0
sub byte [ebp-0x80], 1
sub byte [ebp-0x80], 0x7f
sub byte [ebp-0x80], -1
sub byte [ebp-0x80], -128
sub byte [ebp-0x80], 0xff
sub byte [ebp-0x80], -0x80
sub ax, ax
sub ax, bx
sub ax, bp
sub bx, ax
sub bx, bx
sub bx, bp
sub bp, ax
sub bp, bx
sub bp, bp
sub si, ax
sub si, bx
sub si, bp
sub [eax], bx
sub ax, [eax]
sub bp, [eax]
sub [ebx+4], bx
sub ax, [ebx+4]
sub bp, [ebx+4]
sub [esp], bx
sub ax, [esp]
sub bp, [esp]
sub [ebp], bx
sub ax, [ebp]
sub bp, [ebp]
sub [esp+8], bx
sub ax, [esp+8]
sub bp, [esp+8]
sub [ebp-0x80], bx
sub ax, [ebp-0x80]
sub bp, [ebp-0x80]
sub [eax+ecx], bx
sub ax, [eax+ecx]
sub bp, [eax+ecx]
sub [ebp+eax], bx
sub ax, [ebp+eax]
sub bp, [ebp+eax]
sub [eax*2], bx
sub ax, [eax*2]
sub bp, [eax*2]
sub [ecx*4], bx
sub ax, [ecx*4]
sub bp, [ecx*4]
sub [edx*8+0x100], bx
sub ax, [edx*8+0x100]
sub bp, [edx*8+0x100]
sub [eax+ebx*8-4], bx
sub ax, [eax+ebx*8-4]
sub bp, [eax+ebx*8-4]
sub [0x12345678], bx
sub ax, [0x12345678]
sub bp, [0x12345678]
sub [bx+si], bx
sub ax, [bx+si]
sub bp, [bx+si]
sub [fs:eax], bx
sub ax, [fs:eax]
sub bp, [fs:eax]
sub [ecx*3], bx
sub ax, [ecx*3]
sub bp, [ecx*3]
sub [esi+0x7f], bx
sub ax, [esi+0x7f]
sub bp, [esi+0x7f]
sub [edi-0x81], bx
sub ax, [edi-0x81]
sub bp, [edi-0x81]
sub ax, 0
sub bp, 0
sub ax, 1
sub bp, 1
sub ax, 0x7f
sub bp, 0x7f
sub ax, 0x80
sub bp, 0x80
sub ax, -128
sub bp, -128
sub ax, -129
sub bp, -129
sub ax, 0x1234
sub bp, 0x1234
sub ax, 0xffff
sub bp, 0xffff
sub ax, -1
sub bp, -1
sub ax, 0x7fff
sub bp, 0x7fff
sub word [eax], 0
sub word [eax], 1
sub word [eax], 0x7f
sub word [eax], 0x80
sub word [eax], -128
sub word [eax], -129
sub word [eax], 0x1234
sub word [ebx+4], 0
sub word [ebx+4], 1
sub word [ebx+4], 0x7f
sub word [ebx+4], 0x80
sub word [ebx+4], -128
sub word [ebx+4], -129
sub word [ebx+4], 0x1234
sub word [esp], 0
sub word [esp], 1
sub word [esp], 0x7f
sub word [esp], 0x80
sub word [esp], -128
sub word [esp], -129
sub word [esp], 0x1234
sub word [ebp], 0
sub word [ebp], 1
sub word [ebp], 0x7f
sub word [ebp], 0x80
sub word [ebp], -128
sub word [ebp], -129
sub word [ebp], 0x1234
sub word [esp+8], 0
sub word [esp+8], 1
sub word [esp+8], 0x7f
sub word [esp+8], 0x80
sub word [esp+8], -128
sub word [esp+8], -129
sub word [esp+8], 0x1234
sub word [ebp-0x80], 0
sub word [ebp-0x80], 1
sub word [ebp-0x80], 0x7f
sub word [ebp-0x80], 0x80
sub word [ebp-0x80], -128
sub word [ebp-0x80], -129
sub word [ebp-0x80], 0x1234
sub bx, byte 5
sub ax, strict word 5
sub word [ebx], byte -3
sub eax, eax
sub eax, edx
sub eax, esp
sub edx, eax
sub edx, edx
sub edx, esp
sub esp, eax
sub esp, edx
sub esp, esp
sub ebp, eax
sub ebp, edx
sub ebp, esp
sub edi, eax
sub edi, edx
sub edi, esp
sub [eax], edx
sub eax, [eax]
sub esp, [eax]
sub [ebx+4], edx
sub eax, [ebx+4]
sub esp, [ebx+4]
sub [esp], edx
sub eax, [esp]
sub esp, [esp]
sub [ebp], edx
sub eax, [ebp]
sub esp, [ebp]
sub [esp+8], edx
sub eax, [esp+8]
sub esp, [esp+8]
sub [ebp-0x80], edx
sub eax, [ebp-0x80]
sub esp, [ebp-0x80]
sub [eax+ecx], edx
sub eax, [eax+ecx]
sub esp, [eax+ecx]
sub [ebp+eax], edx
sub eax, [ebp+eax]
sub esp, [ebp+eax]
sub [eax*2], edx
sub eax, [eax*2]
sub esp, [eax*2]
sub [ecx*4], edx
sub eax, [ecx*4]
sub esp, [ecx*4]
sub [edx*8+0x100], edx
sub eax, [edx*8+0x100]
sub esp, [edx*8+0x100]
sub [eax+ebx*8-4], edx
sub eax, [eax+ebx*8-4]
sub esp, [eax+ebx*8-4]
sub [0x12345678], edx
sub eax, [0x12345678]
sub esp, [0x12345678]
sub [bx+si], edx
sub eax, [bx+si]
sub esp, [bx+si]
sub [fs:eax], edx
sub eax, [fs:eax]
sub esp, [fs:eax]
sub [ecx*3], edx
sub eax, [ecx*3]
sub esp, [ecx*3]
sub [esi+0x7f], edx
sub eax, [esi+0x7f]
sub esp, [esi+0x7f]
sub [edi-0x81], edx
sub eax, [edi-0x81]
sub esp, [edi-0x81]
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
sub dword [eax], 0
sub dword [eax], 2
sub dword [eax], 0x7f
sub dword [eax], 0x80
sub dword [eax], -128
sub dword [eax], -129
sub dword [eax], 0x1234
sub dword [ebx+4], 0
sub dword [ebx+4], 2
sub dword [ebx+4], 0x7f
sub dword [ebx+4], 0x80
sub dword [ebx+4], -128
sub dword [ebx+4], -129
sub dword [ebx+4], 0x1234
sub dword [esp], 0
sub dword [esp], 2
sub dword [esp], 0x7f
sub dword [esp], 0x80
sub dword [esp], -128
sub dword [esp], -129
sub dword [esp], 0x1234
sub dword [ebp], 0
sub dword [ebp], 2
sub dword [ebp], 0x7f
sub dword [ebp], 0x80
sub dword [ebp], -128
sub dword [ebp], -129
sub dword [ebp], 0x1234
sub dword [esp+8], 0
sub dword [esp+8], 2
sub dword [esp+8], 0x7f
sub dword [esp+8], 0x80
sub dword [esp+8], -128
sub dword [esp+8], -129
sub dword [esp+8], 0x1234
sub dword [ebp-0x80], 0
sub dword [ebp-0x80], 2
sub dword [ebp-0x80], 0x7f
sub dword [ebp-0x80], 0x80
sub dword [ebp-0x80], -128
sub dword [ebp-0x80], -129
sub dword [ebp-0x80], 0x1234
sub edx, byte 5
sub eax, strict dword 5
sub dword [ebx], byte -3
sub [ebx], byte 5
sub [ebx], word 5
sub [ebx], dword 5
xor al, al
xor al, cl
xor al, ah
xor cl, al
xor cl, cl
xor cl, ah
xor ah, al
xor ah, cl
xor ah, ah
xor bl, al
xor bl, cl
xor bl, ah
xor [eax], cl
xor al, [eax]
xor ah, [eax]
xor [ebx+4], cl
xor al, [ebx+4]
xor ah, [ebx+4]
xor [esp], cl
xor al, [esp]
xor ah, [esp]
xor [ebp], cl
xor al, [ebp]
xor ah, [ebp]
xor [esp+8], cl
xor al, [esp+8]
xor ah, [esp+8]
xor [ebp-0x80], cl
xor al, [ebp-0x80]
xor ah, [ebp-0x80]
xor [eax+ecx], cl
xor al, [eax+ecx]
xor ah, [eax+ecx]
xor [ebp+eax], cl
xor al, [ebp+eax]
xor ah, [ebp+eax]
xor [eax*2], cl
xor al, [eax*2]
xor ah, [eax*2]
xor [ecx*4], cl
xor al, [ecx*4]
xor ah, [ecx*4]
xor [edx*8+0x100], cl
xor al, [edx*8+0x100]
xor ah, [edx*8+0x100]
xor [eax+ebx*8-4], cl
xor al, [eax+ebx*8-4]
xor ah, [eax+ebx*8-4]
xor [0x12345678], cl
xor al, [0x12345678]
xor ah, [0x12345678]
xor [bx+si], cl
xor al, [bx+si]
xor ah, [bx+si]
xor [fs:eax], cl
xor al, [fs:eax]
xor ah, [fs:eax]
xor [ecx*3], cl
xor al, [ecx*3]
xor ah, [ecx*3]
xor [esi+0x7f], cl
xor al, [esi+0x7f]
xor ah, [esi+0x7f]
xor [edi-0x81], cl
xor al, [edi-0x81]
xor ah, [edi-0x81]
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
xor byte [eax], 0
xor byte [eax], 1
xor byte [eax], 0x7f
xor byte [eax], -1
xor byte [eax], -128
xor byte [eax], 0xff
xor byte [eax], -0x80
xor byte [ebx+4], 0
xor byte [ebx+4], 1
xor byte [ebx+4], 0x7f
xor byte [ebx+4], -1
xor byte [ebx+4], -128
xor byte [ebx+4], 0xff
xor byte [ebx+4], -0x80
xor byte [esp], 0
xor byte [esp], 1
xor byte [esp], 0x7f
xor byte [esp], -1
xor byte [esp], -128
xor byte [esp], 0xff
xor byte [esp], -0x80
xor byte [ebp], 0
xor byte [ebp], 1
xor byte [ebp], 0x7f
xor byte [ebp], -1
xor byte [ebp], -128
xor byte [ebp], 0xff
xor byte [ebp], -0x80
xor byte [esp+8], 0
xor byte [esp+8], 1
xor byte [esp+8], 0x7f
xor byte [esp+8], -1
xor byte [esp+8], -128
xor byte [esp+8], 0xff
xor byte [esp+8], -0x80
xor byte [ebp-0x80], 0
xor byte [ebp-0x80], 1
xor byte [ebp-0x80], 0x7f
xor byte [ebp-0x80], -1
xor byte [ebp-0x80], -128
xor byte [ebp-0x80], 0xff
xor byte [ebp-0x80], -0x80
xor ax, ax
xor ax, bx
xor ax, bp
xor bx, ax
xor bx, bx
xor bx, bp
xor bp, ax
xor bp, bx
xor bp, bp
xor si, ax
xor si, bx
xor si, bp
xor [eax], bx
xor ax, [eax]
xor bp, [eax]
xor [ebx+4], bx
xor ax, [ebx+4]
xor bp, [ebx+4]
xor [esp], bx
xor ax, [esp]
xor bp, [esp]
xor [ebp], bx
xor ax, [ebp]
xor bp, [ebp]
xor [esp+8], bx
xor ax, [esp+8]
xor bp, [esp+8]
xor [ebp-0x80], bx
xor ax, [ebp-0x80]
xor bp, [ebp-0x80]
xor [eax+ecx], bx
xor ax, [eax+ecx]
xor bp, [eax+ecx]
xor [ebp+eax], bx
xor ax, [ebp+eax]
xor bp, [ebp+eax]
xor [eax*2], bx
xor ax, [eax*2]
xor bp, [eax*2]
xor [ecx*4], bx
xor ax, [ecx*4]
xor bp, [ecx*4]
xor [edx*8+0x100], bx
xor ax, [edx*8+0x100]
xor bp, [edx*8+0x100]
xor [eax+ebx*8-4], bx
xor ax, [eax+ebx*8-4]
xor bp, [eax+ebx*8-4]
xor [0x12345678], bx
xor ax, [0x12345678]
xor bp, [0x12345678]
xor [bx+si], bx
xor ax, [bx+si]
xor bp, [bx+si]
xor [fs:eax], bx
xor ax, [fs:eax]
xor bp, [fs:eax]
xor [ecx*3], bx
xor ax, [ecx*3]
xor bp, [ecx*3]
xor [esi+0x7f], bx
xor ax, [esi+0x7f]
xor bp, [esi+0x7f]
xor [edi-0x81], bx
xor ax, [edi-0x81]
xor bp, [edi-0x81]
xor ax, 0
xor bp, 0
xor ax, 1
xor bp, 1
xor ax, 0x7f
xor bp, 0x7f
xor ax, 0x80
xor bp, 0x80
xor ax, -128
xor bp, -128
xor ax, -129
xor bp, -129
xor ax, 0x1234
xor bp, 0x1234
xor ax, 0xffff
xor bp, 0xffff
xor ax, -1
xor bp, -1
xor ax, 0x7fff
xor bp, 0x7fff
xor word [eax], 0
xor word [eax], 1
xor word [eax], 0x7f
xor word [eax], 0x80
xor word [eax], -128
xor word [eax], -129
xor word [eax], 0x1234
xor word [ebx+4], 0
xor word [ebx+4], 1
xor word [ebx+4], 0x7f
xor word [ebx+4], 0x80
xor word [ebx+4], -128
xor word [ebx+4], -129
xor word [ebx+4], 0x1234
xor word [esp], 0
xor word [esp], 1
xor word [esp], 0x7f
xor word [esp], 0x80
xor word [esp], -128
xor word [esp], -129
xor word [esp], 0x1234
xor word [ebp], 0
xor word [ebp], 1
xor word [ebp], 0x7f
xor word [ebp], 0x80
xor word [ebp], -128
xor word [ebp], -129
xor word [ebp], 0x1234
xor word [esp+8], 0
xor word [esp+8], 1
xor word [esp+8], 0x7f
xor word [esp+8], 0x80
xor word [esp+8], -128
xor word [esp+8], -129
xor word [esp+8], 0x1234
xor word [ebp-0x80], 0
xor word [ebp-0x80], 1
xor word [ebp-0x80], 0x7f
xor word [ebp-0x80], 0x80
xor word [ebp-0x80], -128
xor word [ebp-0x80], -129
xor word [ebp-0x80], 0x1234
xor bx, byte 5
xor ax, strict word 5
xor word [ebx], byte -3
xor eax, eax
xor eax, edx
xor eax, esp
xor edx, eax
xor edx, edx
xor edx, esp
xor esp, eax
xor esp, edx
xor esp, esp
xor ebp, eax
xor ebp, edx
xor ebp, esp
xor edi, eax
xor edi, edx
xor edi, esp
xor [eax], edx
xor eax, [eax]
xor esp, [eax]
xor [ebx+4], edx
xor eax, [ebx+4]
xor esp, [ebx+4]
xor [esp], edx
xor eax, [esp]
xor esp, [esp]
xor [ebp], edx
xor eax, [ebp]
xor esp, [ebp]
xor [esp+8], edx
xor eax, [esp+8]
xor esp, [esp+8]
xor [ebp-0x80], edx
xor eax, [ebp-0x80]
xor esp, [ebp-0x80]
xor [eax+ecx], edx
xor eax, [eax+ecx]
xor esp, [eax+ecx]
xor [ebp+eax], edx
xor eax, [ebp+eax]
xor esp, [ebp+eax]
xor [eax*2], edx
xor eax, [eax*2]
xor esp, [eax*2]
xor [ecx*4], edx
xor eax, [ecx*4]
xor esp, [ecx*4]
xor [edx*8+0x100], edx
xor eax, [edx*8+0x100]
xor esp, [edx*8+0x100]
xor [eax+ebx*8-4], edx
xor eax, [eax+ebx*8-4]
xor esp, [eax+ebx*8-4]
xor [0x12345678], edx
xor eax, [0x12345678]
xor esp, [0x12345678]
xor [bx+si], edx
xor eax, [bx+si]
xor esp, [bx+si]
xor [fs:eax], edx
xor eax, [fs:eax]
xor esp, [fs:eax]
xor [ecx*3], edx
xor eax, [ecx*3]
xor esp, [ecx*3]
xor [esi+0x7f], edx
xor eax, [esi+0x7f]
xor esp, [esi+0x7f]
xor [edi-0x81], edx
xor eax, [edi-0x81]
xor esp, [edi-0x81]
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
xor dword [eax], 0
xor dword [eax], 2
xor dword [eax], 0x7f
xor dword [eax], 0x80
xor dword [eax], -128
xor dword [eax], -129
xor dword [eax], 0x1234
xor dword [ebx+4], 0
xor dword [ebx+4], 2
xor dword [ebx+4], 0x7f
xor dword [ebx+4], 0x80
xor dword [ebx+4], -128
xor dword [ebx+4], -129
xor dword [ebx+4], 0x1234
xor dword [esp], 0
xor dword [esp], 2
xor dword [esp], 0x7f
xor dword [esp], 0x80
xor dword [esp], -128
xor dword [esp], -129
xor dword [esp], 0x1234
xor dword [ebp], 0
xor dword [ebp], 2
xor dword [ebp], 0x7f
xor dword [ebp], 0x80
xor dword [ebp], -128
xor dword [ebp], -129
xor dword [ebp], 0x1234
xor dword [esp+8], 0
xor dword [esp+8], 2
xor dword [esp+8], 0x7f
xor dword [esp+8], 0x80
xor dword [esp+8], -128
xor dword [esp+8], -129
xor dword [esp+8], 0x1234
xor dword [ebp-0x80], 0
xor dword [ebp-0x80], 2
xor dword [ebp-0x80], 0x7f
xor dword [ebp-0x80], 0x80
xor dword [ebp-0x80], -128
xor dword [ebp-0x80], -129
xor dword [ebp-0x80], 0x1234
xor edx, byte 5
xor eax, strict dword 5
xor dword [ebx], byte -3
xor [ebx], byte 5
xor [ebx], word 5
xor [ebx], dword 5
cmp al, al
cmp al, cl
cmp al, ah
cmp cl, al
cmp cl, cl
cmp cl, ah
cmp ah, al
cmp ah, cl
cmp ah, ah
cmp bl, al
cmp bl, cl
cmp bl, ah
cmp [eax], cl
cmp al, [eax]
cmp ah, [eax]
cmp [ebx+4], cl
cmp al, [ebx+4]
cmp ah, [ebx+4]
cmp [esp], cl
cmp al, [esp]
cmp ah, [esp]
cmp [ebp], cl
cmp al, [ebp]
cmp ah, [ebp]
cmp [esp+8], cl
cmp al, [esp+8]
cmp ah, [esp+8]
cmp [ebp-0x80], cl
cmp al, [ebp-0x80]
cmp ah, [ebp-0x80]
cmp [eax+ecx], cl
cmp al, [eax+ecx]
cmp ah, [eax+ecx]
cmp [ebp+eax], cl
cmp al, [ebp+eax]
cmp ah, [ebp+eax]
cmp [eax*2], cl
cmp al, [eax*2]
cmp ah, [eax*2]
cmp [ecx*4], cl
cmp al, [ecx*4]
cmp ah, [ecx*4]
cmp [edx*8+0x100], cl
cmp al, [edx*8+0x100]
cmp ah, [edx*8+0x100]
cmp [eax+ebx*8-4], cl
cmp al, [eax+ebx*8-4]
cmp ah, [eax+ebx*8-4]
cmp [0x12345678], cl
cmp al, [0x12345678]
cmp ah, [0x12345678]
cmp [bx+si], cl
cmp al, [bx+si]
cmp ah, [bx+si]
cmp [fs:eax], cl
cmp al, [fs:eax]
cmp ah, [fs:eax]
cmp [ecx*3], cl
cmp al, [ecx*3]
cmp ah, [ecx*3]
cmp [esi+0x7f], cl
cmp al, [esi+0x7f]
cmp ah, [esi+0x7f]
cmp [edi-0x81], cl
cmp al, [edi-0x81]
cmp ah, [edi-0x81]
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
cmp byte [eax], 0
cmp byte [eax], 1
cmp byte [eax], 0x7f
cmp byte [eax], -1
cmp byte [eax], -128
cmp byte [eax], 0xff
cmp byte [eax], -0x80
cmp byte [ebx+4], 0
cmp byte [ebx+4], 1
cmp byte [ebx+4], 0x7f
cmp byte [ebx+4], -1
cmp byte [ebx+4], -128
cmp byte [ebx+4], 0xff
cmp byte [ebx+4], -0x80
cmp byte [esp], 0
cmp byte [esp], 1
cmp byte [esp], 0x7f
cmp byte [esp], -1
cmp byte [esp], -128
cmp byte [esp], 0xff
cmp byte [esp], -0x80
cmp byte [ebp], 0
cmp byte [ebp], 1
cmp byte [ebp], 0x7f
cmp byte [ebp], -1
cmp byte [ebp], -128
cmp byte [ebp], 0xff
cmp byte [ebp], -0x80
cmp byte [esp+8], 0
cmp byte [esp+8], 1
cmp byte [esp+8], 0x7f
cmp byte [esp+8], -1
cmp byte [esp+8], -128
cmp byte [esp+8], 0xff
cmp byte [esp+8], -0x80
cmp byte [ebp-0x80], 0
cmp byte [ebp-0x80], 1
cmp byte [ebp-0x80], 0x7f
cmp byte [ebp-0x80], -1
cmp byte [ebp-0x80], -128
cmp byte [ebp-0x80], 0xff
cmp byte [ebp-0x80], -0x80
cmp ax, ax
cmp ax, bx
cmp ax, bp
cmp bx, ax
cmp bx, bx
cmp bx, bp
cmp bp, ax
cmp bp, bx
cmp bp, bp
cmp si, ax
cmp si, bx
cmp si, bp
cmp [eax], bx
cmp ax, [eax]
cmp bp, [eax]
cmp [ebx+4], bx
cmp ax, [ebx+4]
cmp bp, [ebx+4]
cmp [esp], bx
cmp ax, [esp]
cmp bp, [esp]
cmp [ebp], bx
cmp ax, [ebp]
cmp bp, [ebp]
cmp [esp+8], bx
cmp ax, [esp+8]
cmp bp, [esp+8]
cmp [ebp-0x80], bx
cmp ax, [ebp-0x80]
cmp bp, [ebp-0x80]
cmp [eax+ecx], bx
cmp ax, [eax+ecx]
cmp bp, [eax+ecx]
cmp [ebp+eax], bx
cmp ax, [ebp+eax]
cmp bp, [ebp+eax]
cmp [eax*2], bx
cmp ax, [eax*2]
cmp bp, [eax*2]
cmp [ecx*4], bx
cmp ax, [ecx*4]
cmp bp, [ecx*4]
cmp [edx*8+0x100], bx
cmp ax, [edx*8+0x100]
cmp bp, [edx*8+0x100]
cmp [eax+ebx*8-4], bx
cmp ax, [eax+ebx*8-4]
cmp bp, [eax+ebx*8-4]
cmp [0x12345678], bx
cmp ax, [0x12345678]
cmp bp, [0x12345678]
cmp [bx+si], bx
cmp ax, [bx+si]
cmp bp, [bx+si]
cmp [fs:eax], bx
cmp ax, [fs:eax]
cmp bp, [fs:eax]
cmp [ecx*3], bx
cmp ax, [ecx*3]
cmp bp, [ecx*3]
cmp [esi+0x7f], bx
cmp ax, [esi+0x7f]
cmp bp, [esi+0x7f]
cmp [edi-0x81], bx
cmp ax, [edi-0x81]
cmp bp, [edi-0x81]
cmp ax, 0
cmp bp, 0
cmp ax, 1
cmp bp, 1
cmp ax, 0x7f
cmp bp, 0x7f
cmp ax, 0x80
cmp bp, 0x80
cmp ax, -128
cmp bp, -128
cmp ax, -129
cmp bp, -129
cmp ax, 0x1234
cmp bp, 0x1234
cmp ax, 0xffff
cmp bp, 0xffff
cmp ax, -1
cmp bp, -1
cmp ax, 0x7fff
cmp bp, 0x7fff
cmp word [eax], 0
cmp word [eax], 1
cmp word [eax], 0x7f
cmp word [eax], 0x80
cmp word [eax], -128
cmp word [eax], -129
cmp word [eax], 0x1234
cmp word [ebx+4], 0
cmp word [ebx+4], 1
cmp word [ebx+4], 0x7f
cmp word [ebx+4], 0x80
cmp word [ebx+4], -128
cmp word [ebx+4], -129
cmp word [ebx+4], 0x1234
cmp word [esp], 0
cmp word [esp], 1
cmp word [esp], 0x7f
cmp word [esp], 0x80
cmp word [esp], -128
cmp word [esp], -129
cmp word [esp], 0x1234
cmp word [ebp], 0
cmp word [ebp], 1
cmp word [ebp], 0x7f
cmp word [ebp], 0x80
cmp word [ebp], -128
cmp word [ebp], -129
cmp word [ebp], 0x1234
cmp word [esp+8], 0
cmp word [esp+8], 1
cmp word [esp+8], 0x7f
cmp word [esp+8], 0x80
cmp word [esp+8], -128
cmp word [esp+8], -129
cmp word [esp+8], 0x1234
cmp word [ebp-0x80], 0
cmp word [ebp-0x80], 1
cmp word [ebp-0x80], 0x7f
cmp word [ebp-0x80], 0x80
cmp word [ebp-0x80], -128
cmp word [ebp-0x80], -129
cmp word [ebp-0x80], 0x1234
cmp bx, byte 5
cmp ax, strict word 5
cmp word [ebx], byte -3
cmp eax, eax
cmp eax, edx
cmp eax, esp
cmp edx, eax
cmp edx, edx
cmp edx, esp
cmp esp, eax
cmp esp, edx
cmp esp, esp
cmp ebp, eax
cmp ebp, edx
cmp ebp, esp
cmp edi, eax
cmp edi, edx
cmp edi, esp
cmp [eax], edx
cmp eax, [eax]
cmp esp, [eax]
cmp [ebx+4], edx
cmp eax, [ebx+4]
cmp esp, [ebx+4]
cmp [esp], edx
cmp eax, [esp]
cmp esp, [esp]
cmp [ebp], edx
cmp eax, [ebp]
cmp esp, [ebp]
cmp [esp+8], edx
cmp eax, [esp+8]
cmp esp, [esp+8]
cmp [ebp-0x80], edx
cmp eax, [ebp-0x80]
cmp esp, [ebp-0x80]
cmp [eax+ecx], edx
cmp eax, [eax+ecx]
cmp esp, [eax+ecx]
cmp [ebp+eax], edx
cmp eax, [ebp+eax]
cmp esp, [ebp+eax]
cmp [eax*2], edx
cmp eax, [eax*2]
cmp esp, [eax*2]
cmp [ecx*4], edx
cmp eax, [ecx*4]
cmp esp, [ecx*4]
cmp [edx*8+0x100], edx
cmp eax, [edx*8+0x100]
cmp esp, [edx*8+0x100]
cmp [eax+ebx*8-4], edx
cmp eax, [eax+ebx*8-4]
cmp esp, [eax+ebx*8-4]
cmp [0x12345678], edx
cmp eax, [0x12345678]
cmp esp, [0x12345678]
cmp [bx+si], edx
cmp eax, [bx+si]
cmp esp, [bx+si]
cmp [fs:eax], edx
cmp eax, [fs:eax]
cmp esp, [fs:eax]
cmp [ecx*3], edx
cmp eax, [ecx*3]
cmp esp, [ecx*3]
cmp [esi+0x7f], edx
cmp eax, [esi+0x7f]
cmp esp, [esi+0x7f]
cmp [edi-0x81], edx
cmp eax, [edi-0x81]
cmp esp, [edi-0x81]
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
cmp dword [eax], 0
cmp dword [eax], 2
cmp dword [eax], 0x7f
cmp dword [eax], 0x80
cmp dword [eax], -128
cmp dword [eax], -129
cmp dword [eax], 0x1234
cmp dword [ebx+4], 0
cmp dword [ebx+4], 2
cmp dword [ebx+4], 0x7f
cmp dword [ebx+4], 0x80
cmp dword [ebx+4], -128
cmp dword [ebx+4], -129
cmp dword [ebx+4], 0x1234
cmp dword [esp], 0
cmp dword [esp], 2
cmp dword [esp], 0x7f
cmp dword [esp], 0x80
cmp dword [esp], -128
cmp dword [esp], -129
cmp dword [esp], 0x1234
cmp dword [ebp], 0
cmp dword [ebp], 2
cmp dword [ebp], 0x7f
cmp dword [ebp], 0x80
cmp dword [ebp], -128
cmp dword [ebp], -129
cmp dword [ebp], 0x1234
cmp dword [esp+8], 0
cmp dword [esp+8], 2
cmp dword [esp+8], 0x7f
cmp dword [esp+8], 0x80
cmp dword [esp+8], -128
cmp dword [esp+8], -129
cmp dword [esp+8], 0x1234
cmp dword [ebp-0x80], 0
cmp dword [ebp-0x80], 2
cmp dword [ebp-0x80], 0x7f
cmp dword [ebp-0x80], 0x80
cmp dword [ebp-0x80], -128
cmp dword [ebp-0x80], -129
cmp dword [ebp-0x80], 0x1234
cmp edx, byte 5
cmp eax, strict dword 5
cmp dword [ebx], byte -3
cmp [ebx], byte 5
cmp [ebx], word 5
cmp [ebx], dword 5
mov al, al
mov al, cl
mov al, ah
mov cl, al
mov cl, cl
mov cl, ah
mov ah, al
mov ah, cl
mov ah, ah
mov bl, al
mov bl, cl
mov bl, ah
mov [eax], cl
mov al, [eax]
mov ah, [eax]
mov [ebx+4], cl
mov al, [ebx+4]
mov ah, [ebx+4]
mov [esp], cl
mov al, [esp]
mov ah, [esp]
mov [ebp], cl
mov al, [ebp]
mov ah, [ebp]
mov [esp+8], cl
mov al, [esp+8]
mov ah, [esp+8]
mov [ebp-0x80], cl
mov al, [ebp-0x80]
mov ah, [ebp-0x80]
mov [eax+ecx], cl
mov al, [eax+ecx]
mov ah, [eax+ecx]
mov [ebp+eax], cl
mov al, [ebp+eax]
mov ah, [ebp+eax]
mov [eax*2], cl
mov al, [eax*2]
mov ah, [eax*2]
mov [ecx*4], cl
mov al, [ecx*4]
mov ah, [ecx*4]
mov [edx*8+0x100], cl
mov al, [edx*8+0x100]
mov ah, [edx*8+0x100]
mov [eax+ebx*8-4], cl
mov al, [eax+ebx*8-4]
mov ah, [eax+ebx*8-4]
mov [0x12345678], cl
mov al, [0x12345678]
mov ah, [0x12345678]
mov [bx+si], cl
mov al, [bx+si]
mov ah, [bx+si]
mov [fs:eax], cl
mov al, [fs:eax]
mov ah, [fs:eax]
mov [ecx*3], cl
mov al, [ecx*3]
mov ah, [ecx*3]
mov [esi+0x7f], cl
mov al, [esi+0x7f]
mov ah, [esi+0x7f]
mov [edi-0x81], cl
mov al, [edi-0x81]
mov ah, [edi-0x81]
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
mov byte [eax], 0
mov byte [eax], 1
mov byte [eax], 0x7f
mov byte [eax], -1
mov byte [eax], -128
mov byte [eax], 0xff
mov byte [eax], -0x80
mov byte [ebx+4], 0
mov byte [ebx+4], 1
mov byte [ebx+4], 0x7f
mov byte [ebx+4], -1
mov byte [ebx+4], -128
mov byte [ebx+4], 0xff
mov byte [ebx+4], -0x80
mov byte [esp], 0
mov byte [esp], 1
mov byte [esp], 0x7f
mov byte [esp], -1
mov byte [esp], -128
mov byte [esp], 0xff
mov byte [esp], -0x80
mov byte [ebp], 0
mov byte [ebp], 1
mov byte [ebp], 0x7f
mov byte [ebp], -1
mov byte [ebp], -128
mov byte [ebp], 0xff
mov byte [ebp], -0x80
mov byte [esp+8], 0
mov byte [esp+8], 1
mov byte [esp+8], 0x7f
mov byte [esp+8], -1
mov byte [esp+8], -128
mov byte [esp+8], 0xff
mov byte [esp+8], -0x80
mov byte [ebp-0x80], 0
mov byte [ebp-0x80], 1
mov byte [ebp-0x80], 0x7f
mov byte [ebp-0x80], -1
mov byte [ebp-0x80], -128
mov byte [ebp-0x80], 0xff
mov byte [ebp-0x80], -0x80
mov ax, ax
mov ax, bx
mov ax, bp
mov bx, ax
mov bx, bx
mov bx, bp
mov bp, ax
mov bp, bx
mov bp, bp
mov si, ax
mov si, bx
mov si, bp
mov [eax], bx
mov ax, [eax]
mov bp, [eax]
mov [ebx+4], bx
mov ax, [ebx+4]
mov bp, [ebx+4]
mov [esp], bx
mov ax, [esp]
mov bp, [esp]
mov [ebp], bx
mov ax, [ebp]
mov bp, [ebp]
mov [esp+8], bx
mov ax, [esp+8]
mov bp, [esp+8]
mov [ebp-0x80], bx
mov ax, [ebp-0x80]
mov bp, [ebp-0x80]
mov [eax+ecx], bx
mov ax, [eax+ecx]
mov bp, [eax+ecx]
mov [ebp+eax], bx
mov ax, [ebp+eax]
mov bp, [ebp+eax]
mov [eax*2], bx
mov ax, [eax*2]
mov bp, [eax*2]
mov [ecx*4], bx
mov ax, [ecx*4]
mov bp, [ecx*4]
mov [edx*8+0x100], bx
mov ax, [edx*8+0x100]
mov bp, [edx*8+0x100]
mov [eax+ebx*8-4], bx
mov ax, [eax+ebx*8-4]
mov bp, [eax+ebx*8-4]
mov [0x12345678], bx
mov ax, [0x12345678]
mov bp, [0x12345678]
mov [bx+si], bx
mov ax, [bx+si]
mov bp, [bx+si]
mov [fs:eax], bx
mov ax, [fs:eax]
mov bp, [fs:eax]
mov [ecx*3], bx
mov ax, [ecx*3]
mov bp, [ecx*3]
mov [esi+0x7f], bx
mov ax, [esi+0x7f]
mov bp, [esi+0x7f]
mov [edi-0x81], bx
mov ax, [edi-0x81]
mov bp, [edi-0x81]
mov ax, 0
mov bp, 0
mov ax, 1
mov bp, 1
mov ax, 0x7f
mov bp, 0x7f
mov ax, 0x80
mov bp, 0x80
mov ax, -128
mov bp, -128
mov ax, -129
mov bp, -129
mov ax, 0x1234
mov bp, 0x1234
mov ax, 0xffff
mov bp, 0xffff
mov ax, -1
mov bp, -1
mov ax, 0x7fff
mov bp, 0x7fff
mov word [eax], 0
mov word [eax], 1
mov word [eax], 0x7f
mov word [eax], 0x80
mov word [eax], -128
mov word [eax], -129
mov word [eax], 0x1234
mov word [ebx+4], 0
mov word [ebx+4], 1
mov word [ebx+4], 0x7f
mov word [ebx+4], 0x80
mov word [ebx+4], -128
mov word [ebx+4], -129
mov word [ebx+4], 0x1234
mov word [esp], 0
mov word [esp], 1
mov word [esp], 0x7f
mov word [esp], 0x80
mov word [esp], -128
mov word [esp], -129
mov word [esp], 0x1234
mov word [ebp], 0
mov word [ebp], 1
mov word [ebp], 0x7f
mov word [ebp], 0x80
mov word [ebp], -128
mov word [ebp], -129
mov word [ebp], 0x1234
mov word [esp+8], 0
mov word [esp+8], 1
mov word [esp+8], 0x7f
mov word [esp+8], 0x80
mov word [esp+8], -128
mov word [esp+8], -129
mov word [esp+8], 0x1234
mov word [ebp-0x80], 0
mov word [ebp-0x80], 1
mov word [ebp-0x80], 0x7f
mov word [ebp-0x80], 0x80
mov word [ebp-0x80], -128
mov word [ebp-0x80], -129
mov word [ebp-0x80], 0x1234
mov eax, eax
mov eax, edx
mov eax, esp
mov edx, eax
mov edx, edx
mov edx, esp
mov esp, eax
mov esp, edx
mov esp, esp
mov ebp, eax
mov ebp, edx
mov ebp, esp
mov edi, eax
mov edi, edx
mov edi, esp
mov [eax], edx
mov eax, [eax]
mov esp, [eax]
mov [ebx+4], edx
mov eax, [ebx+4]
mov esp, [ebx+4]
mov [esp], edx
mov eax, [esp]
mov esp, [esp]
mov [ebp], edx
mov eax, [ebp]
mov esp, [ebp]
mov [esp+8], edx
mov eax, [esp+8]
mov esp, [esp+8]
mov [ebp-0x80], edx
mov eax, [ebp-0x80]
mov esp, [ebp-0x80]
mov [eax+ecx], edx
mov eax, [eax+ecx]
mov esp, [eax+ecx]
mov [ebp+eax], edx
mov eax, [ebp+eax]
mov esp, [ebp+eax]
mov [eax*2], edx
mov eax, [eax*2]
mov esp, [eax*2]
mov [ecx*4], edx
mov eax, [ecx*4]
mov esp, [ecx*4]
mov [edx*8+0x100], edx
mov eax, [edx*8+0x100]
mov esp, [edx*8+0x100]
mov [eax+ebx*8-4], edx
mov eax, [eax+ebx*8-4]
mov esp, [eax+ebx*8-4]
mov [0x12345678], edx
mov eax, [0x12345678]
mov esp, [0x12345678]
mov [bx+si], edx
mov eax, [bx+si]
mov esp, [bx+si]
mov [fs:eax], edx
mov eax, [fs:eax]
mov esp, [fs:eax]
mov [ecx*3], edx
mov eax, [ecx*3]
mov esp, [ecx*3]
mov [esi+0x7f], edx
mov eax, [esi+0x7f]
mov esp, [esi+0x7f]
mov [edi-0x81], edx
mov eax, [edi-0x81]
mov esp, [edi-0x81]
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
mov dword [eax], 0
mov dword [eax], 2
mov dword [eax], 0x7f
mov dword [eax], 0x80
mov dword [eax], -128
mov dword [eax], -129
mov dword [eax], 0x1234
mov dword [ebx+4], 0
mov dword [ebx+4], 2
mov dword [ebx+4], 0x7f
mov dword [ebx+4], 0x80
mov dword [ebx+4], -128
mov dword [ebx+4], -129
mov dword [ebx+4], 0x1234
mov dword [esp], 0
mov dword [esp], 2
mov dword [esp], 0x7f
mov dword [esp], 0x80
mov dword [esp], -128
mov dword [esp], -129
mov dword [esp], 0x1234
mov dword [ebp], 0
mov dword [ebp], 2
mov dword [ebp], 0x7f
mov dword [ebp], 0x80
mov dword [ebp], -128
mov dword [ebp], -129
mov dword [ebp], 0x1234
mov dword [esp+8], 0
mov dword [esp+8], 2
mov dword [esp+8], 0x7f
mov dword [esp+8], 0x80
mov dword [esp+8], -128
mov dword [esp+8], -129
mov dword [esp+8], 0x1234
mov dword [ebp-0x80], 0
mov dword [ebp-0x80], 2
mov dword [ebp-0x80], 0x7f
mov dword [ebp-0x80], 0x80
mov dword [ebp-0x80], -128
mov dword [ebp-0x80], -129
mov dword [ebp-0x80], 0x1234
mov [ebx], byte 5
mov [ebx], word 5
mov [ebx], dword 5
test al, al
test al, cl
test al, ah
test cl, al
test cl, cl
test cl, ah
test ah, al
test ah, cl
test ah, ah
test bl, al
test bl, cl
test bl, ah
test [eax], cl
test al, [eax]
test ah, [eax]
test [ebx+4], cl
test al, [ebx+4]
test ah, [ebx+4]
test [esp], cl
test al, [esp]
test ah, [esp]
test [ebp], cl
test al, [ebp]
test ah, [ebp]
test [esp+8], cl
test al, [esp+8]
test ah, [esp+8]
test [ebp-0x80], cl
test al, [ebp-0x80]
test ah, [ebp-0x80]
test [eax+ecx], cl
test al, [eax+ecx]
test ah, [eax+ecx]
test [ebp+eax], cl
test al, [ebp+eax]
test ah, [ebp+eax]
test [eax*2], cl
test al, [eax*2]
test ah, [eax*2]
test [ecx*4], cl
test al, [ecx*4]
test ah, [ecx*4]
test [edx*8+0x100], cl
test al, [edx*8+0x100]
test ah, [edx*8+0x100]
test [eax+ebx*8-4], cl
test al, [eax+ebx*8-4]
test ah, [eax+ebx*8-4]
test [0x12345678], cl
test al, [0x12345678]
test ah, [0x12345678]
test [bx+si], cl
test al, [bx+si]
test ah, [bx+si]
test [fs:eax], cl
test al, [fs:eax]
test ah, [fs:eax]
test [ecx*3], cl
test al, [ecx*3]
test ah, [ecx*3]
test [esi+0x7f], cl
test al, [esi+0x7f]
test ah, [esi+0x7f]
test [edi-0x81], cl
test al, [edi-0x81]
test ah, [edi-0x81]
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
test byte [eax], 0
test byte [eax], 1
test byte [eax], 0x7f
test byte [eax], -1
test byte [eax], -128
test byte [eax], 0xff
test byte [eax], -0x80
test byte [ebx+4], 0
test byte [ebx+4], 1
test byte [ebx+4], 0x7f
test byte [ebx+4], -1
test byte [ebx+4], -128
test byte [ebx+4], 0xff
test byte [ebx+4], -0x80
test byte [esp], 0
test byte [esp], 1
test byte [esp], 0x7f
test byte [esp], -1
test byte [esp], -128
test byte [esp], 0xff
test byte [esp], -0x80
test byte [ebp], 0
test byte [ebp], 1
test byte [ebp], 0x7f
test byte [ebp], -1
test byte [ebp], -128
test byte [ebp], 0xff
test byte [ebp], -0x80
test byte [esp+8], 0
test byte [esp+8], 1
test byte [esp+8], 0x7f
test byte [esp+8], -1
test byte [esp+8], -128
test byte [esp+8], 0xff
test byte [esp+8], -0x80
test byte [ebp-0x80], 0
test byte [ebp-0x80], 1
test byte [ebp-0x80], 0x7f
test byte [ebp-0x80], -1
test byte [ebp-0x80], -128
test byte [ebp-0x80], 0xff
test byte [ebp-0x80], -0x80
test ax, ax
test ax, bx
test ax, bp
test bx, ax
test bx, bx
test bx, bp
test bp, ax
test bp, bx
test bp, bp
test si, ax
test si, bx
test si, bp
test [eax], bx
test ax, [eax]
test bp, [eax]
test [ebx+4], bx
test ax, [ebx+4]
test bp, [ebx+4]
test [esp], bx
test ax, [esp]
test bp, [esp]
test [ebp], bx
test ax, [ebp]
test bp, [ebp]
test [esp+8], bx
test ax, [esp+8]
test bp, [esp+8]
test [ebp-0x80], bx
test ax, [ebp-0x80]
test bp, [ebp-0x80]
test [eax+ecx], bx
test ax, [eax+ecx]
test bp, [eax+ecx]
test [ebp+eax], bx
test ax, [ebp+eax]
test bp, [ebp+eax]
test [eax*2], bx
test ax, [eax*2]
test bp, [eax*2]
test [ecx*4], bx
test ax, [ecx*4]
test bp, [ecx*4]
test [edx*8+0x100], bx
test ax, [edx*8+0x100]
test bp, [edx*8+0x100]
test [eax+ebx*8-4], bx
test ax, [eax+ebx*8-4]
test bp, [eax+ebx*8-4]
test [0x12345678], bx
test ax, [0x12345678]
test bp, [0x12345678]
test [bx+si], bx
test ax, [bx+si]
test bp, [bx+si]
test [fs:eax], bx
test ax, [fs:eax]
test bp, [fs:eax]
test [ecx*3], bx
test ax, [ecx*3]
test bp, [ecx*3]
test [esi+0x7f], bx
test ax, [esi+0x7f]
test bp, [esi+0x7f]
test [edi-0x81], bx
test ax, [edi-0x81]
test bp, [edi-0x81]
test ax, 0
test bp, 0
test ax, 1
test bp, 1
test ax, 0x7f
test bp, 0x7f
test ax, 0x80
test bp, 0x80
test ax, -128
test bp, -128
test ax, -129
test bp, -129
test ax, 0x1234
test bp, 0x1234
test ax, 0xffff
test bp, 0xffff
test ax, -1
test bp, -1
test ax, 0x7fff
test bp, 0x7fff
test word [eax], 0
test word [eax], 1
test word [eax], 0x7f
test word [eax], 0x80
test word [eax], -128
test word [eax], -129
test word [eax], 0x1234
test word [ebx+4], 0
test word [ebx+4], 1
test word [ebx+4], 0x7f
test word [ebx+4], 0x80
test word [ebx+4], -128
test word [ebx+4], -129
test word [ebx+4], 0x1234
test word [esp], 0
test word [esp], 1
test word [esp], 0x7f
test word [esp], 0x80
test word [esp], -128
test word [esp], -129
test word [esp], 0x1234
test word [ebp], 0
test word [ebp], 1
test word [ebp], 0x7f
test word [ebp], 0x80
test word [ebp], -128
test word [ebp], -129
test word [ebp], 0x1234
test word [esp+8], 0
test word [esp+8], 1
test word [esp+8], 0x7f
test word [esp+8], 0x80
test word [esp+8], -128
test word [esp+8], -129
test word [esp+8], 0x1234
test word [ebp-0x80], 0
test word [ebp-0x80], 1
test word [ebp-0x80], 0x7f
test word [ebp-0x80], 0x80
test word [ebp-0x80], -128
test word [ebp-0x80], -129
test word [ebp-0x80], 0x1234
test eax, eax
test eax, edx
test eax, esp
test edx, eax
test edx, edx
test edx, esp
test esp, eax
test esp, edx
test esp, esp
test ebp, eax
test ebp, edx
test ebp, esp
test edi, eax
test edi, edx
test edi, esp
test [eax], edx
test eax, [eax]
test esp, [eax]
test [ebx+4], edx
test eax, [ebx+4]
test esp, [ebx+4]
test [esp], edx
test eax, [esp]
test esp, [esp]
test [ebp], edx
test eax, [ebp]
test esp, [ebp]
test [esp+8], edx
test eax, [esp+8]
test esp, [esp+8]
test [ebp-0x80], edx
test eax, [ebp-0x80]
test esp, [ebp-0x80]
test [eax+ecx], edx
test eax, [eax+ecx]
test esp, [eax+ecx]
test [ebp+eax], edx
test eax, [ebp+eax]
test esp, [ebp+eax]
test [eax*2], edx
test eax, [eax*2]
test esp, [eax*2]
test [ecx*4], edx
test eax, [ecx*4]
test esp, [ecx*4]
test [edx*8+0x100], edx
test eax, [edx*8+0x100]
test esp, [edx*8+0x100]
test [eax+ebx*8-4], edx
test eax, [eax+ebx*8-4]
test esp, [eax+ebx*8-4]
test [0x12345678], edx
test eax, [0x12345678]
test esp, [0x12345678]
test [bx+si], edx
test eax, [bx+si]
test esp, [bx+si]
test [fs:eax], edx
test eax, [fs:eax]
test esp, [fs:eax]
test [ecx*3], edx
test eax, [ecx*3]
test esp, [ecx*3]
test [esi+0x7f], edx
test eax, [esi+0x7f]
test esp, [esi+0x7f]
test [edi-0x81], edx
test eax, [edi-0x81]
test esp, [edi-0x81]
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
test dword [eax], 0
test dword [eax], 2
test dword [eax], 0x7f
test dword [eax], 0x80
test dword [eax], -128
test dword [eax], -129
test dword [eax], 0x1234
test dword [ebx+4], 0
test dword [ebx+4], 2
test dword [ebx+4], 0x7f
test dword [ebx+4], 0x80
test dword [ebx+4], -128
test dword [ebx+4], -129
test dword [ebx+4], 0x1234
test dword [esp], 0
test dword [esp], 2
test dword [esp], 0x7f
test dword [esp], 0x80
test dword [esp], -128
test dword [esp], -129
test dword [esp], 0x1234
test dword [ebp], 0
test dword [ebp], 2
test dword [ebp], 0x7f
test dword [ebp], 0x80
test dword [ebp], -128
test dword [ebp], -129
test dword [ebp], 0x1234
test dword [esp+8], 0
test dword [esp+8], 2
test dword [esp+8], 0x7f
test dword [esp+8], 0x80
test dword [esp+8], -128
test dword [esp+8], -129
test dword [esp+8], 0x1234
test dword [ebp-0x80], 0
test dword [ebp-0x80], 2
test dword [ebp-0x80], 0x7f
test dword [ebp-0x80], 0x80
test dword [ebp-0x80], -128
test dword [ebp-0x80], -129
test dword [ebp-0x80], 0x1234
test [ebx], byte 5
test [ebx], word 5
test [ebx], dword 5
xchg al, al
xchg al, cl
xchg al, ah
xchg cl, al
xchg cl, cl
xchg cl, ah
xchg ah, al
xchg ah, cl
xchg ah, ah
xchg bl, al
xchg bl, cl
xchg bl, ah
xchg [eax], cl
xchg al, [eax]
xchg ah, [eax]
xchg [ebx+4], cl
xchg al, [ebx+4]
xchg ah, [ebx+4]
xchg [esp], cl
xchg al, [esp]
xchg ah, [esp]
xchg [ebp], cl
xchg al, [ebp]
xchg ah, [ebp]
xchg [esp+8], cl
xchg al, [esp+8]
xchg ah, [esp+8]
xchg [ebp-0x80], cl
xchg al, [ebp-0x80]
xchg ah, [ebp-0x80]
xchg [eax+ecx], cl
xchg al, [eax+ecx]
xchg ah, [eax+ecx]
xchg [ebp+eax], cl
xchg al, [ebp+eax]
xchg ah, [ebp+eax]
xchg [eax*2], cl
xchg al, [eax*2]
xchg ah, [eax*2]
xchg [ecx*4], cl
xchg al, [ecx*4]
xchg ah, [ecx*4]
xchg [edx*8+0x100], cl
xchg al, [edx*8+0x100]
xchg ah, [edx*8+0x100]
xchg [eax+ebx*8-4], cl
xchg al, [eax+ebx*8-4]
xchg ah, [eax+ebx*8-4]
xchg [0x12345678], cl
xchg al, [0x12345678]
xchg ah, [0x12345678]
xchg [bx+si], cl
xchg al, [bx+si]
xchg ah, [bx+si]
xchg [fs:eax], cl
xchg al, [fs:eax]
xchg ah, [fs:eax]
xchg [ecx*3], cl
xchg al, [ecx*3]
xchg ah, [ecx*3]
xchg [esi+0x7f], cl
xchg al, [esi+0x7f]
xchg ah, [esi+0x7f]
xchg [edi-0x81], cl
xchg al, [edi-0x81]
xchg ah, [edi-0x81]
xchg ax, ax
xchg ax, bx
xchg ax, bp
xchg bx, ax
xchg bx, bx
xchg bx, bp
xchg bp, ax
xchg bp, bx
xchg bp, bp
xchg si, ax
xchg si, bx
xchg si, bp
xchg [eax], bx
xchg ax, [eax]
xchg bp, [eax]
xchg [ebx+4], bx
xchg ax, [ebx+4]
xchg bp, [ebx+4]
xchg [esp], bx
xchg ax, [esp]
xchg bp, [esp]
xchg [ebp], bx
xchg ax, [ebp]
xchg bp, [ebp]
xchg [esp+8], bx
xchg ax, [esp+8]
xchg bp, [esp+8]
xchg [ebp-0x80], bx
xchg ax, [ebp-0x80]
xchg bp, [ebp-0x80]
xchg [eax+ecx], bx
xchg ax, [eax+ecx]
xchg bp, [eax+ecx]
xchg [ebp+eax], bx
xchg ax, [ebp+eax]
xchg bp, [ebp+eax]
xchg [eax*2], bx
xchg ax, [eax*2]
xchg bp, [eax*2]
xchg [ecx*4], bx
xchg ax, [ecx*4]
xchg bp, [ecx*4]
xchg [edx*8+0x100], bx
xchg ax, [edx*8+0x100]
xchg bp, [edx*8+0x100]
xchg [eax+ebx*8-4], bx
xchg ax, [eax+ebx*8-4]
xchg bp, [eax+ebx*8-4]
xchg [0x12345678], bx
xchg ax, [0x12345678]
xchg bp, [0x12345678]
xchg [bx+si], bx
xchg ax, [bx+si]
xchg bp, [bx+si]
xchg [fs:eax], bx
xchg ax, [fs:eax]
xchg bp, [fs:eax]
xchg [ecx*3], bx
xchg ax, [ecx*3]
xchg bp, [ecx*3]
xchg [esi+0x7f], bx
xchg ax, [esi+0x7f]
xchg bp, [esi+0x7f]
xchg [edi-0x81], bx
xchg ax, [edi-0x81]
xchg bp, [edi-0x81]
xchg eax, eax
xchg eax, edx
xchg eax, esp
xchg edx, eax
xchg edx, edx
xchg edx, esp
xchg esp, eax
xchg esp, edx
xchg esp, esp
xchg ebp, eax
xchg ebp, edx
xchg ebp, esp
xchg edi, eax
xchg edi, edx
xchg edi, esp
xchg [eax], edx
xchg eax, [eax]
xchg esp, [eax]
xchg [ebx+4], edx
xchg eax, [ebx+4]
xchg esp, [ebx+4]
xchg [esp], edx
xchg eax, [esp]
xchg esp, [esp]
xchg [ebp], edx
xchg eax, [ebp]
xchg esp, [ebp]
xchg [esp+8], edx
xchg eax, [esp+8]
xchg esp, [esp+8]
xchg [ebp-0x80], edx
xchg eax, [ebp-0x80]
xchg esp, [ebp-0x80]
xchg [eax+ecx], edx
xchg eax, [eax+ecx]
xchg esp, [eax+ecx]
xchg [ebp+eax], edx
xchg eax, [ebp+eax]
xchg esp, [ebp+eax]
xchg [eax*2], edx
xchg eax, [eax*2]
xchg esp, [eax*2]
xchg [ecx*4], edx
xchg eax, [ecx*4]
xchg esp, [ecx*4]
xchg [edx*8+0x100], edx
xchg eax, [edx*8+0x100]
xchg esp, [edx*8+0x100]
xchg [eax+ebx*8-4], edx
xchg eax, [eax+ebx*8-4]
xchg esp, [eax+ebx*8-4]
xchg [0x12345678], edx
xchg eax, [0x12345678]
xchg esp, [0x12345678]
xchg [bx+si], edx
xchg eax, [bx+si]
xchg esp, [bx+si]
xchg [fs:eax], edx
xchg eax, [fs:eax]
xchg esp, [fs:eax]
xchg [ecx*3], edx
xchg eax, [ecx*3]
xchg esp, [ecx*3]
xchg [esi+0x7f], edx
xchg eax, [esi+0x7f]
xchg esp, [esi+0x7f]
xchg [edi-0x81], edx
xchg eax, [edi-0x81]
xchg esp, [edi-0x81]
cmpxchg al, al
cmpxchg al, cl
cmpxchg al, ah
cmpxchg cl, al
cmpxchg cl, cl
cmpxchg cl, ah
cmpxchg ah, al
cmpxchg ah, cl
cmpxchg ah, ah
cmpxchg bl, al
cmpxchg bl, cl
cmpxchg bl, ah
cmpxchg [eax], cl
cmpxchg [ebx+4], cl
cmpxchg [esp], cl
cmpxchg [ebp], cl
cmpxchg [esp+8], cl
cmpxchg [ebp-0x80], cl
cmpxchg [eax+ecx], cl
cmpxchg [ebp+eax], cl
cmpxchg [eax*2], cl
cmpxchg [ecx*4], cl
cmpxchg [edx*8+0x100], cl
cmpxchg [eax+ebx*8-4], cl
cmpxchg [0x12345678], cl
cmpxchg [bx+si], cl
cmpxchg [fs:eax], cl
cmpxchg [ecx*3], cl
cmpxchg [esi+0x7f], cl
cmpxchg [edi-0x81], cl
cmpxchg ax, ax
cmpxchg ax, bx
cmpxchg ax, bp
cmpxchg bx, ax
cmpxchg bx, bx
cmpxchg bx, bp
cmpxchg bp, ax
cmpxchg bp, bx
cmpxchg bp, bp
cmpxchg si, ax
cmpxchg si, bx
cmpxchg si, bp
cmpxchg [eax], bx
cmpxchg [ebx+4], bx
cmpxchg [esp], bx
cmpxchg [ebp], bx
cmpxchg [esp+8], bx
cmpxchg [ebp-0x80], bx
cmpxchg [eax+ecx], bx
cmpxchg [ebp+eax], bx
cmpxchg [eax*2], bx
cmpxchg [ecx*4], bx
cmpxchg [edx*8+0x100], bx
cmpxchg [eax+ebx*8-4], bx
cmpxchg [0x12345678], bx
cmpxchg [bx+si], bx
cmpxchg [fs:eax], bx
cmpxchg [ecx*3], bx
cmpxchg [esi+0x7f], bx
cmpxchg [edi-0x81], bx
cmpxchg eax, eax
cmpxchg eax, edx
cmpxchg eax, esp
cmpxchg edx, eax
cmpxchg edx, edx
cmpxchg edx, esp
cmpxchg esp, eax
cmpxchg esp, edx
cmpxchg esp, esp
cmpxchg ebp, eax
cmpxchg ebp, edx
cmpxchg ebp, esp
cmpxchg edi, eax
cmpxchg edi, edx
cmpxchg edi, esp
cmpxchg [eax], edx
cmpxchg [ebx+4], edx
cmpxchg [esp], edx
cmpxchg [ebp], edx
cmpxchg [esp+8], edx
cmpxchg [ebp-0x80], edx
cmpxchg [eax+ecx], edx
cmpxchg [ebp+eax], edx
cmpxchg [eax*2], edx
cmpxchg [ecx*4], edx
cmpxchg [edx*8+0x100], edx
cmpxchg [eax+ebx*8-4], edx
cmpxchg [0x12345678], edx
cmpxchg [bx+si], edx
cmpxchg [fs:eax], edx
cmpxchg [ecx*3], edx
cmpxchg [esi+0x7f], edx
cmpxchg [edi-0x81], edx
xadd al, al
xadd al, cl
xadd al, ah
xadd cl, al
xadd cl, cl
xadd cl, ah
xadd ah, al
xadd ah, cl
xadd ah, ah
xadd bl, al
xadd bl, cl
xadd bl, ah
xadd [eax], cl
xadd [ebx+4], cl
xadd [esp], cl
xadd [ebp], cl
xadd [esp+8], cl
xadd [ebp-0x80], cl
xadd [eax+ecx], cl
xadd [ebp+eax], cl
xadd [eax*2], cl
xadd [ecx*4], cl
xadd [edx*8+0x100], cl
xadd [eax+ebx*8-4], cl
xadd [0x12345678], cl
xadd [bx+si], cl
xadd [fs:eax], cl
xadd [ecx*3], cl
xadd [esi+0x7f], cl
xadd [edi-0x81], cl
xadd ax, ax
xadd ax, bx
xadd ax, bp
xadd bx, ax
xadd bx, bx
xadd bx, bp
xadd bp, ax
xadd bp, bx
xadd bp, bp
xadd si, ax
xadd si, bx
xadd si, bp
xadd [eax], bx
xadd [ebx+4], bx
xadd [esp], bx
xadd [ebp], bx
xadd [esp+8], bx
xadd [ebp-0x80], bx
xadd [eax+ecx], bx
xadd [ebp+eax], bx
xadd [eax*2], bx
xadd [ecx*4], bx
xadd [edx*8+0x100], bx
xadd [eax+ebx*8-4], bx
xadd [0x12345678], bx
xadd [bx+si], bx
xadd [fs:eax], bx
xadd [ecx*3], bx
xadd [esi+0x7f], bx
xadd [edi-0x81], bx
xadd eax, eax
xadd eax, edx
xadd eax, esp
xadd edx, eax
xadd edx, edx
xadd edx, esp
xadd esp, eax
xadd esp, edx
xadd esp, esp
xadd ebp, eax
xadd ebp, edx
xadd ebp, esp
xadd edi, eax
xadd edi, edx
xadd edi, esp
xadd [eax], edx
xadd [ebx+4], edx
xadd [esp], edx
xadd [ebp], edx
xadd [esp+8], edx
xadd [ebp-0x80], edx
xadd [eax+ecx], edx
xadd [ebp+eax], edx
xadd [eax*2], edx
xadd [ecx*4], edx
xadd [edx*8+0x100], edx
xadd [eax+ebx*8-4], edx
xadd [0x12345678], edx
xadd [bx+si], edx
xadd [fs:eax], edx
xadd [ecx*3], edx
xadd [esi+0x7f], edx
xadd [edi-0x81], edx
mov ax, es
mov es, ax
mov eax, es
mov es, eax
mov bx, es
mov es, bx
mov [eax], es
mov es, [eax]
mov word [eax], es
mov es, word [eax]
mov [ebx+4], es
mov es, [ebx+4]
mov word [ebx+4], es
mov es, word [ebx+4]
mov [esp], es
mov es, [esp]
mov word [esp], es
mov es, word [esp]
mov [ebp], es
mov es, [ebp]
mov word [ebp], es
mov es, word [ebp]
push es
pop es
mov ax, cs
mov cs, ax
mov eax, cs
mov cs, eax
mov bx, cs
mov cs, bx
mov [eax], cs
mov cs, [eax]
mov word [eax], cs
mov cs, word [eax]
mov [ebx+4], cs
mov cs, [ebx+4]
mov word [ebx+4], cs
mov cs, word [ebx+4]
mov [esp], cs
mov cs, [esp]
mov word [esp], cs
mov cs, word [esp]
mov [ebp], cs
mov cs, [ebp]
mov word [ebp], cs
mov cs, word [ebp]
push cs
pop cs
mov ax, ss
mov ss, ax
mov eax, ss
mov ss, eax
mov bx, ss
mov ss, bx
mov [eax], ss
mov ss, [eax]
mov word [eax], ss
mov ss, word [eax]
mov [ebx+4], ss
mov ss, [ebx+4]
mov word [ebx+4], ss
mov ss, word [ebx+4]
mov [esp], ss
mov ss, [esp]
mov word [esp], ss
mov ss, word [esp]
mov [ebp], ss
mov ss, [ebp]
mov word [ebp], ss
mov ss, word [ebp]
push ss
pop ss
mov ax, ds
mov ds, ax
mov eax, ds
mov ds, eax
mov bx, ds
mov ds, bx
mov [eax], ds
mov ds, [eax]
mov word [eax], ds
mov ds, word [eax]
mov [ebx+4], ds
mov ds, [ebx+4]
mov word [ebx+4], ds
mov ds, word [ebx+4]
mov [esp], ds
mov ds, [esp]
mov word [esp], ds
mov ds, word [esp]
mov [ebp], ds
mov ds, [ebp]
mov word [ebp], ds
mov ds, word [ebp]
push ds
pop ds
mov ax, fs
mov fs, ax
mov eax, fs
mov fs, eax
mov bx, fs
mov fs, bx
mov [eax], fs
mov fs, [eax]
mov word [eax], fs
mov fs, word [eax]
mov [ebx+4], fs
mov fs, [ebx+4]
mov word [ebx+4], fs
mov fs, word [ebx+4]
mov [esp], fs
mov fs, [esp]
mov word [esp], fs
mov fs, word [esp]
mov [ebp], fs
mov fs, [ebp]
mov word [ebp], fs
mov fs, word [ebp]
push fs
pop fs
mov ax, gs
mov gs, ax
mov eax, gs
mov gs, eax
mov bx, gs
mov gs, bx
mov [eax], gs
mov gs, [eax]
mov word [eax], gs
mov gs, word [eax]
mov [ebx+4], gs
mov gs, [ebx+4]
mov word [ebx+4], gs
mov gs, word [ebx+4]
mov [esp], gs
mov gs, [esp]
mov word [esp], gs
mov gs, word [esp]
mov [ebp], gs
mov gs, [ebp]
mov word [ebp], gs
mov gs, word [ebp]
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
movzx bp, al
movzx ax, cl
movzx bp, cl
movzx ax, ah
movzx bp, ah
movzx bx, byte [eax]
movzx bx, [eax]
movzx bx, byte [ebx+4]
movzx bx, [ebx+4]
movzx bx, byte [esp]
movzx bx, [esp]
movzx bx, byte [ebp]
movzx bx, [ebp]
movzx bx, byte [esp+8]
movzx bx, [esp+8]
movzx eax, al
movzx esp, al
movzx eax, cl
movzx esp, cl
movzx eax, ah
movzx esp, ah
movzx eax, ax
movzx esp, ax
movzx eax, bx
movzx esp, bx
movzx edx, byte [eax]
movzx edx, word [eax]
movzx edx, byte [ebx+4]
movzx edx, word [ebx+4]
movzx edx, byte [esp]
movzx edx, word [esp]
movzx edx, byte [ebp]
movzx edx, word [ebp]
movzx edx, byte [esp+8]
movzx edx, word [esp+8]
movsx ax, al
movsx bp, al
movsx ax, cl
movsx bp, cl
movsx ax, ah
movsx bp, ah
movsx bx, byte [eax]
movsx bx, [eax]
movsx bx, byte [ebx+4]
movsx bx, [ebx+4]
movsx bx, byte [esp]
movsx bx, [esp]
movsx bx, byte [ebp]
movsx bx, [ebp]
movsx bx, byte [esp+8]
movsx bx, [esp+8]
movsx eax, al
movsx esp, al
movsx eax, cl
movsx esp, cl
movsx eax, ah
movsx esp, ah
movsx eax, ax
movsx esp, ax
movsx eax, bx
movsx esp, bx
movsx edx, byte [eax]
movsx edx, word [eax]
movsx edx, byte [ebx+4]
movsx edx, word [ebx+4]
movsx edx, byte [esp]
movsx edx, word [esp]
movsx edx, byte [ebp]
movsx edx, word [ebp]
movsx edx, byte [esp+8]
movsx edx, word [esp+8]
lea bx, [eax]
lea bx, [ebx+4]
lea bx, [esp]
lea bx, [ebp]
lea bx, [esp+8]
lea bx, [ebp-0x80]
lea bx, [eax+ecx]
lea bx, [ebp+eax]
lea bx, [eax*2]
lea bx, [ecx*4]
lea bx, [edx*8+0x100]
lea bx, [eax+ebx*8-4]
lea bx, [0x12345678]
lea bx, [bx+si]
lea bx, [fs:eax]
lea bx, [ecx*3]
lea bx, [esi+0x7f]
lea bx, [edi-0x81]
lea edx, [eax]
lea edx, [ebx+4]
lea edx, [esp]
lea edx, [ebp]
lea edx, [esp+8]
lea edx, [ebp-0x80]
lea edx, [eax+ecx]
lea edx, [ebp+eax]
lea edx, [eax*2]
lea edx, [ecx*4]
lea edx, [edx*8+0x100]
lea edx, [eax+ebx*8-4]
lea edx, [0x12345678]
lea edx, [bx+si]
lea edx, [fs:eax]
lea edx, [ecx*3]
lea edx, [esi+0x7f]
lea edx, [edi-0x81]
not al
not cl
not ah
not bl
not byte [eax]
not byte [ebx+4]
not byte [esp]
not byte [ebp]
not byte [esp+8]
not byte [ebp-0x80]
not ax
not bx
not bp
not si
not word [eax]
not word [ebx+4]
not word [esp]
not word [ebp]
not word [esp+8]
not word [ebp-0x80]
not eax
not edx
not esp
not ebp
not edi
not dword [eax]
not dword [ebx+4]
not dword [esp]
not dword [ebp]
not dword [esp+8]
not dword [ebp-0x80]
neg al
neg cl
neg ah
neg bl
neg byte [eax]
neg byte [ebx+4]
neg byte [esp]
neg byte [ebp]
neg byte [esp+8]
neg byte [ebp-0x80]
neg ax
neg bx
neg bp
neg si
neg word [eax]
neg word [ebx+4]
neg word [esp]
neg word [ebp]
neg word [esp+8]
neg word [ebp-0x80]
neg eax
neg edx
neg esp
neg ebp
neg edi
neg dword [eax]
neg dword [ebx+4]
neg dword [esp]
neg dword [ebp]
neg dword [esp+8]
neg dword [ebp-0x80]
mul al
mul cl
mul ah
mul bl
mul byte [eax]
mul byte [ebx+4]
mul byte [esp]
mul byte [ebp]
mul byte [esp+8]
mul byte [ebp-0x80]
mul ax
mul bx
mul bp
mul si
mul word [eax]
mul word [ebx+4]
mul word [esp]
mul word [ebp]
mul word [esp+8]
mul word [ebp-0x80]
mul eax
mul edx
mul esp
mul ebp
mul edi
mul dword [eax]
mul dword [ebx+4]
mul dword [esp]
mul dword [ebp]
mul dword [esp+8]
mul dword [ebp-0x80]
imul al
imul cl
imul ah
imul bl
imul byte [eax]
imul byte [ebx+4]
imul byte [esp]
imul byte [ebp]
imul byte [esp+8]
imul byte [ebp-0x80]
imul ax
imul bx
imul bp
imul si
imul word [eax]
imul word [ebx+4]
imul word [esp]
imul word [ebp]
imul word [esp+8]
imul word [ebp-0x80]
imul eax
imul edx
imul esp
imul ebp
imul edi
imul dword [eax]
imul dword [ebx+4]
imul dword [esp]
imul dword [ebp]
imul dword [esp+8]
imul dword [ebp-0x80]
div al
div cl
div ah
div bl
div byte [eax]
div byte [ebx+4]
div byte [esp]
div byte [ebp]
div byte [esp+8]
div byte [ebp-0x80]
div ax
div bx
div bp
div si
div word [eax]
div word [ebx+4]
div word [esp]
div word [ebp]
div word [esp+8]
div word [ebp-0x80]
div eax
div edx
div esp
div ebp
div edi
div dword [eax]
div dword [ebx+4]
div dword [esp]
div dword [ebp]
div dword [esp+8]
div dword [ebp-0x80]
idiv al
idiv cl
idiv ah
idiv bl
idiv byte [eax]
idiv byte [ebx+4]
idiv byte [esp]
idiv byte [ebp]
idiv byte [esp+8]
idiv byte [ebp-0x80]
idiv ax
idiv bx
idiv bp
idiv si
idiv word [eax]
idiv word [ebx+4]
idiv word [esp]
idiv word [ebp]
idiv word [esp+8]
idiv word [ebp-0x80]
idiv eax
idiv edx
idiv esp
idiv ebp
idiv edi
idiv dword [eax]
idiv dword [ebx+4]
idiv dword [esp]
idiv dword [ebp]
idiv dword [esp+8]
idiv dword [ebp-0x80]
inc al
inc cl
inc ah
inc bl
inc byte [eax]
inc byte [ebx+4]
inc byte [esp]
inc byte [ebp]
inc byte [esp+8]
inc byte [ebp-0x80]
inc ax
inc bx
inc bp
inc si
inc word [eax]
inc word [ebx+4]
inc word [esp]
inc word [ebp]
inc word [esp+8]
inc word [ebp-0x80]
inc eax
inc edx
inc esp
inc ebp
inc edi
inc dword [eax]
inc dword [ebx+4]
inc dword [esp]
inc dword [ebp]
inc dword [esp+8]
inc dword [ebp-0x80]
dec al
dec cl
dec ah
dec bl
dec byte [eax]
dec byte [ebx+4]
dec byte [esp]
dec byte [ebp]
dec byte [esp+8]
dec byte [ebp-0x80]
dec ax
dec bx
dec bp
dec si
dec word [eax]
dec word [ebx+4]
dec word [esp]
dec word [ebp]
dec word [esp+8]
dec word [ebp-0x80]
dec eax
dec edx
dec esp
dec ebp
dec edi
dec dword [eax]
dec dword [ebx+4]
dec dword [esp]
dec dword [ebp]
dec dword [esp+8]
dec dword [ebp-0x80]
imul bx, ax
imul bx, bx
imul bx, bp
imul ax, [eax]
imul ax, [ebx+4]
imul ax, [esp]
imul ax, [ebp]
imul ax, [esp+8]
imul ax, [ebp-0x80]
imul ax, 0
imul bx, bp, 0
imul bp, [ebx+4], 0
imul ax, 1
imul bx, bp, 1
imul bp, [ebx+4], 1
imul ax, 0x7f
imul bx, bp, 0x7f
imul bp, [ebx+4], 0x7f
imul ax, 0x80
imul bx, bp, 0x80
imul bp, [ebx+4], 0x80
imul ax, -128
imul bx, bp, -128
imul bp, [ebx+4], -128
imul ax, -129
imul bx, bp, -129
imul bp, [ebx+4], -129
imul ax, 0x1234
imul bx, bp, 0x1234
imul bp, [ebx+4], 0x1234
imul ax, 0xffff
imul bx, bp, 0xffff
imul bp, [ebx+4], 0xffff
imul ax, -1
imul bx, bp, -1
imul bp, [ebx+4], -1
imul ax, 0x7fff
imul bx, bp, 0x7fff
imul bp, [ebx+4], 0x7fff
imul edx, eax
imul edx, edx
imul edx, esp
imul eax, [eax]
imul eax, [ebx+4]
imul eax, [esp]
imul eax, [ebp]
imul eax, [esp+8]
imul eax, [ebp-0x80]
imul eax, 0
imul edx, esp, 0
imul esp, [ebx+4], 0
imul eax, 2
imul edx, esp, 2
imul esp, [ebx+4], 2
imul eax, 0x7f
imul edx, esp, 0x7f
imul esp, [ebx+4], 0x7f
imul eax, 0x80
imul edx, esp, 0x80
imul esp, [ebx+4], 0x80
imul eax, -128
imul edx, esp, -128
imul esp, [ebx+4], -128
imul eax, -129
imul edx, esp, -129
imul esp, [ebx+4], -129
imul eax, 0x1234
imul edx, esp, 0x1234
imul esp, [ebx+4], 0x1234
imul eax, 0x12345678
imul edx, esp, 0x12345678
imul esp, [ebx+4], 0x12345678
imul eax, 0x7fffffff
imul edx, esp, 0x7fffffff
imul esp, [ebx+4], 0x7fffffff
imul eax, 0x80000000
imul edx, esp, 0x80000000
imul esp, [ebx+4], 0x80000000
imul eax, 0xffffffff
imul edx, esp, 0xffffffff
imul esp, [ebx+4], 0xffffffff
imul eax, -1
imul edx, esp, -1
imul esp, [ebx+4], -1
rol al, 1
rol al, cl
rol al, 4
rol cl, 1
rol cl, cl
rol cl, 4
rol ah, 1
rol ah, cl
rol ah, 4
rol byte [eax], 1
rol byte [eax], cl
rol byte [eax], 31
rol byte [ebx+4], 1
rol byte [ebx+4], cl
rol byte [ebx+4], 31
rol byte [esp], 1
rol byte [esp], cl
rol byte [esp], 31
rol byte [ebp], 1
rol byte [ebp], cl
rol byte [ebp], 31
rol ax, 1
rol ax, cl
rol ax, 4
rol bx, 1
rol bx, cl
rol bx, 4
rol bp, 1
rol bp, cl
rol bp, 4
rol word [eax], 1
rol word [eax], cl
rol word [eax], 31
rol word [ebx+4], 1
rol word [ebx+4], cl
rol word [ebx+4], 31
rol word [esp], 1
rol word [esp], cl
rol word [esp], 31
rol word [ebp], 1
rol word [ebp], cl
rol word [ebp], 31
rol eax, 1
rol eax, cl
rol eax, 4
rol edx, 1
rol edx, cl
rol edx, 4
rol esp, 1
rol esp, cl
rol esp, 4
rol dword [eax], 1
rol dword [eax], cl
rol dword [eax], 31
rol dword [ebx+4], 1
rol dword [ebx+4], cl
rol dword [ebx+4], 31
rol dword [esp], 1
rol dword [esp], cl
rol dword [esp], 31
rol dword [ebp], 1
rol dword [ebp], cl
rol dword [ebp], 31
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
ror byte [eax], 1
ror byte [eax], cl
ror byte [eax], 31
ror byte [ebx+4], 1
ror byte [ebx+4], cl
ror byte [ebx+4], 31
ror byte [esp], 1
ror byte [esp], cl
ror byte [esp], 31
ror byte [ebp], 1
ror byte [ebp], cl
ror byte [ebp], 31
ror ax, 1
ror ax, cl
ror ax, 4
ror bx, 1
ror bx, cl
ror bx, 4
ror bp, 1
ror bp, cl
ror bp, 4
ror word [eax], 1
ror word [eax], cl
ror word [eax], 31
ror word [ebx+4], 1
ror word [ebx+4], cl
ror word [ebx+4], 31
ror word [esp], 1
ror word [esp], cl
ror word [esp], 31
ror word [ebp], 1
ror word [ebp], cl
ror word [ebp], 31
ror eax, 1
ror eax, cl
ror eax, 4
ror edx, 1
ror edx, cl
ror edx, 4
ror esp, 1
ror esp, cl
ror esp, 4
ror dword [eax], 1
ror dword [eax], cl
ror dword [eax], 31
ror dword [ebx+4], 1
ror dword [ebx+4], cl
ror dword [ebx+4], 31
ror dword [esp], 1
ror dword [esp], cl
ror dword [esp], 31
ror dword [ebp], 1
ror dword [ebp], cl
ror dword [ebp], 31
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
rcl byte [eax], 1
rcl byte [eax], cl
rcl byte [eax], 31
rcl byte [ebx+4], 1
rcl byte [ebx+4], cl
rcl byte [ebx+4], 31
rcl byte [esp], 1
rcl byte [esp], cl
rcl byte [esp], 31
rcl byte [ebp], 1
rcl byte [ebp], cl
rcl byte [ebp], 31
rcl ax, 1
rcl ax, cl
rcl ax, 4
rcl bx, 1
rcl bx, cl
rcl bx, 4
rcl bp, 1
rcl bp, cl
rcl bp, 4
rcl word [eax], 1
rcl word [eax], cl
rcl word [eax], 31
rcl word [ebx+4], 1
rcl word [ebx+4], cl
rcl word [ebx+4], 31
rcl word [esp], 1
rcl word [esp], cl
rcl word [esp], 31
rcl word [ebp], 1
rcl word [ebp], cl
rcl word [ebp], 31
rcl eax, 1
rcl eax, cl
rcl eax, 4
rcl edx, 1
rcl edx, cl
rcl edx, 4
rcl esp, 1
rcl esp, cl
rcl esp, 4
rcl dword [eax], 1
rcl dword [eax], cl
rcl dword [eax], 31
rcl dword [ebx+4], 1
rcl dword [ebx+4], cl
rcl dword [ebx+4], 31
rcl dword [esp], 1
rcl dword [esp], cl
rcl dword [esp], 31
rcl dword [ebp], 1
rcl dword [ebp], cl
rcl dword [ebp], 31
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
rcr byte [eax], 1
rcr byte [eax], cl
rcr byte [eax], 31
rcr byte [ebx+4], 1
rcr byte [ebx+4], cl
rcr byte [ebx+4], 31
rcr byte [esp], 1
rcr byte [esp], cl
rcr byte [esp], 31
rcr byte [ebp], 1
rcr byte [ebp], cl
rcr byte [ebp], 31
rcr ax, 1
rcr ax, cl
rcr ax, 4
rcr bx, 1
rcr bx, cl
rcr bx, 4
rcr bp, 1
rcr bp, cl
rcr bp, 4
rcr word [eax], 1
rcr word [eax], cl
rcr word [eax], 31
rcr word [ebx+4], 1
rcr word [ebx+4], cl
rcr word [ebx+4], 31
rcr word [esp], 1
rcr word [esp], cl
rcr word [esp], 31
rcr word [ebp], 1
rcr word [ebp], cl
rcr word [ebp], 31
rcr eax, 1
rcr eax, cl
rcr eax, 4
rcr edx, 1
rcr edx, cl
rcr edx, 4
rcr esp, 1
rcr esp, cl
rcr esp, 4
rcr dword [eax], 1
rcr dword [eax], cl
rcr dword [eax], 31
rcr dword [ebx+4], 1
rcr dword [ebx+4], cl
rcr dword [ebx+4], 31
rcr dword [esp], 1
rcr dword [esp], cl
rcr dword [esp], 31
rcr dword [ebp], 1
rcr dword [ebp], cl
rcr dword [ebp], 31
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
shl byte [eax], 1
shl byte [eax], cl
shl byte [eax], 31
shl byte [ebx+4], 1
shl byte [ebx+4], cl
shl byte [ebx+4], 31
shl byte [esp], 1
shl byte [esp], cl
shl byte [esp], 31
shl byte [ebp], 1
shl byte [ebp], cl
shl byte [ebp], 31
shl ax, 1
shl ax, cl
shl ax, 4
shl bx, 1
shl bx, cl
shl bx, 4
shl bp, 1
shl bp, cl
shl bp, 4
shl word [eax], 1
shl word [eax], cl
shl word [eax], 31
shl word [ebx+4], 1
shl word [ebx+4], cl
shl word [ebx+4], 31
shl word [esp], 1
shl word [esp], cl
shl word [esp], 31
shl word [ebp], 1
shl word [ebp], cl
shl word [ebp], 31
shl eax, 1
shl eax, cl
shl eax, 4
shl edx, 1
shl edx, cl
shl edx, 4
shl esp, 1
shl esp, cl
shl esp, 4
shl dword [eax], 1
shl dword [eax], cl
shl dword [eax], 31
shl dword [ebx+4], 1
shl dword [ebx+4], cl
shl dword [ebx+4], 31
shl dword [esp], 1
shl dword [esp], cl
shl dword [esp], 31
shl dword [ebp], 1
shl dword [ebp], cl
shl dword [ebp], 31
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
shr byte [eax], 1
shr byte [eax], cl
shr byte [eax], 31
shr byte [ebx+4], 1
shr byte [ebx+4], cl
shr byte [ebx+4], 31
shr byte [esp], 1
shr byte [esp], cl
shr byte [esp], 31
shr byte [ebp], 1
shr byte [ebp], cl
shr byte [ebp], 31
shr ax, 1
shr ax, cl
shr ax, 4
shr bx, 1
shr bx, cl
shr bx, 4
shr bp, 1
shr bp, cl
shr bp, 4
shr word [eax], 1
shr word [eax], cl
shr word [eax], 31
shr word [ebx+4], 1
shr word [ebx+4], cl
shr word [ebx+4], 31
shr word [esp], 1
shr word [esp], cl
shr word [esp], 31
shr word [ebp], 1
shr word [ebp], cl
shr word [ebp], 31
shr eax, 1
shr eax, cl
shr eax, 4
shr edx, 1
shr edx, cl
shr edx, 4
shr esp, 1
shr esp, cl
shr esp, 4
shr dword [eax], 1
shr dword [eax], cl
shr dword [eax], 31
shr dword [ebx+4], 1
shr dword [ebx+4], cl
shr dword [ebx+4], 31
shr dword [esp], 1
shr dword [esp], cl
shr dword [esp], 31
shr dword [ebp], 1
shr dword [ebp], cl
shr dword [ebp], 31
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
sal byte [eax], 1
sal byte [eax], cl
sal byte [eax], 31
sal byte [ebx+4], 1
sal byte [ebx+4], cl
sal byte [ebx+4], 31
sal byte [esp], 1
sal byte [esp], cl
sal byte [esp], 31
sal byte [ebp], 1
sal byte [ebp], cl
sal byte [ebp], 31
sal ax, 1
sal ax, cl
sal ax, 4
sal bx, 1
sal bx, cl
sal bx, 4
sal bp, 1
sal bp, cl
sal bp, 4
sal word [eax], 1
sal word [eax], cl
sal word [eax], 31
sal word [ebx+4], 1
sal word [ebx+4], cl
sal word [ebx+4], 31
sal word [esp], 1
sal word [esp], cl
sal word [esp], 31
sal word [ebp], 1
sal word [ebp], cl
sal word [ebp], 31
sal eax, 1
sal eax, cl
sal eax, 4
sal edx, 1
sal edx, cl
sal edx, 4
sal esp, 1
sal esp, cl
sal esp, 4
sal dword [eax], 1
sal dword [eax], cl
sal dword [eax], 31
sal dword [ebx+4], 1
sal dword [ebx+4], cl
sal dword [ebx+4], 31
sal dword [esp], 1
sal dword [esp], cl
sal dword [esp], 31
sal dword [ebp], 1
sal dword [ebp], cl
sal dword [ebp], 31
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
sar byte [eax], 1
sar byte [eax], cl
sar byte [eax], 31
sar byte [ebx+4], 1
sar byte [ebx+4], cl
sar byte [ebx+4], 31
sar byte [esp], 1
sar byte [esp], cl
sar byte [esp], 31
sar byte [ebp], 1
sar byte [ebp], cl
sar byte [ebp], 31
sar ax, 1
sar ax, cl
sar ax, 4
sar bx, 1
sar bx, cl
sar bx, 4
sar bp, 1
sar bp, cl
sar bp, 4
sar word [eax], 1
sar word [eax], cl
sar word [eax], 31
sar word [ebx+4], 1
sar word [ebx+4], cl
sar word [ebx+4], 31
sar word [esp], 1
sar word [esp], cl
sar word [esp], 31
sar word [ebp], 1
sar word [ebp], cl
sar word [ebp], 31
sar eax, 1
sar eax, cl
sar eax, 4
sar edx, 1
sar edx, cl
sar edx, 4
sar esp, 1
sar esp, cl
sar esp, 4
sar dword [eax], 1
sar dword [eax], cl
sar dword [eax], 31
sar dword [ebx+4], 1
sar dword [ebx+4], cl
sar dword [ebx+4], 31
sar dword [esp], 1
sar dword [esp], cl
sar dword [esp], 31
sar dword [ebp], 1
sar dword [ebp], cl
sar dword [ebp], 31
sar eax, byte 1
bt ax, bx
bt ax, 5
bt bx, bx
bt bx, 5
bt bp, bx
bt bp, 5
bt [eax], ax
bt word [eax], 7
bt [ebx+4], ax
bt word [ebx+4], 7
bt [esp], ax
bt word [esp], 7
bt [ebp], ax
bt word [ebp], 7
bt [esp+8], ax
bt word [esp+8], 7
bt eax, edx
bt eax, 5
bt edx, edx
bt edx, 5
bt esp, edx
bt esp, 5
bt [eax], eax
bt dword [eax], 7
bt [ebx+4], eax
bt dword [ebx+4], 7
bt [esp], eax
bt dword [esp], 7
bt [ebp], eax
bt dword [ebp], 7
bt [esp+8], eax
bt dword [esp+8], 7
bts ax, bx
bts ax, 5
bts bx, bx
bts bx, 5
bts bp, bx
bts bp, 5
bts [eax], ax
bts word [eax], 7
bts [ebx+4], ax
bts word [ebx+4], 7
bts [esp], ax
bts word [esp], 7
bts [ebp], ax
bts word [ebp], 7
bts [esp+8], ax
bts word [esp+8], 7
bts eax, edx
bts eax, 5
bts edx, edx
bts edx, 5
bts esp, edx
bts esp, 5
bts [eax], eax
bts dword [eax], 7
bts [ebx+4], eax
bts dword [ebx+4], 7
bts [esp], eax
bts dword [esp], 7
bts [ebp], eax
bts dword [ebp], 7
bts [esp+8], eax
bts dword [esp+8], 7
btr ax, bx
btr ax, 5
btr bx, bx
btr bx, 5
btr bp, bx
btr bp, 5
btr [eax], ax
btr word [eax], 7
btr [ebx+4], ax
btr word [ebx+4], 7
btr [esp], ax
btr word [esp], 7
btr [ebp], ax
btr word [ebp], 7
btr [esp+8], ax
btr word [esp+8], 7
btr eax, edx
btr eax, 5
btr edx, edx
btr edx, 5
btr esp, edx
btr esp, 5
btr [eax], eax
btr dword [eax], 7
btr [ebx+4], eax
btr dword [ebx+4], 7
btr [esp], eax
btr dword [esp], 7
btr [ebp], eax
btr dword [ebp], 7
btr [esp+8], eax
btr dword [esp+8], 7
btc ax, bx
btc ax, 5
btc bx, bx
btc bx, 5
btc bp, bx
btc bp, 5
btc [eax], ax
btc word [eax], 7
btc [ebx+4], ax
btc word [ebx+4], 7
btc [esp], ax
btc word [esp], 7
btc [ebp], ax
btc word [ebp], 7
btc [esp+8], ax
btc word [esp+8], 7
btc eax, edx
btc eax, 5
btc edx, edx
btc edx, 5
btc esp, edx
btc esp, 5
btc [eax], eax
btc dword [eax], 7
btc [ebx+4], eax
btc dword [ebx+4], 7
btc [esp], eax
btc dword [esp], 7
btc [ebp], eax
btc dword [ebp], 7
btc [esp+8], eax
btc dword [esp+8], 7
seto al
seto cl
seto ah
seto bl
seto byte [ebx+4]
seto [esp]
cmovo ax, bp
cmovo bx, [ebp]
cmovo eax, esp
cmovo edx, [ebp]
setno al
setno cl
setno ah
setno bl
setno byte [ebx+4]
setno [esp]
cmovno ax, bp
cmovno bx, [ebp]
cmovno eax, esp
cmovno edx, [ebp]
setb al
setb cl
setb ah
setb bl
setb byte [ebx+4]
setb [esp]
cmovb ax, bp
cmovb bx, [ebp]
cmovb eax, esp
cmovb edx, [ebp]
setc al
setc cl
setc ah
setc bl
setc byte [ebx+4]
setc [esp]
cmovc ax, bp
cmovc bx, [ebp]
cmovc eax, esp
cmovc edx, [ebp]
setnae al
setnae cl
setnae ah
setnae bl
setnae byte [ebx+4]
setnae [esp]
cmovnae ax, bp
cmovnae bx, [ebp]
cmovnae eax, esp
cmovnae edx, [ebp]
setae al
setae cl
setae ah
setae bl
setae byte [ebx+4]
setae [esp]
cmovae ax, bp
cmovae bx, [ebp]
cmovae eax, esp
cmovae edx, [ebp]
setnb al
setnb cl
setnb ah
setnb bl
setnb byte [ebx+4]
setnb [esp]
cmovnb ax, bp
cmovnb bx, [ebp]
cmovnb eax, esp
cmovnb edx, [ebp]
setnc al
setnc cl
setnc ah
setnc bl
setnc byte [ebx+4]
setnc [esp]
cmovnc ax, bp
cmovnc bx, [ebp]
cmovnc eax, esp
cmovnc edx, [ebp]
sete al
sete cl
sete ah
sete bl
sete byte [ebx+4]
sete [esp]
cmove ax, bp
cmove bx, [ebp]
cmove eax, esp
cmove edx, [ebp]
setz al
setz cl
setz ah
setz bl
setz byte [ebx+4]
setz [esp]
cmovz ax, bp
cmovz bx, [ebp]
cmovz eax, esp
cmovz edx, [ebp]
setne al
setne cl
setne ah
setne bl
setne byte [ebx+4]
setne [esp]
cmovne ax, bp
cmovne bx, [ebp]
cmovne eax, esp
cmovne edx, [ebp]
setnz al
setnz cl
setnz ah
setnz bl
setnz byte [ebx+4]
setnz [esp]
cmovnz ax, bp
cmovnz bx, [ebp]
cmovnz eax, esp
cmovnz edx, [ebp]
setbe al
setbe cl
setbe ah
setbe bl
setbe byte [ebx+4]
setbe [esp]
cmovbe ax, bp
cmovbe bx, [ebp]
cmovbe eax, esp
cmovbe edx, [ebp]
setna al
setna cl
setna ah
setna bl
setna byte [ebx+4]
setna [esp]
cmovna ax, bp
cmovna bx, [ebp]
cmovna eax, esp
cmovna edx, [ebp]
seta al
seta cl
seta ah
seta bl
seta byte [ebx+4]
seta [esp]
cmova ax, bp
cmova bx, [ebp]
cmova eax, esp
cmova edx, [ebp]
setnbe al
setnbe cl
setnbe ah
setnbe bl
setnbe byte [ebx+4]
setnbe [esp]
cmovnbe ax, bp
cmovnbe bx, [ebp]
cmovnbe eax, esp
cmovnbe edx, [ebp]
sets al
sets cl
sets ah
sets bl
sets byte [ebx+4]
sets [esp]
cmovs ax, bp
cmovs bx, [ebp]
cmovs eax, esp
cmovs edx, [ebp]
setns al
setns cl
setns ah
setns bl
setns byte [ebx+4]
setns [esp]
cmovns ax, bp
cmovns bx, [ebp]
cmovns eax, esp
cmovns edx, [ebp]
setp al
setp cl
setp ah
setp bl
setp byte [ebx+4]
setp [esp]
cmovp ax, bp
cmovp bx, [ebp]
cmovp eax, esp
cmovp edx, [ebp]
setpe al
setpe cl
setpe ah
setpe bl
setpe byte [ebx+4]
setpe [esp]
cmovpe ax, bp
cmovpe bx, [ebp]
cmovpe eax, esp
cmovpe edx, [ebp]
setnp al
setnp cl
setnp ah
setnp bl
setnp byte [ebx+4]
setnp [esp]
cmovnp ax, bp
cmovnp bx, [ebp]
cmovnp eax, esp
cmovnp edx, [ebp]
setpo al
setpo cl
setpo ah
setpo bl
setpo byte [ebx+4]
setpo [esp]
cmovpo ax, bp
cmovpo bx, [ebp]
cmovpo eax, esp
cmovpo edx, [ebp]
setl al
setl cl
setl ah
setl bl
setl byte [ebx+4]
setl [esp]
cmovl ax, bp
cmovl bx, [ebp]
cmovl eax, esp
cmovl edx, [ebp]
setnge al
setnge cl
setnge ah
setnge bl
setnge byte [ebx+4]
setnge [esp]
cmovnge ax, bp
cmovnge bx, [ebp]
cmovnge eax, esp
cmovnge edx, [ebp]
setge al
setge cl
setge ah
setge bl
setge byte [ebx+4]
setge [esp]
cmovge ax, bp
cmovge bx, [ebp]
cmovge eax, esp
cmovge edx, [ebp]
setnl al
setnl cl
setnl ah
setnl bl
setnl byte [ebx+4]
setnl [esp]
cmovnl ax, bp
cmovnl bx, [ebp]
cmovnl eax, esp
cmovnl edx, [ebp]
setle al
setle cl
setle ah
setle bl
setle byte [ebx+4]
setle [esp]
cmovle ax, bp
cmovle bx, [ebp]
cmovle eax, esp
cmovle edx, [ebp]
setng al
setng cl
setng ah
setng bl
setng byte [ebx+4]
setng [esp]
cmovng ax, bp
cmovng bx, [ebp]
cmovng eax, esp
cmovng edx, [ebp]
setg al
setg cl
setg ah
setg bl
setg byte [ebx+4]
setg [esp]
cmovg ax, bp
cmovg bx, [ebp]
cmovg eax, esp
cmovg edx, [ebp]
setnle al
setnle cl
setnle ah
setnle bl
setnle byte [ebx+4]
setnle [esp]
cmovnle ax, bp
cmovnle bx, [ebp]
cmovnle eax, esp
cmovnle edx, [ebp]
push ax
pop ax
push bx
pop bx
push bp
pop bp
push si
pop si
push word [eax]
pop word [eax]
push word [ebx+4]
pop word [ebx+4]
push word [esp]
pop word [esp]
push word [ebp]
pop word [ebp]
push word [esp+8]
pop word [esp+8]
push word [ebp-0x80]
pop word [ebp-0x80]
push eax
pop eax
push edx
pop edx
push esp
pop esp
push ebp
pop ebp
push edi
pop edi
push dword [eax]
pop dword [eax]
push dword [ebx+4]
pop dword [ebx+4]
push dword [esp]
pop dword [esp]
push dword [ebp]
pop dword [ebp]
push dword [esp+8]
pop dword [esp+8]
push dword [ebp-0x80]
pop dword [ebp-0x80]
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
lgdt [eax]
o32 lgdt [eax]
lgdt [ebx+4]
o32 lgdt [ebx+4]
lgdt [esp]
o32 lgdt [esp]
lgdt [ebp]
o32 lgdt [ebp]
lgdt [esp+8]
o32 lgdt [esp+8]
lgdt [ebp-0x80]
o32 lgdt [ebp-0x80]
lidt [eax]
o32 lidt [eax]
lidt [ebx+4]
o32 lidt [ebx+4]
lidt [esp]
o32 lidt [esp]
lidt [ebp]
o32 lidt [ebp]
lidt [esp+8]
o32 lidt [esp+8]
lidt [ebp-0x80]
o32 lidt [ebp-0x80]
sgdt [eax]
o32 sgdt [eax]
sgdt [ebx+4]
o32 sgdt [ebx+4]
sgdt [esp]
o32 sgdt [esp]
sgdt [ebp]
o32 sgdt [ebp]
sgdt [esp+8]
o32 sgdt [esp+8]
sgdt [ebp-0x80]
o32 sgdt [ebp-0x80]
sidt [eax]
o32 sidt [eax]
sidt [ebx+4]
o32 sidt [ebx+4]
sidt [esp]
o32 sidt [esp]
sidt [ebp]
o32 sidt [ebp]
sidt [esp+8]
o32 sidt [esp+8]
sidt [ebp-0x80]
o32 sidt [ebp-0x80]
invlpg [eax]
o32 invlpg [eax]
invlpg [ebx+4]
o32 invlpg [ebx+4]
invlpg [esp]
o32 invlpg [esp]
invlpg [ebp]
o32 invlpg [ebp]
invlpg [esp+8]
o32 invlpg [esp+8]
invlpg [ebp-0x80]
o32 invlpg [ebp-0x80]
lldt ax
lldt bx
lldt [eax]
lldt word [eax]
lldt [ebx+4]
lldt word [ebx+4]
lldt [esp]
lldt word [esp]
ltr ax
ltr bx
ltr [eax]
ltr word [eax]
ltr [ebx+4]
ltr word [ebx+4]
ltr [esp]
ltr word [esp]
verr ax
verr bx
verr [eax]
verr word [eax]
verr [ebx+4]
verr word [ebx+4]
verr [esp]
verr word [esp]
verw ax
verw bx
verw [eax]
verw word [eax]
verw [ebx+4]
verw word [ebx+4]
verw [esp]
verw word [esp]
lmsw ax
lmsw bx
lmsw [eax]
lmsw word [eax]
lmsw [ebx+4]
lmsw word [ebx+4]
lmsw [esp]
lmsw word [esp]
sldt ax
sldt bx
sldt eax
sldt [eax]
sldt word [eax]
sldt [ebx+4]
sldt word [ebx+4]
sldt [esp]
sldt word [esp]
str ax
str bx
str eax
str [eax]
str word [eax]
str [ebx+4]
str word [ebx+4]
str [esp]
str word [esp]
smsw ax
smsw bx
smsw eax
smsw [eax]
smsw word [eax]
smsw [ebx+4]
smsw word [ebx+4]
smsw [esp]
smsw word [esp]
jmp ax
jmp eax
jmp bx
jmp [eax]
jmp word [eax]
jmp dword [eax]
jmp far [eax]
jmp far word [eax]
jmp far dword [eax]
jmp [ebx+4]
jmp word [ebx+4]
jmp dword [ebx+4]
jmp far [ebx+4]
jmp far word [ebx+4]
jmp far dword [ebx+4]
jmp [esp]
jmp word [esp]
jmp dword [esp]
jmp far [esp]
jmp far word [esp]
jmp far dword [esp]
jmp [ebp]
jmp word [ebp]
jmp dword [ebp]
jmp far [ebp]
jmp far word [ebp]
jmp far dword [ebp]
jmp [esp+8]
jmp word [esp+8]
jmp dword [esp+8]
jmp far [esp+8]
jmp far word [esp+8]
jmp far dword [esp+8]
jmp [ebp-0x80]
jmp word [ebp-0x80]
jmp dword [ebp-0x80]
jmp far [ebp-0x80]
jmp far word [ebp-0x80]
jmp far dword [ebp-0x80]
jmp 0x10:0x1000
jmp word 0x8:0x20
jmp dword 0x8:0x12345
jmp 0x18:lbl
call ax
call eax
call bx
call [eax]
call word [eax]
call dword [eax]
call far [eax]
call far word [eax]
call far dword [eax]
call [ebx+4]
call word [ebx+4]
call dword [ebx+4]
call far [ebx+4]
call far word [ebx+4]
call far dword [ebx+4]
call [esp]
call word [esp]
call dword [esp]
call far [esp]
call far word [esp]
call far dword [esp]
call [ebp]
call word [ebp]
call dword [ebp]
call far [ebp]
call far word [ebp]
call far dword [ebp]
call [esp+8]
call word [esp+8]
call dword [esp+8]
call far [esp+8]
call far word [esp+8]
call far dword [esp+8]
call [ebp-0x80]
call word [ebp-0x80]
call dword [ebp-0x80]
call far [ebp-0x80]
call far word [ebp-0x80]
call far dword [ebp-0x80]
call 0x10:0x1000
call word 0x8:0x20
call dword 0x8:0x12345
call 0x18:lbl
movdqu xmm0, xmm3
movdqu xmm3, xmm3
movdqu xmm7, xmm3
movdqu xmm7, [eax]
movdqu [eax], xmm0
movdqu xmm0, oword [eax]
movdqu xmm7, [ebx+4]
movdqu [ebx+4], xmm0
movdqu xmm0, oword [ebx+4]
movdqu xmm7, [esp]
movdqu [esp], xmm0
movdqu xmm0, oword [esp]
movdqu xmm7, [ebp]
movdqu [ebp], xmm0
movdqu xmm0, oword [ebp]
movdqu xmm7, [esp+8]
movdqu [esp+8], xmm0
movdqu xmm0, oword [esp+8]
movdqu xmm7, [ebp-0x80]
movdqu [ebp-0x80], xmm0
movdqu xmm0, oword [ebp-0x80]
movdqu xmm7, [eax+ecx]
movdqu [eax+ecx], xmm0
movdqu xmm0, oword [eax+ecx]
movdqu xmm7, [ebp+eax]
movdqu [ebp+eax], xmm0
movdqu xmm0, oword [ebp+eax]
movdqa xmm0, xmm3
movdqa xmm3, xmm3
movdqa xmm7, xmm3
movdqa xmm7, [eax]
movdqa [eax], xmm0
movdqa xmm0, oword [eax]
movdqa xmm7, [ebx+4]
movdqa [ebx+4], xmm0
movdqa xmm0, oword [ebx+4]
movdqa xmm7, [esp]
movdqa [esp], xmm0
movdqa xmm0, oword [esp]
movdqa xmm7, [ebp]
movdqa [ebp], xmm0
movdqa xmm0, oword [ebp]
movdqa xmm7, [esp+8]
movdqa [esp+8], xmm0
movdqa xmm0, oword [esp+8]
movdqa xmm7, [ebp-0x80]
movdqa [ebp-0x80], xmm0
movdqa xmm0, oword [ebp-0x80]
movdqa xmm7, [eax+ecx]
movdqa [eax+ecx], xmm0
movdqa xmm0, oword [eax+ecx]
movdqa xmm7, [ebp+eax]
movdqa [ebp+eax], xmm0
movdqa xmm0, oword [ebp+eax]
movups xmm0, xmm3
movups xmm3, xmm3
movups xmm7, xmm3
movups xmm7, [eax]
movups [eax], xmm0
movups xmm0, oword [eax]
movups xmm7, [ebx+4]
movups [ebx+4], xmm0
movups xmm0, oword [ebx+4]
movups xmm7, [esp]
movups [esp], xmm0
movups xmm0, oword [esp]
movups xmm7, [ebp]
movups [ebp], xmm0
movups xmm0, oword [ebp]
movups xmm7, [esp+8]
movups [esp+8], xmm0
movups xmm0, oword [esp+8]
movups xmm7, [ebp-0x80]
movups [ebp-0x80], xmm0
movups xmm0, oword [ebp-0x80]
movups xmm7, [eax+ecx]
movups [eax+ecx], xmm0
movups xmm0, oword [eax+ecx]
movups xmm7, [ebp+eax]
movups [ebp+eax], xmm0
movups xmm0, oword [ebp+eax]
movaps xmm0, xmm3
movaps xmm3, xmm3
movaps xmm7, xmm3
movaps xmm7, [eax]
movaps [eax], xmm0
movaps xmm0, oword [eax]
movaps xmm7, [ebx+4]
movaps [ebx+4], xmm0
movaps xmm0, oword [ebx+4]
movaps xmm7, [esp]
movaps [esp], xmm0
movaps xmm0, oword [esp]
movaps xmm7, [ebp]
movaps [ebp], xmm0
movaps xmm0, oword [ebp]
movaps xmm7, [esp+8]
movaps [esp+8], xmm0
movaps xmm0, oword [esp+8]
movaps xmm7, [ebp-0x80]
movaps [ebp-0x80], xmm0
movaps xmm0, oword [ebp-0x80]
movaps xmm7, [eax+ecx]
movaps [eax+ecx], xmm0
movaps xmm0, oword [eax+ecx]
movaps xmm7, [ebp+eax]
movaps [ebp+eax], xmm0
movaps xmm0, oword [ebp+eax]
movupd xmm0, xmm3
movupd xmm3, xmm3
movupd xmm7, xmm3
movupd xmm7, [eax]
movupd [eax], xmm0
movupd xmm0, oword [eax]
movupd xmm7, [ebx+4]
movupd [ebx+4], xmm0
movupd xmm0, oword [ebx+4]
movupd xmm7, [esp]
movupd [esp], xmm0
movupd xmm0, oword [esp]
movupd xmm7, [ebp]
movupd [ebp], xmm0
movupd xmm0, oword [ebp]
movupd xmm7, [esp+8]
movupd [esp+8], xmm0
movupd xmm0, oword [esp+8]
movupd xmm7, [ebp-0x80]
movupd [ebp-0x80], xmm0
movupd xmm0, oword [ebp-0x80]
movupd xmm7, [eax+ecx]
movupd [eax+ecx], xmm0
movupd xmm0, oword [eax+ecx]
movupd xmm7, [ebp+eax]
movupd [ebp+eax], xmm0
movupd xmm0, oword [ebp+eax]
movapd xmm0, xmm3
movapd xmm3, xmm3
movapd xmm7, xmm3
movapd xmm7, [eax]
movapd [eax], xmm0
movapd xmm0, oword [eax]
movapd xmm7, [ebx+4]
movapd [ebx+4], xmm0
movapd xmm0, oword [ebx+4]
movapd xmm7, [esp]
movapd [esp], xmm0
movapd xmm0, oword [esp]
movapd xmm7, [ebp]
movapd [ebp], xmm0
movapd xmm0, oword [ebp]
movapd xmm7, [esp+8]
movapd [esp+8], xmm0
movapd xmm0, oword [esp+8]
movapd xmm7, [ebp-0x80]
movapd [ebp-0x80], xmm0
movapd xmm0, oword [ebp-0x80]
movapd xmm7, [eax+ecx]
movapd [eax+ecx], xmm0
movapd xmm0, oword [eax+ecx]
movapd xmm7, [ebp+eax]
movapd [ebp+eax], xmm0
movapd xmm0, oword [ebp+eax]
xorps xmm0, xmm3
xorps xmm3, xmm3
xorps xmm7, xmm3
xorps xmm7, [eax]
xorps xmm0, oword [eax]
xorps xmm7, [ebx+4]
xorps xmm0, oword [ebx+4]
xorps xmm7, [esp]
xorps xmm0, oword [esp]
xorps xmm7, [ebp]
xorps xmm0, oword [ebp]
xorps xmm7, [esp+8]
xorps xmm0, oword [esp+8]
xorps xmm7, [ebp-0x80]
xorps xmm0, oword [ebp-0x80]
xorps xmm7, [eax+ecx]
xorps xmm0, oword [eax+ecx]
xorps xmm7, [ebp+eax]
xorps xmm0, oword [ebp+eax]
andps xmm0, xmm3
andps xmm3, xmm3
andps xmm7, xmm3
andps xmm7, [eax]
andps xmm0, oword [eax]
andps xmm7, [ebx+4]
andps xmm0, oword [ebx+4]
andps xmm7, [esp]
andps xmm0, oword [esp]
andps xmm7, [ebp]
andps xmm0, oword [ebp]
andps xmm7, [esp+8]
andps xmm0, oword [esp+8]
andps xmm7, [ebp-0x80]
andps xmm0, oword [ebp-0x80]
andps xmm7, [eax+ecx]
andps xmm0, oword [eax+ecx]
andps xmm7, [ebp+eax]
andps xmm0, oword [ebp+eax]
orps xmm0, xmm3
orps xmm3, xmm3
orps xmm7, xmm3
orps xmm7, [eax]
orps xmm0, oword [eax]
orps xmm7, [ebx+4]
orps xmm0, oword [ebx+4]
orps xmm7, [esp]
orps xmm0, oword [esp]
orps xmm7, [ebp]
orps xmm0, oword [ebp]
orps xmm7, [esp+8]
orps xmm0, oword [esp+8]
orps xmm7, [ebp-0x80]
orps xmm0, oword [ebp-0x80]
orps xmm7, [eax+ecx]
orps xmm0, oword [eax+ecx]
orps xmm7, [ebp+eax]
orps xmm0, oword [ebp+eax]
pxor xmm0, xmm3
pxor xmm3, xmm3
pxor xmm7, xmm3
pxor xmm7, [eax]
pxor xmm0, oword [eax]
pxor xmm7, [ebx+4]
pxor xmm0, oword [ebx+4]
pxor xmm7, [esp]
pxor xmm0, oword [esp]
pxor xmm7, [ebp]
pxor xmm0, oword [ebp]
pxor xmm7, [esp+8]
pxor xmm0, oword [esp+8]
pxor xmm7, [ebp-0x80]
pxor xmm0, oword [ebp-0x80]
pxor xmm7, [eax+ecx]
pxor xmm0, oword [eax+ecx]
pxor xmm7, [ebp+eax]
pxor xmm0, oword [ebp+eax]
por xmm0, xmm3
por xmm3, xmm3
por xmm7, xmm3
por xmm7, [eax]
por xmm0, oword [eax]
por xmm7, [ebx+4]
por xmm0, oword [ebx+4]
por xmm7, [esp]
por xmm0, oword [esp]
por xmm7, [ebp]
por xmm0, oword [ebp]
por xmm7, [esp+8]
por xmm0, oword [esp+8]
por xmm7, [ebp-0x80]
por xmm0, oword [ebp-0x80]
por xmm7, [eax+ecx]
por xmm0, oword [eax+ecx]
por xmm7, [ebp+eax]
por xmm0, oword [ebp+eax]
pand xmm0, xmm3
pand xmm3, xmm3
pand xmm7, xmm3
pand xmm7, [eax]
pand xmm0, oword [eax]
pand xmm7, [ebx+4]
pand xmm0, oword [ebx+4]
pand xmm7, [esp]
pand xmm0, oword [esp]
pand xmm7, [ebp]
pand xmm0, oword [ebp]
pand xmm7, [esp+8]
pand xmm0, oword [esp+8]
pand xmm7, [ebp-0x80]
pand xmm0, oword [ebp-0x80]
pand xmm7, [eax+ecx]
pand xmm0, oword [eax+ecx]
pand xmm7, [ebp+eax]
pand xmm0, oword [ebp+eax]
pandn xmm0, xmm3
pandn xmm3, xmm3
pandn xmm7, xmm3
pandn xmm7, [eax]
pandn xmm0, oword [eax]
pandn xmm7, [ebx+4]
pandn xmm0, oword [ebx+4]
pandn xmm7, [esp]
pandn xmm0, oword [esp]
pandn xmm7, [ebp]
pandn xmm0, oword [ebp]
pandn xmm7, [esp+8]
pandn xmm0, oword [esp+8]
pandn xmm7, [ebp-0x80]
pandn xmm0, oword [ebp-0x80]
pandn xmm7, [eax+ecx]
pandn xmm0, oword [eax+ecx]
pandn xmm7, [ebp+eax]
pandn xmm0, oword [ebp+eax]
paddb xmm0, xmm3
paddb xmm3, xmm3
paddb xmm7, xmm3
paddb xmm7, [eax]
paddb xmm0, oword [eax]
paddb xmm7, [ebx+4]
paddb xmm0, oword [ebx+4]
paddb xmm7, [esp]
paddb xmm0, oword [esp]
paddb xmm7, [ebp]
paddb xmm0, oword [ebp]
paddb xmm7, [esp+8]
paddb xmm0, oword [esp+8]
paddb xmm7, [ebp-0x80]
paddb xmm0, oword [ebp-0x80]
paddb xmm7, [eax+ecx]
paddb xmm0, oword [eax+ecx]
paddb xmm7, [ebp+eax]
paddb xmm0, oword [ebp+eax]
paddw xmm0, xmm3
paddw xmm3, xmm3
paddw xmm7, xmm3
paddw xmm7, [eax]
paddw xmm0, oword [eax]
paddw xmm7, [ebx+4]
paddw xmm0, oword [ebx+4]
paddw xmm7, [esp]
paddw xmm0, oword [esp]
paddw xmm7, [ebp]
paddw xmm0, oword [ebp]
paddw xmm7, [esp+8]
paddw xmm0, oword [esp+8]
paddw xmm7, [ebp-0x80]
paddw xmm0, oword [ebp-0x80]
paddw xmm7, [eax+ecx]
paddw xmm0, oword [eax+ecx]
paddw xmm7, [ebp+eax]
paddw xmm0, oword [ebp+eax]
paddd xmm0, xmm3
paddd xmm3, xmm3
paddd xmm7, xmm3
paddd xmm7, [eax]
paddd xmm0, oword [eax]
paddd xmm7, [ebx+4]
paddd xmm0, oword [ebx+4]
paddd xmm7, [esp]
paddd xmm0, oword [esp]
paddd xmm7, [ebp]
paddd xmm0, oword [ebp]
paddd xmm7, [esp+8]
paddd xmm0, oword [esp+8]
paddd xmm7, [ebp-0x80]
paddd xmm0, oword [ebp-0x80]
paddd xmm7, [eax+ecx]
paddd xmm0, oword [eax+ecx]
paddd xmm7, [ebp+eax]
paddd xmm0, oword [ebp+eax]
paddq xmm0, xmm3
paddq xmm3, xmm3
paddq xmm7, xmm3
paddq xmm7, [eax]
paddq xmm0, oword [eax]
paddq xmm7, [ebx+4]
paddq xmm0, oword [ebx+4]
paddq xmm7, [esp]
paddq xmm0, oword [esp]
paddq xmm7, [ebp]
paddq xmm0, oword [ebp]
paddq xmm7, [esp+8]
paddq xmm0, oword [esp+8]
paddq xmm7, [ebp-0x80]
paddq xmm0, oword [ebp-0x80]
paddq xmm7, [eax+ecx]
paddq xmm0, oword [eax+ecx]
paddq xmm7, [ebp+eax]
paddq xmm0, oword [ebp+eax]
psubb xmm0, xmm3
psubb xmm3, xmm3
psubb xmm7, xmm3
psubb xmm7, [eax]
psubb xmm0, oword [eax]
psubb xmm7, [ebx+4]
psubb xmm0, oword [ebx+4]
psubb xmm7, [esp]
psubb xmm0, oword [esp]
psubb xmm7, [ebp]
psubb xmm0, oword [ebp]
psubb xmm7, [esp+8]
psubb xmm0, oword [esp+8]
psubb xmm7, [ebp-0x80]
psubb xmm0, oword [ebp-0x80]
psubb xmm7, [eax+ecx]
psubb xmm0, oword [eax+ecx]
psubb xmm7, [ebp+eax]
psubb xmm0, oword [ebp+eax]
psubw xmm0, xmm3
psubw xmm3, xmm3
psubw xmm7, xmm3
psubw xmm7, [eax]
psubw xmm0, oword [eax]
psubw xmm7, [ebx+4]
psubw xmm0, oword [ebx+4]
psubw xmm7, [esp]
psubw xmm0, oword [esp]
psubw xmm7, [ebp]
psubw xmm0, oword [ebp]
psubw xmm7, [esp+8]
psubw xmm0, oword [esp+8]
psubw xmm7, [ebp-0x80]
psubw xmm0, oword [ebp-0x80]
psubw xmm7, [eax+ecx]
psubw xmm0, oword [eax+ecx]
psubw xmm7, [ebp+eax]
psubw xmm0, oword [ebp+eax]
psubd xmm0, xmm3
psubd xmm3, xmm3
psubd xmm7, xmm3
psubd xmm7, [eax]
psubd xmm0, oword [eax]
psubd xmm7, [ebx+4]
psubd xmm0, oword [ebx+4]
psubd xmm7, [esp]
psubd xmm0, oword [esp]
psubd xmm7, [ebp]
psubd xmm0, oword [ebp]
psubd xmm7, [esp+8]
psubd xmm0, oword [esp+8]
psubd xmm7, [ebp-0x80]
psubd xmm0, oword [ebp-0x80]
psubd xmm7, [eax+ecx]
psubd xmm0, oword [eax+ecx]
psubd xmm7, [ebp+eax]
psubd xmm0, oword [ebp+eax]
psubq xmm0, xmm3
psubq xmm3, xmm3
psubq xmm7, xmm3
psubq xmm7, [eax]
psubq xmm0, oword [eax]
psubq xmm7, [ebx+4]
psubq xmm0, oword [ebx+4]
psubq xmm7, [esp]
psubq xmm0, oword [esp]
psubq xmm7, [ebp]
psubq xmm0, oword [ebp]
psubq xmm7, [esp+8]
psubq xmm0, oword [esp+8]
psubq xmm7, [ebp-0x80]
psubq xmm0, oword [ebp-0x80]
psubq xmm7, [eax+ecx]
psubq xmm0, oword [eax+ecx]
psubq xmm7, [ebp+eax]
psubq xmm0, oword [ebp+eax]
pcmpeqb xmm0, xmm3
pcmpeqb xmm3, xmm3
pcmpeqb xmm7, xmm3
pcmpeqb xmm7, [eax]
pcmpeqb xmm0, oword [eax]
pcmpeqb xmm7, [ebx+4]
pcmpeqb xmm0, oword [ebx+4]
pcmpeqb xmm7, [esp]
pcmpeqb xmm0, oword [esp]
pcmpeqb xmm7, [ebp]
pcmpeqb xmm0, oword [ebp]
pcmpeqb xmm7, [esp+8]
pcmpeqb xmm0, oword [esp+8]
pcmpeqb xmm7, [ebp-0x80]
pcmpeqb xmm0, oword [ebp-0x80]
pcmpeqb xmm7, [eax+ecx]
pcmpeqb xmm0, oword [eax+ecx]
pcmpeqb xmm7, [ebp+eax]
pcmpeqb xmm0, oword [ebp+eax]
pcmpeqw xmm0, xmm3
pcmpeqw xmm3, xmm3
pcmpeqw xmm7, xmm3
pcmpeqw xmm7, [eax]
pcmpeqw xmm0, oword [eax]
pcmpeqw xmm7, [ebx+4]
pcmpeqw xmm0, oword [ebx+4]
pcmpeqw xmm7, [esp]
pcmpeqw xmm0, oword [esp]
pcmpeqw xmm7, [ebp]
pcmpeqw xmm0, oword [ebp]
pcmpeqw xmm7, [esp+8]
pcmpeqw xmm0, oword [esp+8]
pcmpeqw xmm7, [ebp-0x80]
pcmpeqw xmm0, oword [ebp-0x80]
pcmpeqw xmm7, [eax+ecx]
pcmpeqw xmm0, oword [eax+ecx]
pcmpeqw xmm7, [ebp+eax]
pcmpeqw xmm0, oword [ebp+eax]
pcmpeqd xmm0, xmm3
pcmpeqd xmm3, xmm3
pcmpeqd xmm7, xmm3
pcmpeqd xmm7, [eax]
pcmpeqd xmm0, oword [eax]
pcmpeqd xmm7, [ebx+4]
pcmpeqd xmm0, oword [ebx+4]
pcmpeqd xmm7, [esp]
pcmpeqd xmm0, oword [esp]
pcmpeqd xmm7, [ebp]
pcmpeqd xmm0, oword [ebp]
pcmpeqd xmm7, [esp+8]
pcmpeqd xmm0, oword [esp+8]
pcmpeqd xmm7, [ebp-0x80]
pcmpeqd xmm0, oword [ebp-0x80]
pcmpeqd xmm7, [eax+ecx]
pcmpeqd xmm0, oword [eax+ecx]
pcmpeqd xmm7, [ebp+eax]
pcmpeqd xmm0, oword [ebp+eax]
movd xmm0, eax
movd eax, xmm0
movd xmm3, eax
movd eax, xmm3
movd xmm7, eax
movd eax, xmm7
movd xmm0, [eax]
movd [eax], xmm3
movd xmm0, dword [eax]
movd xmm0, [ebx+4]
movd [ebx+4], xmm3
movd xmm0, dword [ebx+4]
movd xmm0, [esp]
movd [esp], xmm3
movd xmm0, dword [esp]
movd xmm0, [ebp]
movd [ebp], xmm3
movd xmm0, dword [ebp]
movq xmm0, xmm3
movq xmm3, xmm0
movq xmm3, xmm3
movq xmm3, xmm3
movq xmm7, xmm3
movq xmm3, xmm7
movq xmm0, [eax]
movq [eax], xmm3
movq xmm0, qword [eax]
movq xmm0, [ebx+4]
movq [ebx+4], xmm3
movq xmm0, qword [ebx+4]
movq xmm0, [esp]
movq [esp], xmm3
movq xmm0, qword [esp]
movq xmm0, [ebp]
movq [ebp], xmm3
movq xmm0, qword [ebp]
lbl: nop
