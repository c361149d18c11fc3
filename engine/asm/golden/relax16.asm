bits 16
org 0x7c00
l0:
  jnz l1
  jle l0
  jmp near l4
  times 111 nop
l1:
  jz l0
  times 106 nop
l2:
  ja l0
  times 8 nop
l3:
  jmp l5
  call l6
  times 19 nop
  mov eax, l88 - l0
  add eax, l94 - l3
  mov ebx, [l71 - l3]
l4:
  jge l3
  times 18 nop
  mov eax, l82 - l0
  add eax, l119 - l4
  mov ebx, [l104 - l4]
l5:
  jmp short l6
  loop l2
  jmp near l5
  times 117 nop
l6:
  times 113 nop
l7:
  jmp l6
  call l4
  call l8
  times 14 nop
  mov eax, l58 - l0
  add eax, l77 - l7
  mov ebx, [l0 - l7]
l8:
  jmp l12
  jmp near l6
  times 3 nop
l9:
  jle l10
  jmp l12
  times 16 nop
l10:
  jnz l10
  jc l14
  times 128 nop
l11:
  jmp near l10
  jmp near l8
  times 7 nop
l12:
  jge l11
  times 1 nop
l13:
  ja l17
  call l9
  times 129 nop
l14:
  jnz l17
  jc l13
  times 2 nop
  mov eax, l83 - l0
  add eax, l35 - l14
  mov ebx, [l65 - l14]
l15:
  loop l15
  times 10 nop
l16:
  jmp short l16
  jmp near l14
  times 1 nop
l17:
  ja l20
  times 7 nop
  mov eax, l24 - l0
  add eax, l116 - l17
  mov ebx, [l36 - l17]
l18:
  times 1 nop
l19:
  jle l18
  times 14 nop
l20:
  call l19
  ja l18
  jc l23
  times 14 nop
l21:
  times 103 nop
l22:
  call l19
  times 11 nop
l23:
  jge l19
  call l24
  jnz l19
  times 133 nop
l24:
  times 1 nop
l25:
  times 0 nop
l26:
  jmp short l25
  jle l24
  jcxz l28
  times 4 nop
  mov eax, l113 - l0
  add eax, l21 - l26
  mov ebx, [l40 - l26]
l27:
  jnz l29
  times 6 nop
l28:
  times 3 nop
l29:
  jc l31
  call l27
  jmp near l33
  times 13 nop
l30:
  jmp short l31
  jle l28
  jcxz l27
  times 0 nop
l31:
  call l29
  jc l33
  times 14 nop
l32:
  times 129 nop
l33:
  times 109 nop
  mov eax, l51 - l0
  add eax, l26 - l33
  mov ebx, [l88 - l33]
l34:
  times 4 nop
  mov eax, l67 - l0
  add eax, l75 - l34
  mov ebx, [l62 - l34]
l35:
  jz l39
  jge l34
  times 11 nop
l36:
  jle l36
  jcxz l34
  times 107 nop
l37:
  jge l35
  jle l36
  times 2 nop
l38:
  times 109 nop
l39:
  times 136 nop
l40:
  jmp near l44
  jmp short l42
  times 18 nop
l41:
  jnz l38
  jz l39
  times 6 nop
  mov eax, l112 - l0
  add eax, l28 - l41
  mov ebx, [l93 - l41]
l42:
  jz l42
  times 12 nop
l43:
  call l42
  times 3 nop
l44:
  jc l41
  jnz l44
  times 13 nop
  mov eax, l70 - l0
  add eax, l31 - l44
  mov ebx, [l51 - l44]
l45:
  jz l42
  ja l47
  jnz l49
  times 2 nop
l46:
  loop l50
  times 1 nop
l47:
  jle l49
  jnz l44
  loop l46
  times 6 nop
  mov eax, l8 - l0
  add eax, l1 - l47
  mov ebx, [l42 - l47]
l48:
  times 18 nop
l49:
  times 4 nop
l50:
  jnz near l52
  times 137 nop
l51:
  times 102 nop
l52:
  jge l54
  ja l56
  times 4 nop
l53:
  jnz l52
  jmp short l53
  ja l55
  times 112 nop
l54:
  jc l54
  times 103 nop
l55:
  jnz near l57
  call l53
  times 8 nop
  mov eax, l59 - l0
  add eax, l51 - l55
  mov ebx, [l12 - l55]
