/* opcodes.h: the instruction set, written once as an X-macro.
 *
 * Included by the enum (bytecode.h), the interpreter's dispatch table
 * (interp.c), the disassembler (disasm.c) and codegen.  Each entry is
 * OP(name, format, comment).  An instruction is one 64-bit word:
 *
 *    63      48 47      32 31      16 15    8 7     0
 *   +----------+----------+----------+-------+-------+
 *   |    c     |    b     |    a     |   x   |  op   |
 *   +----------+----------+----------+-------+-------+
 *
 * a, b, c are 16-bit slot numbers of the current frame, constant indexes
 * or immediates; x is an 8-bit flag byte.  Formats name the operands:
 *   A   a slot        B/C  b/c slots      sB/sC  b/c signed immediates
 *   K   b: index into the function's constant words
 *   Bx  b|c as one unsigned 32-bit number, sBx the same signed
 *   J   c: a signed jump offset (from the next instruction)
 * Jumps are relative to the instruction after the jump.
 *
 * Every instruction is typed: ADD is 64-bit integer addition, ADDF float64
 * addition, EQS string equality.  Integer slots are always normalised (sized
 * types sign- or zero-extended); the sized arithmetic is the 64-bit op
 * followed by one of the SEXT/ZEXT ops.  float32 is kept as a double
 * rounded by F32 after each operation.
 */

