bits 64
org 0x7c00
l0:
  jmp short l1
  times 114 nop
l1:
  jc l0
  times 139 nop
l2:
  times 16 nop
l3:
  jmp l3
  jc l1
  times 2 nop
l4:
  loop l5
  times 2 nop
l5:
  times 132 nop
  mov eax, l98 - l0
  add eax, l10 - l5
  mov ebx, [l63 - l5]
l6:
  jnz near l7
  times 109 nop
l7:
  times 13 nop
l8:
  jc l5
  call l11
  times 1 nop
  mov eax, l37 - l0
  add eax, l84 - l8
  mov ebx, [l119 - l8]
l9:
  times 16 nop
l10:
  call l14
  times 15 nop
l11:
  jc l15
  jge l14
  times 16 nop
l12:
  jrcxz l11
  ja l16
  call l13
  times 125 nop
  mov eax, l10 - l0
  add eax, l91 - l12
  mov ebx, [l21 - l12]
l13:
  jnz l10
  times 15 nop
l14:
  jge l17
  call l12
  times 9 nop
l15:
  jge l17
  times 115 nop
  mov eax, l10 - l0
  add eax, l8 - l15
  mov ebx, [l90 - l15]
l16:
  times 14 nop
  mov eax, l105 - l0
  add eax, l92 - l16
  mov ebx, [l98 - l16]
l17:
  jnz l19
  jle l15
  times 131 nop
l18:
  jnz l22
  times 127 nop
  mov eax, l97 - l0
  add eax, l12 - l18
  mov ebx, [l62 - l18]
l19:
  jz l17
  times 102 nop
  mov eax, l40 - l0
  add eax, l56 - l19
  mov ebx, [l88 - l19]
l20:
  times 8 nop
l21:
  jrcxz l20
  jz l25
  times 9 nop
l22:
  jc l22
  call l25
  times 15 nop
l23:
  times 0 nop
  mov eax, l24 - l0
  add eax, l75 - l23
  mov ebx, [l53 - l23]
l24:
  call l25
  jc l26
  times 133 nop
l25:
  times 4 nop
  mov eax, l89 - l0
  add eax, l78 - l25
  mov ebx, [l65 - l25]
l26:
  loop l27
  times 11 nop
l27:
  jz l31
  times 138 nop
l28:
  jmp l28
  jc l30
  times 16 nop
l29:
  loop l29
  jnz l29
  jnz near l26
  times 16 nop
l30:
  jge l27
  loop l29
  times 134 nop
l31:
  jc l30
  times 114 nop
l32:
  times 6 nop
l33:
  jmp short l34
  times 7 nop
l34:
  jc l35
  call l37
  times 117 nop
l35:
  jge l38
  jz l32
  loop l37
  times 12 nop
l36:
  times 19 nop
l37:
  jle l39
  times 4 nop
l38:
  ja l39
  ja l39
  times 16 nop
l39:
  jle l35
  times 139 nop
l40:
  jge l36
  jmp near l38
  jnz near l39
  times 2 nop
l41:
  jc l44
  jmp near l38
  jle l44
  times 17 nop
l42:
  jnz near l40
  jrcxz l43
  times 10 nop
l43:
  jz l47
  jrcxz l42
  times 131 nop
l44:
  times 2 nop
l45:
  times 135 nop
l46:
  call l44
  times 101 nop
l47:
  loop l47
  jnz near l48
  times 139 nop
  mov eax, l40 - l0
  add eax, l42 - l47
  mov ebx, [l86 - l47]
l48:
  times 11 nop
l49:
  jc l45
  jrcxz l51
  times 0 nop
l50:
  times 11 nop
l51:
  jmp l49
  times 136 nop
l52:
  jge l50
  jnz near l52
  times 122 nop
l53:
  times 119 nop
  mov eax, l34 - l0
  add eax, l42 - l53
  mov ebx, [l26 - l53]
l54:
  times 5 nop
l55:
  times 10 nop
l56:
  jle l56
  times 6 nop
l57:
  jnz l60
  jmp near l57
  times 107 nop
l58:
  jc l54
  times 19 nop
