bits 32
org 0x7c00
l0:
  times 19 nop
l1:
  jz l5
  times 118 nop
l2:
  jz l2
  call l0
  times 136 nop
l3:
  jmp near l6
  times 119 nop
l4:
  jc l8
  jnz near l7
  jge l4
  times 124 nop
l5:
  times 6 nop
l6:
  jnz near l8
  call l5
  times 135 nop
  mov eax, l58 - l0
  add eax, l28 - l6
  mov ebx, [l68 - l6]
l7:
  jmp near l6
  times 14 nop
l8:
  call l9
  times 7 nop
l9:
  jge l7
  jnz near l5
  jle l12
  times 105 nop
l10:
  jmp short l9
  times 11 nop
l11:
  jmp near l14
  jecxz l10
  jmp near l10
  times 133 nop
l12:
  times 112 nop
l13:
  jmp l13
  times 0 nop
l14:
  jmp short l14
  call l18
  times 121 nop
  mov eax, l36 - l0
  add eax, l3 - l14
  mov ebx, [l89 - l14]
l15:
  times 128 nop
l16:
  jnz near l13
  jnz near l19
  jge l14
  times 13 nop
l17:
  times 9 nop
  mov eax, l52 - l0
  add eax, l44 - l17
  mov ebx, [l38 - l17]
l18:
  jmp near l20
  times 0 nop
l19:
  times 138 nop
  mov eax, l62 - l0
  add eax, l96 - l19
  mov ebx, [l84 - l19]
l20:
  jnz near l18
  jc l20
  times 11 nop
l21:
  times 11 nop
l22:
  times 0 nop
  mov eax, l32 - l0
  add eax, l67 - l22
  mov ebx, [l52 - l22]
l23:
  times 9 nop
l24:
  ja l23
  times 7 nop
l25:
  jnz l24
  loop l27
  times 19 nop
l26:
  jecxz l29
  times 8 nop
l27:
  jecxz l23
  times 8 nop
l28:
  jle l32
  jecxz l30
  times 10 nop
l29:
  jmp l33
  jge l26
  jecxz l31
  times 8 nop
l30:
  jc l29
  ja l28
  jge l32
  times 10 nop
l31:
  jmp near l34
  jc l33
  times 105 nop
l32:
  times 11 nop
l33:
  jmp near l37
  times 109 nop
l34:
  jz l31
  ja l37
  call l37
  times 5 nop
l35:
  jmp near l32
  jge l36
  times 129 nop
  mov eax, l0 - l0
  add eax, l76 - l35
  mov ebx, [l76 - l35]
l36:
  jz l34
  jnz l33
  times 18 nop
l37:
  jc l36
  jnz l39
  jmp near l38
  times 16 nop
l38:
  jc l35
  call l41
  jz l41
  times 16 nop
l39:
  times 19 nop
  mov eax, l0 - l0
  add eax, l33 - l39
  mov ebx, [l5 - l39]
l40:
  times 7 nop
l41:
  call l42
  jmp short l40
  times 122 nop
l42:
  times 6 nop
  mov eax, l59 - l0
  add eax, l45 - l42
  mov ebx, [l65 - l42]
l43:
  jge l42
  jc l41
  jmp l45
  times 18 nop
l44:
  times 114 nop
l45:
  times 10 nop
l46:
  ja l42
  ja l43
  jge l45
  times 122 nop
  mov eax, l12 - l0
  add eax, l119 - l46
  mov ebx, [l59 - l46]
l47:
  times 2 nop
l48:
  call l47
  times 10 nop
l49:
  jmp short l49
  times 106 nop
l50:
  jc l50
  call l52
  times 4 nop
l51:
  jc l50
  jmp near l51
  times 119 nop
l52:
  times 0 nop
  mov eax, l115 - l0
  add eax, l49 - l52
  mov ebx, [l117 - l52]
l53:
  jle l54
  jmp short l53
  times 1 nop
l54:
  jle l56
  times 17 nop
l55:
  jmp near l51
  jnz l57
  jnz l51
  times 123 nop
l56:
  jc l53
  times 129 nop
l57:
  times 123 nop
l58:
  jmp l56
  call l60
  jz l54
  times 104 nop