l56:
  times 0 nop
l57:
  call l53
  jmp l53
  times 1 nop
l58:
  times 4 nop
l59:
  jmp near l55
  jz l62
  jmp short l59
  times 137 nop
  mov eax, l1 - l0
  add eax, l85 - l59
  mov ebx, [l42 - l59]
l60:
  call l57
  times 8 nop
  mov eax, l29 - l0
  add eax, l31 - l60
  mov ebx, [l104 - l60]
l61:
  times 7 nop
l62:
  times 2 nop
l63:
  jnz near l67
  jle l61
  jmp near l60
  times 5 nop
l64:
  jmp near l60
  times 134 nop
l65:
  jz l68
  jge l68
  times 10 nop
  mov eax, l47 - l0
  add eax, l56 - l65
  mov ebx, [l58 - l65]
l66:
  jcxz l66
  times 11 nop
l67:
  jmp l71
  jc l67
  jmp l64
  times 121 nop
l68:
  times 139 nop
l69:
  times 2 nop
l70:
  call l69
  times 1 nop
l71:
  jc l71
  jmp l69
  times 12 nop
l72:
  jge l71
  jmp short l73
  jle l75
  times 2 nop
l73:
  jmp short l73
  jmp l74
  jmp short l74
  times 19 nop
l74:
  jz l72
  loop l71
  times 138 nop
l75:
  times 19 nop
l76:
  jz l80
  jnz near l78
  jc l74
  times 117 nop
l77:
  ja l77
  jcxz l80
  times 15 nop
  mov eax, l26 - l0
  add eax, l79 - l77
  mov ebx, [l116 - l77]
l78:
  jmp short l80
  times 19 nop
l79:
  jcxz l83
  times 16 nop
l80:
  jc l77
  times 6 nop
  mov eax, l114 - l0
  add eax, l34 - l80
  mov ebx, [l99 - l80]
l81:
  call l77
  jmp l82
  times 0 nop
l82:
  times 19 nop
l83:
  times 114 nop
l84:
  times 116 nop
l85:
  jz l84
  times 10 nop
l86:
  jle l90
  times 120 nop
l87:
  ja l84
  jc l84
  times 117 nop
l88:
  times 127 nop
l89:
  jz l90
  jnz l90
  times 116 nop
l90:
  times 115 nop
l91:
  times 2 nop
l92:
  loop l92
  jmp l89
  times 1 nop
l93:
  jmp short l91
  times 15 nop
l94:
  jnz l95
  times 18 nop
l95:
  jz l97
  jz l91
  times 3 nop
l96:
  jcxz l93
  jnz near l100
  times 16 nop
l97:
  times 18 nop
l98:
  jge l99
  jz l96
  jmp near l96
  times 109 nop
l99:
  jge l97
  jnz l98
  times 111 nop
l100:
  loop l101
  jnz near l98
  times 5 nop
l101:
  times 9 nop
l102:
  jmp short l102
  times 111 nop
  mov eax, l28 - l0
  add eax, l55 - l102
  mov ebx, [l43 - l102]
l103:
  times 113 nop
l104:
  jnz l107
  times 135 nop
l105:
  times 8 nop
l106:
  ja l103
  jcxz l107
  times 19 nop
  mov eax, l96 - l0
  add eax, l17 - l106
  mov ebx, [l119 - l106]
l107:
  jmp near l109
  jz l106
  jmp short l106
  times 2 nop
  mov eax, l86 - l0
  add eax, l98 - l107
  mov ebx, [l66 - l107]
l108:
  jnz near l109
  jz l112
  jnz near l105
  times 8 nop
l109:
  times 139 nop
l110:
  ja l106
  times 17 nop
l111:
  times 6 nop
l112:
  jcxz l114
  ja l112
  times 1 nop
  mov eax, l66 - l0
  add eax, l34 - l112
  mov ebx, [l31 - l112]
l113:
  times 15 nop
l114:
  times 103 nop
l115:
  jcxz l116
  jge l115
  jnz l111
  times 9 nop
l116:
  times 100 nop
l117:
  times 12 nop
  mov eax, l100 - l0
  add eax, l46 - l117
  mov ebx, [l76 - l117]
l118:
  jmp short l117
  times 115 nop
l119:
  times 13 nop