l59:
  jnz near l55
  jnz l63
  jc l59
  times 12 nop
  mov eax, l83 - l0
  add eax, l30 - l59
  mov ebx, [l12 - l59]
l60:
  jge l61
  times 118 nop
l61:
  jnz l65
  ja l62
  call l59
  times 7 nop
l62:
  jz l60
  jmp l61
  times 14 nop
l63:
  jmp near l63
  jrcxz l63
  times 138 nop
  mov eax, l91 - l0
  add eax, l116 - l63
  mov ebx, [l60 - l63]
l64:
  times 138 nop
l65:
  times 0 nop
  mov eax, l98 - l0
  add eax, l90 - l65
  mov ebx, [l34 - l65]
l66:
  jrcxz l65
  times 6 nop
l67:
  times 4 nop
l68:
  call l71
  jnz l69
  times 10 nop
l69:
  jnz near l65
  loop l65
  jnz near l65
  times 106 nop
l70:
  times 18 nop
l71:
  jle l71
  jmp l71
  times 136 nop
l72:
  jz l72
  ja l70
  times 139 nop
  mov eax, l71 - l0
  add eax, l81 - l72
  mov ebx, [l36 - l72]
l73:
  jle l70
  jz l74
  times 108 nop
l74:
  jz l77
  ja l72
  times 123 nop
l75:
  jmp near l71
  ja l75
  times 1 nop
l76:
  call l73
  times 7 nop
l77:
  call l79
  times 117 nop
l78:
  jnz l79
  times 135 nop
l79:
  jmp l77
  ja l80
  times 5 nop
l80:
  loop l79
  call l80
  times 5 nop
l81:
  jmp l84
  times 115 nop
  mov eax, l32 - l0
  add eax, l29 - l81
  mov ebx, [l44 - l81]
l82:
  times 133 nop
l83:
  jmp l80
  jmp l85
  times 18 nop
l84:
  jmp near l86
  jnz near l82
  times 15 nop
l85:
  jle l88
  jz l88
  jmp near l89
  times 8 nop
l86:
  times 109 nop
l87:
  times 19 nop
l88:
  times 123 nop
l89:
  jnz l92
  times 109 nop
l90:
  jle l93
  jmp near l88
  jle l93
  times 111 nop
l91:
  jge l88
  times 5 nop
l92:
  jge l92
  jle l92
  jz l92
  times 0 nop
l93:
  jge l90
  jge l95
  times 122 nop
  mov eax, l50 - l0
  add eax, l119 - l93
  mov ebx, [l29 - l93]
l94:
  jnz l90
  times 6 nop
l95:
  call l99
  jmp near l98
  times 19 nop
l96:
  jmp near l95
  times 12 nop
l97:
  loop l98
  jmp short l95
  times 15 nop
l98:
  loop l97
  times 106 nop
l99:
  jrcxz l98
  times 118 nop
l100:
  jc l100
  times 5 nop
l101:
  jmp short l101
  jmp near l100
  times 5 nop
  mov eax, l47 - l0
  add eax, l82 - l101
  mov ebx, [l80 - l101]
l102:
  call l101
  jmp l106
  times 108 nop
l103:
  times 124 nop
l104:
  jz l101
  jnz near l107
  jc l108
  times 124 nop
l105:
  jnz l108
  jz l105
  times 17 nop
l106:
  jge l106
  times 101 nop
l107:
  times 116 nop
l108:
  jmp near l111
  jc l106
  times 105 nop
  mov eax, l94 - l0
  add eax, l15 - l108
  mov ebx, [l35 - l108]
l109:
  jle l106
  call l108
  times 120 nop
l110:
  jge l108
  times 138 nop
l111:
  jmp l111
  jmp near l114
  call l110
  times 115 nop
l112:
  times 111 nop
l113:
  jnz near l112
  jmp short l112
  jnz near l112
  times 7 nop
l114:
  times 114 nop
l115:
  call l112
  loop l115
  times 134 nop
l116:
  times 14 nop
l117:
  times 0 nop
l118:
  call l117
  times 9 nop
  mov eax, l74 - l0
  add eax, l32 - l118
  mov ebx, [l6 - l118]
l119:
  times 0 nop