#define OPCODES(OP)                                                        \
	OP(NOP, "", "do nothing")                                          \
	/* moves and constants */                                          \
	OP(MOV, "AB", "a = b (one word)")                                  \
	OP(MOV2, "AB", "a,a+1 = b,b+1")                                    \
	OP(MOV3, "AB", "a..a+2 = b..b+2")                                  \
	OP(MOVN, "ABC", "a..a+c-1 = b..b+c-1")                             \
	OP(ZERO, "AB", "a..a+b-1 = 0")                                     \
	OP(LOADI, "AsBx", "a = signed 32-bit immediate")                   \
	OP(LOADK, "AK", "a = k[b]")                                        \
	OP(LOADS, "AK", "a,a+1 = k[b],k[b+1] (a string constant)")         \
	OP(GGET, "ABC", "a..a+c-1 = globals[b..b+c-1]")                    \
	OP(GSET, "ABC", "globals[a..a+c-1] = b..b+c-1")                    \
	/* integer arithmetic on 64 bits */                                \
	OP(ADD, "ABC", "a = b + c")                                        \
	OP(ADDK, "ABsC", "a = b + imm")                                    \
	OP(SUB, "ABC", "a = b - c")                                        \
	OP(MUL, "ABC", "a = b * c")                                        \
	OP(MULK, "ABsC", "a = b * imm")                                    \
	OP(DIVK, "ABsC", "a = b / imm signed (imm not 0 or -1)")           \
	OP(MODK, "ABsC", "a = b % imm signed (imm not 0 or -1)")           \
	OP(DIVUK, "ABC", "a = b / imm unsigned (imm not 0)")               \
	OP(MODUK, "ABC", "a = b % imm unsigned (imm not 0)")               \
	OP(ANDK, "ABC", "a = b & imm (zero-extended)")                     \
	OP(ORK, "ABC", "a = b | imm")                                      \
	OP(XORK, "ABC", "a = b ^ imm")                                     \
	OP(DIV, "ABC", "a = b / c signed (panics on zero)")                \
	OP(DIVU, "ABC", "a = b / c unsigned")                              \
	OP(MOD, "ABC", "a = b % c signed")                                 \
	OP(MODU, "ABC", "a = b % c unsigned")                              \
	OP(AND, "ABC", "a = b & c")                                        \
	OP(OR, "ABC", "a = b | c")                                         \
	OP(XOR, "ABC", "a = b ^ c")                                        \
	OP(ANDNOT, "ABC", "a = b &^ c")                                    \
	OP(SHL, "ABC", "a = b << c (c unsigned; >= 64 gives 0)")           \
	OP(SHR, "ABC", "a = b >> c arithmetic")                            \
	OP(SHRU, "ABC", "a = b >> c logical")                              \
	OP(SHLK, "ABC", "a = b << imm")                                    \
	OP(SHRK, "ABC", "a = b >> imm arithmetic")                         \
	OP(SHRUK, "ABC", "a = b >> imm logical")                           \
	OP(CHKSHIFT, "A", "panic if the signed count a is negative")       \
	OP(NEG, "AB", "a = -b")                                            \
	OP(BNOT, "AB", "a = ^b")                                           \
	OP(NOT, "AB", "a = !b (bool)")                                     \
	OP(SEXT8, "AB", "a = int8(b)")                                     \
	OP(SEXT16, "AB", "a = int16(b)")                                   \
	OP(SEXT32, "AB", "a = int32(b)")                                   \
	OP(ZEXT8, "AB", "a = uint8(b)")                                    \
	OP(ZEXT16, "AB", "a = uint16(b)")                                  \
	OP(ZEXT32, "AB", "a = uint32(b)")                                  \
	/* floats */                                                       \
	OP(ADDF, "ABC", "a = b + c float64")                               \
	OP(SUBF, "ABC", "a = b - c")                                       \
	OP(MULF, "ABC", "a = b * c")                                       \
	OP(DIVF, "ABC", "a = b / c")                                       \
	OP(NEGF, "AB", "a = -b")                                           \
	OP(F32, "AB", "a = float64(float32(b))")                           \
	OP(I2F, "AB", "a = float64(signed b)")                             \
	OP(U2F, "AB", "a = float64(unsigned b)")                           \
	OP(F2I, "AB", "a = int64(b) (saturating)")                         \
	OP(F2U, "AB", "a = uint64(b) (saturating)")                        \
	/* comparisons giving a bool */                                    \
	OP(EQ, "ABC", "a = b == c")                                        \
	OP(NE, "ABC", "a = b != c")                                        \
	OP(LT, "ABC", "a = b < c signed")                                  \
	OP(LE, "ABC", "a = b <= c signed")                                 \
	OP(LTU, "ABC", "a = b < c unsigned")                               \
	OP(LEU, "ABC", "a = b <= c unsigned")                              \
	OP(EQF, "ABC", "a = b == c float")                                 \
	OP(NEF, "ABC", "a = b != c float")                                 \
	OP(LTF, "ABC", "a = b < c float")                                  \
	OP(LEF, "ABC", "a = b <= c float")                                 \
	OP(EQS, "ABC", "a = b == c string")                                \
	OP(NES, "ABC", "a = b != c string")                                \
	OP(LTS, "ABC", "a = b < c string")                                 \
	OP(LES, "ABC", "a = b <= c string")                                \
	/* jumps; the fused ones jump when the condition holds */          \
	OP(JMP, "sBx", "pc += sBx")                                        \
	OP(JT, "AsBx", "if a != 0: pc += sBx")                             \
	OP(JF, "AsBx", "if a == 0: pc += sBx")                             \
	OP(JEQ, "ABJ", "if a == b: pc += c")                               \
	OP(JNE, "ABJ", "if a != b: pc += c")                               \
	OP(JLT, "ABJ", "if a < b signed: pc += c")                         \
	OP(JLE, "ABJ", "if a <= b signed: pc += c")                        \
	OP(JLTU, "ABJ", "if a < b unsigned: pc += c")                      \
	OP(JLEU, "ABJ", "if a <= b unsigned: pc += c")                     \
	OP(JEQK, "AsBJ", "if a == imm: pc += c")                           \
	OP(JNEK, "AsBJ", "if a != imm: pc += c")                           \
	OP(JLTK, "AsBJ", "if a < imm: pc += c")                            \
	OP(JLEK, "AsBJ", "if a <= imm: pc += c")                           \
	OP(JGTK, "AsBJ", "if a > imm: pc += c")                            \
	OP(JGEK, "AsBJ", "if a >= imm: pc += c")                           \
	OP(JEQC, "AKJ", "if a == k[b]: pc += c")                           \
	OP(JNEC, "AKJ", "if a != k[b]: pc += c")                           \
	OP(JLTC, "AKJ", "if a < k[b] signed: pc += c")                     \
	OP(JLEC, "AKJ", "if a <= k[b]: pc += c")                           \
	OP(JGTC, "AKJ", "if a > k[b]: pc += c")                            \
	OP(JGEC, "AKJ", "if a >= k[b]: pc += c")                           \
	/* strings */                                                      \
	OP(CONCAT, "ABC", "a = b + c (allocates)")                         \
	OP(SLEN, "AB", "a = len(string b)")                                \
	OP(SINDEX, "ABC", "a = b[c] (x&1: c signed)")                      \
	OP(SSLICE, "ABC", "a = b[c:c+1] (x&1: signed bounds)")             \
	OP(RUNESTR, "AB", "a = string(rune b)")                            \
	OP(STRNEXT, "ABC", "a = rune of b at c, a+1 = next index")         \
	/* min and max */                                                  \
	OP(MIN, "ABC", "a = min(b, c) signed")                             \
	OP(MAX, "ABC", "a = max(b, c) signed")                             \
	OP(MINU, "ABC", "a = min(b, c) unsigned")                          \
	OP(MAXU, "ABC", "a = max(b, c) unsigned")                          \
	OP(MINF, "ABC", "a = min(b, c) float")                             \
	OP(MAXF, "ABC", "a = max(b, c) float")                             \
	OP(MINS, "ABC", "a = min(b, c) string")                            \
	OP(MAXS, "ABC", "a = max(b, c) string")                            \
	/* slices (os.Args) */                                             \
	OP(SLICEIDX, "ABC", "a = b[c], x = element words (bounds-checked)") \
	/* interfaces */                                                   \
	OP(BOX, "ABC", "a,a+1 = interface of value b with type k[c]")      \
	OP(IFACEREF, "ABC", "a,a+1 = (k[c], &b): a native's operand")       \
	/* calls */                                                        \
	OP(CALL, "ABx", "call funcs[Bx]; arguments and results at a")      \
	OP(NCALL, "ABC", "call native b with c variadic operands at a")    \
	OP(RET, "AB", "return: slots 0..b-1 = a..a+b-1")                   \
	OP(RET0, "", "return without results")                             \
	OP(RET1, "A", "return one word: slot 0 = a")                       \
	OP(PANIC, "A", "panic with the interface value a")

typedef enum Opcode {
#define OP(name, fmt, doc) OP_##name,
	OPCODES(OP)
#undef OP
	OP__COUNT
} Opcode;