l59:
  loop l60
  jnz l61
  call l61
  times 18 nop
l60:
  jc l64
  times 8 nop
l61:
  call l65
  jnz near l57
  times 9 nop
  mov eax, l7 - l0
  add eax, l43 - l61
  mov ebx, [l39 - l61]
l62:
  times 105 nop
l63:
  times 17 nop
l64:
  jle l61
  times 107 nop
l65:
  jnz l67
  jz l68
  jc l67
  times 129 nop
l66:
  loop l70
  times 17 nop
l67:
  call l65
  times 5 nop
l68:
  jmp near l70
  times 7 nop
l69:
  call l73
  loop l67
  jnz near l65
  times 17 nop
  mov eax, l17 - l0
  add eax, l103 - l69
  mov ebx, [l73 - l69]
l70:
  jz l66
  jnz l66
  times 6 nop
l71:
  times 13 nop
l72:
  times 14 nop
l73:
  jc l70
  jmp short l69
  times 110 nop
l74:
  jge l75
  times 13 nop
l75:
  times 18 nop
l76:
  jmp short l76
  times 107 nop
l77:
  jmp l78
  jmp short l81
  jnz near l79
  times 13 nop
l78:
  jmp short l81
  times 13 nop
l79:
  call l78
  jnz l82
  times 0 nop
l80:
  jc l84
  times 4 nop
  mov eax, l17 - l0
  add eax, l17 - l80
  mov ebx, [l14 - l80]
l81:
  times 122 nop
l82:
  times 120 nop
l83:
  jmp near l83
  call l86
  jecxz l84
  times 5 nop
l84:
  jge l85
  jc l82
  jmp short l84
  times 122 nop
l85:
  jge l85
  times 5 nop
l86:
  call l86
  jc l86
  times 4 nop
l87:
  times 129 nop
l88:
  jc l92
  jmp near l89
  times 3 nop
l89:
  ja l87
  jge l92
  times 7 nop
l90:
  times 13 nop
l91:
  times 5 nop
l92:
  ja l96
  jnz l96
  jz l92
  times 101 nop
l93:
  jmp l96
  times 128 nop
l94:
  times 10 nop
l95:
  jge l96
  jmp near l95
  times 113 nop
l96:
  jmp l98
  jnz near l96
  times 103 nop
  mov eax, l103 - l0
  add eax, l2 - l96
  mov ebx, [l62 - l96]
l97:
  times 4 nop
  mov eax, l107 - l0
  add eax, l54 - l97
  mov ebx, [l24 - l97]
l98:
  jmp short l98
  times 130 nop
l99:
  times 6 nop
l100:
  ja l98
  jmp l101
  jle l98
  times 4 nop
l101:
  jnz l102
  ja l104
  jmp near l102
  times 7 nop
l102:
  jc l102
  ja l99
  times 134 nop
  mov eax, l108 - l0
  add eax, l22 - l102
  mov ebx, [l7 - l102]
l103:
  jnz near l101
  jecxz l103
  jnz near l107
  times 14 nop
  mov eax, l110 - l0
  add eax, l105 - l103
  mov ebx, [l12 - l103]
l104:
  jnz near l105
  jz l108
  times 114 nop
l105:
  jz l108
  ja l101
  call l105
  times 114 nop
l106:
  times 10 nop
l107:
  times 6 nop
l108:
  jmp near l112
  jc l110
  times 5 nop
l109:
  jc l106
  times 6 nop
l110:
  times 2 nop
l111:
  jnz l108
  jmp l115
  loop l114
  times 19 nop
l112:
  times 19 nop
l113:
  jz l113
  times 9 nop
  mov eax, l100 - l0
  add eax, l71 - l113
  mov ebx, [l110 - l113]
l114:
  jge l115
  ja l112
  jge l114
  times 4 nop
l115:
  jz l112
  jmp near l112
  times 0 nop
l116:
  times 108 nop
l117:
  jmp short l116
  times 107 nop
  mov eax, l41 - l0
  add eax, l34 - l117
  mov ebx, [l28 - l117]
l118:
  times 123 nop
l119:
  jnz near l118
  times 108 nop
