/* opcodes.h: the instruction set, written once as an X-macro.
 *
 * Included by the enum (bytecode.h), the interpreter's dispatch table
 * (interp.c) and the table of opcode facts (opinfo.c), which the
 * disassembler, codegen's verifier and jump patching, and liveness read.
 * An instruction is one 64-bit word:
 *
 *    63      48 47      32 31      16 15    8 7     0
 *   +----------+----------+----------+-------+-------+
 *   |    c     |    b     |    a     |   x   |  op   |
 *   +----------+----------+----------+-------+-------+
 *
 * a, b, c are 16-bit slot numbers of the current frame, constant indexes
 * or immediates; x is an 8-bit flag byte.  Each entry is
 *
 *   OP(name, format, def, use1, use2, flags, inverse, comment)
 *
 * format names the fields' layout, as the disassembler prints them:
 *   A   a          B/C  b/c unsigned      sB/sC  b/c signed immediates
 *   K   b: index into the function's constant words
 *   Bx  b|c as one unsigned 32-bit number, sBx the same signed (an
 *       immediate, as LOADI's)
 *   J   c: a signed 16-bit jump offset; Jx b|c: a signed 32-bit one
 *   none: no operands
 * Jumps are relative to the instruction after the jump.
 *
 * def is the run of slots the instruction writes, use1 and use2 the runs
 * it reads (NO: none), each a field and a number of words:
 *   A1..A3, B1..B3, C1, C2   that field, 1..3 words
 *   A_B, A_C, B_C, A_X       the first field, as many words as the second
 *   B_T      b, the size of the type in k[c] (BOX, IFACEREF); A_T the same at a
 *   B_MK     b, a map word then a key of the map type in k[c] (MAPGET ...)
 *   B_T2     b, two values of the type in k[c] (EQV)
 *   C_V      c, x values of the type in k[b] (APPENDV)
 *   B5, C4   that field, 5 or 4 words
 *   B1C1     (use2 only) b and c, one word each: an instruction reading
 *            three runs (STIDX)
 *   A_PAR, A_RES   a, the parameters / results of the callee in k[Bx]
 *   A_ALL    every slot from a to the end of the frame (a native's
 *            operands, which it overwrites with its results)
 * flags (F_ names, 0 for none; OPF_ in opinfo.h says each):
 *   F_ALLOC may allocate, F_CALL calls bytecode, F_BLOCK may park the
 *   goroutine, F_YIELD may reach the budget safepoint, F_PANIC may panic,
 *   F_JUMP a jump, F_ENDS never falls through, F_SWAP the inverse takes
 *   a and b swapped, F_CLOBBER writes the frame record below a and
 *   overlays the callee's frame on the slots from a up, F_ADDR takes the
 *   address of its use, F_LOOP a counted loop's increment-and-branch.
 * inverse is the jump testing the opposite condition (NOP: none).
 *
 * Every instruction is typed: ADD is 64-bit integer addition, ADDF float64
 * addition, EQS string equality.  Integer slots are always normalised (sized
 * types sign- or zero-extended); the sized arithmetic is the 64-bit op
 * followed by one of the SEXT/ZEXT ops.  float32 is kept as a double
 * rounded by F32 after each operation.
 *
 * Codegen relies on the order of some groups (EQ NE LT LE of each
 * comparison kind, the K and C fused jumps); static asserts next to that
 * code say so (Lua's "ORDER OP").
 */
#ifndef GVM_OPCODES_H
#define GVM_OPCODES_H

#define OPCODES(OP)                                                                                                                  \
	OP(NOP,      none, NO,    NO,    NO, 0,                                NOP,  "do nothing")                                   \
	/* moves and constants */                                                                                                    \
	OP(MOV,      AB,   A1,    B1,    NO, 0,                                NOP,  "a = b (one word)")                             \
	OP(MOV2,     AB,   A2,    B2,    NO, 0,                                NOP,  "a,a+1 = b,b+1")                                \
	OP(MOV3,     AB,   A3,    B3,    NO, 0,                                NOP,  "a..a+2 = b..b+2")                              \
	OP(MOVN,     ABC,  A_C,   B_C,   NO, 0,                                NOP,  "a..a+c-1 = b..b+c-1")                          \
	OP(ZERO,     AB,   A_B,   NO,    NO, 0,                                NOP,  "a..a+b-1 = 0")                                 \
	OP(LOADI,    AsBx, A1,    NO,    NO, 0,                                NOP,  "a = signed 32-bit immediate")                  \
	OP(LOADK,    AK,   A1,    NO,    NO, 0,                                NOP,  "a = k[b]")                                     \
	OP(LOADS,    AK,   A2,    NO,    NO, 0,                                NOP,  "a,a+1 = k[b],k[b+1] (a string constant)")      \
	OP(GGET,     ABC,  A_C,   NO,    NO, 0,                                NOP,  "a..a+c-1 = globals[b..b+c-1]")                 \
	OP(GSET,     ABC,  NO,    B_C,   NO, 0,                                NOP,  "globals[a..a+c-1] = b..b+c-1")                 \
	/* integer arithmetic on 64 bits */                                                                                          \
	OP(ADD,      ABC,  A1,    B1,    C1, 0,                                NOP,  "a = b + c")                                    \
	OP(ADDK,     ABsC, A1,    B1,    NO, 0,                                NOP,  "a = b + imm")                                  \
	OP(SUB,      ABC,  A1,    B1,    C1, 0,                                NOP,  "a = b - c")                                    \
	OP(MUL,      ABC,  A1,    B1,    C1, 0,                                NOP,  "a = b * c")                                    \
	OP(MULK,     ABsC, A1,    B1,    NO, 0,                                NOP,  "a = b * imm")                                  \
	OP(DIVK,     ABsC, A1,    B1,    NO, 0,                                NOP,  "a = b / imm signed (imm not 0 or -1)")         \
	OP(MODK,     ABsC, A1,    B1,    NO, 0,                                NOP,  "a = b % imm signed (imm not 0 or -1)")         \
	OP(DIVUK,    ABC,  A1,    B1,    NO, 0,                                NOP,  "a = b / imm unsigned (imm not 0)")             \
	OP(MODUK,    ABC,  A1,    B1,    NO, 0,                                NOP,  "a = b % imm unsigned (imm not 0)")             \
	OP(ANDK,     ABC,  A1,    B1,    NO, 0,                                NOP,  "a = b & imm (zero-extended)")                  \
	OP(ORK,      ABC,  A1,    B1,    NO, 0,                                NOP,  "a = b | imm")                                  \
	OP(XORK,     ABC,  A1,    B1,    NO, 0,                                NOP,  "a = b ^ imm")                                  \
	OP(DIV,      ABC,  A1,    B1,    C1, F_PANIC,                          NOP,  "a = b / c signed (panics on zero)")            \
	OP(DIVU,     ABC,  A1,    B1,    C1, F_PANIC,                          NOP,  "a = b / c unsigned")                           \
	OP(MOD,      ABC,  A1,    B1,    C1, F_PANIC,                          NOP,  "a = b % c signed")                             \
	OP(MODU,     ABC,  A1,    B1,    C1, F_PANIC,                          NOP,  "a = b % c unsigned")                           \
	OP(AND,      ABC,  A1,    B1,    C1, 0,                                NOP,  "a = b & c")                                    \
	OP(OR,       ABC,  A1,    B1,    C1, 0,                                NOP,  "a = b | c")                                    \
	OP(XOR,      ABC,  A1,    B1,    C1, 0,                                NOP,  "a = b ^ c")                                    \
	OP(ANDNOT,   ABC,  A1,    B1,    C1, 0,                                NOP,  "a = b &^ c")                                   \
	OP(SHL,      ABC,  A1,    B1,    C1, 0,                                NOP,  "a = b << c (c unsigned; >= 64 gives 0)")       \
	OP(SHR,      ABC,  A1,    B1,    C1, 0,                                NOP,  "a = b >> c arithmetic")                        \
	OP(SHRU,     ABC,  A1,    B1,    C1, 0,                                NOP,  "a = b >> c logical")                           \
	OP(SHLK,     ABC,  A1,    B1,    NO, 0,                                NOP,  "a = b << imm")                                 \
	OP(SHRK,     ABC,  A1,    B1,    NO, 0,                                NOP,  "a = b >> imm arithmetic")                      \
	OP(SHRUK,    ABC,  A1,    B1,    NO, 0,                                NOP,  "a = b >> imm logical")                         \
	OP(CHKSHIFT, A,    NO,    A1,    NO, F_PANIC,                          NOP,  "panic if the signed count a is negative")      \
	OP(NEG,      AB,   A1,    B1,    NO, 0,                                NOP,  "a = -b")                                       \
	OP(BNOT,     AB,   A1,    B1,    NO, 0,                                NOP,  "a = ^b")                                       \
	OP(NOT,      AB,   A1,    B1,    NO, 0,                                NOP,  "a = !b (bool)")                                \
	OP(SEXT8,    AB,   A1,    B1,    NO, 0,                                NOP,  "a = int8(b)")                                  \
	OP(SEXT16,   AB,   A1,    B1,    NO, 0,                                NOP,  "a = int16(b)")                                 \
	OP(SEXT32,   AB,   A1,    B1,    NO, 0,                                NOP,  "a = int32(b)")                                 \
	OP(ZEXT8,    AB,   A1,    B1,    NO, 0,                                NOP,  "a = uint8(b)")                                 \
	OP(ZEXT16,   AB,   A1,    B1,    NO, 0,                                NOP,  "a = uint16(b)")                                \
	OP(ZEXT32,   AB,   A1,    B1,    NO, 0,                                NOP,  "a = uint32(b)")                                \
	/* floats */                                                                                                                 \
	OP(ADDF,     ABC,  A1,    B1,    C1, 0,                                NOP,  "a = b + c float64")                            \
	OP(SUBF,     ABC,  A1,    B1,    C1, 0,                                NOP,  "a = b - c")                                    \
	OP(MULF,     ABC,  A1,    B1,    C1, 0,                                NOP,  "a = b * c")                                    \
	OP(DIVF,     ABC,  A1,    B1,    C1, 0,                                NOP,  "a = b / c")                                    \
	OP(NEGF,     AB,   A1,    B1,    NO, 0,                                NOP,  "a = -b")                                       \
	OP(F32,      AB,   A1,    B1,    NO, 0,                                NOP,  "a = float64(float32(b))")                      \
	OP(I2F,      AB,   A1,    B1,    NO, 0,                                NOP,  "a = float64(signed b)")                        \
	OP(U2F,      AB,   A1,    B1,    NO, 0,                                NOP,  "a = float64(unsigned b)")                      \
	OP(F2I,      AB,   A1,    B1,    NO, 0,                                NOP,  "a = int64(b) (saturating)")                    \
	OP(F2U,      AB,   A1,    B1,    NO, 0,                                NOP,  "a = uint64(b) (saturating)")                   \
	/* comparisons giving a bool (ORDER OP: EQ NE LT LE in each group) */                                                        \
	OP(EQ,       ABC,  A1,    B1,    C1, 0,                                NOP,  "a = b == c")                                   \
	OP(NE,       ABC,  A1,    B1,    C1, 0,                                NOP,  "a = b != c")                                   \
	OP(LT,       ABC,  A1,    B1,    C1, 0,                                NOP,  "a = b < c signed")                             \
	OP(LE,       ABC,  A1,    B1,    C1, 0,                                NOP,  "a = b <= c signed")                            \
	OP(LTU,      ABC,  A1,    B1,    C1, 0,                                NOP,  "a = b < c unsigned")                           \
	OP(LEU,      ABC,  A1,    B1,    C1, 0,                                NOP,  "a = b <= c unsigned")                          \
	OP(EQF,      ABC,  A1,    B1,    C1, 0,                                NOP,  "a = b == c float")                             \
	OP(NEF,      ABC,  A1,    B1,    C1, 0,                                NOP,  "a = b != c float")                             \
	OP(LTF,      ABC,  A1,    B1,    C1, 0,                                NOP,  "a = b < c float")                              \
	OP(LEF,      ABC,  A1,    B1,    C1, 0,                                NOP,  "a = b <= c float")                             \
	OP(EQS,      ABC,  A1,    B2,    C2, 0,                                NOP,  "a = b == c string")                            \
	OP(NES,      ABC,  A1,    B2,    C2, 0,                                NOP,  "a = b != c string")                            \
	OP(LTS,      ABC,  A1,    B2,    C2, 0,                                NOP,  "a = b < c string")                             \
	OP(LES,      ABC,  A1,    B2,    C2, 0,                                NOP,  "a = b <= c string")                            \
	/* jumps; the fused ones jump when the condition holds */                                                                    \
	OP(JMP,      Jx,   NO,    NO,    NO, F_JUMP|F_ENDS|F_YIELD,            NOP,  "pc += jump")                                   \
	OP(JT,       AJx,  NO,    A1,    NO, F_JUMP|F_YIELD,                   JF,   "if a != 0: pc += jump")                        \
	OP(JF,       AJx,  NO,    A1,    NO, F_JUMP|F_YIELD,                   JT,   "if a == 0: pc += jump")                        \
	OP(JEQ,      ABJ,  NO,    A1,    B1, F_JUMP|F_YIELD,                   JNE,  "if a == b: pc += c")                           \
	OP(JNE,      ABJ,  NO,    A1,    B1, F_JUMP|F_YIELD,                   JEQ,  "if a != b: pc += c")                           \
	OP(JLT,      ABJ,  NO,    A1,    B1, F_JUMP|F_YIELD|F_SWAP,            JLE,  "if a < b signed: pc += c")                     \
	OP(JLE,      ABJ,  NO,    A1,    B1, F_JUMP|F_YIELD|F_SWAP,            JLT,  "if a <= b signed: pc += c")                    \
	OP(JLTU,     ABJ,  NO,    A1,    B1, F_JUMP|F_YIELD|F_SWAP,            JLEU, "if a < b unsigned: pc += c")                   \
	OP(JLEU,     ABJ,  NO,    A1,    B1, F_JUMP|F_YIELD|F_SWAP,            JLTU, "if a <= b unsigned: pc += c")                  \
	OP(JEQK,     AsBJ, NO,    A1,    NO, F_JUMP|F_YIELD,                   JNEK, "if a == imm: pc += c")                         \
	OP(JNEK,     AsBJ, NO,    A1,    NO, F_JUMP|F_YIELD,                   JEQK, "if a != imm: pc += c")                         \
	OP(JLTK,     AsBJ, NO,    A1,    NO, F_JUMP|F_YIELD,                   JGEK, "if a < imm: pc += c")                          \
	OP(JLEK,     AsBJ, NO,    A1,    NO, F_JUMP|F_YIELD,                   JGTK, "if a <= imm: pc += c")                         \
	OP(JGTK,     AsBJ, NO,    A1,    NO, F_JUMP|F_YIELD,                   JLEK, "if a > imm: pc += c")                          \
	OP(JGEK,     AsBJ, NO,    A1,    NO, F_JUMP|F_YIELD,                   JLTK, "if a >= imm: pc += c")                         \
	OP(JEQC,     AKJ,  NO,    A1,    NO, F_JUMP|F_YIELD,                   JNEC, "if a == k[b]: pc += c")                        \
	OP(JNEC,     AKJ,  NO,    A1,    NO, F_JUMP|F_YIELD,                   JEQC, "if a != k[b]: pc += c")                        \
	OP(JLTC,     AKJ,  NO,    A1,    NO, F_JUMP|F_YIELD,                   JGEC, "if a < k[b] signed: pc += c")                  \
	OP(JLEC,     AKJ,  NO,    A1,    NO, F_JUMP|F_YIELD,                   JGTC, "if a <= k[b]: pc += c")                        \
	OP(JGTC,     AKJ,  NO,    A1,    NO, F_JUMP|F_YIELD,                   JLEC, "if a > k[b]: pc += c")                         \
	OP(JGEC,     AKJ,  NO,    A1,    NO, F_JUMP|F_YIELD,                   JLTC, "if a >= k[b]: pc += c")                        \
	/* a counted loop's bottom: a += (signed) x, then the fused test */                                                         \
	OP(INCJLT,   ABJ,  A1,    A1,    B1, F_JUMP|F_YIELD|F_LOOP,            NOP,  "a += x; if a < b signed: pc += c")             \
	OP(INCJLE,   ABJ,  A1,    A1,    B1, F_JUMP|F_YIELD|F_LOOP,            NOP,  "a += x; if a <= b signed: pc += c")            \
	OP(INCJLTK,  AsBJ, A1,    A1,    NO, F_JUMP|F_YIELD|F_LOOP,            NOP,  "a += x; if a < imm: pc += c")                  \
	OP(INCJLEK,  AsBJ, A1,    A1,    NO, F_JUMP|F_YIELD|F_LOOP,            NOP,  "a += x; if a <= imm: pc += c")                 \
	OP(INCJGTK,  AsBJ, A1,    A1,    NO, F_JUMP|F_YIELD|F_LOOP,            NOP,  "a += x; if a > imm: pc += c")                  \
	OP(INCJGEK,  AsBJ, A1,    A1,    NO, F_JUMP|F_YIELD|F_LOOP,            NOP,  "a += x; if a >= imm: pc += c")                 \
	OP(INCJLTC,  AKJ,  A1,    A1,    NO, F_JUMP|F_YIELD|F_LOOP,            NOP,  "a += x; if a < k[b] signed: pc += c")          \
	OP(INCJLEC,  AKJ,  A1,    A1,    NO, F_JUMP|F_YIELD|F_LOOP,            NOP,  "a += x; if a <= k[b] signed: pc += c")         \
	/* strings */                                                                                                                \
	OP(CONCAT,   ABC,  A2,    B2,    C2, F_ALLOC,                          NOP,  "a = b + c (allocates)")                        \
	OP(SLEN,     AB,   A1,    B2,    NO, 0,                                NOP,  "a = len(string b)")                            \
	OP(SINDEX,   ABC,  A1,    B2,    C1, F_PANIC,                          NOP,  "a = b[c] (x&1: c signed)")                     \
	OP(SSLICE,   ABC,  A2,    B2,    C2, F_PANIC,                          NOP,  "a = b[c:c+1] (x&1: signed bounds)")            \
	OP(RUNESTR,  AB,   A2,    B1,    NO, F_ALLOC,                          NOP,  "a = string(rune b)")                           \
	OP(STRNEXT,  ABC,  A2,    B2,    C1, 0,                                NOP,  "a = rune of b at c, a+1 = next index")         \
	/* min and max */                                                                                                            \
	OP(MIN,      ABC,  A1,    B1,    C1, 0,                                NOP,  "a = min(b, c) signed")                         \
	OP(MAX,      ABC,  A1,    B1,    C1, 0,                                NOP,  "a = max(b, c) signed")                         \
	OP(MINU,     ABC,  A1,    B1,    C1, 0,                                NOP,  "a = min(b, c) unsigned")                       \
	OP(MAXU,     ABC,  A1,    B1,    C1, 0,                                NOP,  "a = max(b, c) unsigned")                       \
	OP(MINF,     ABC,  A1,    B1,    C1, 0,                                NOP,  "a = min(b, c) float")                          \
	OP(MAXF,     ABC,  A1,    B1,    C1, 0,                                NOP,  "a = max(b, c) float")                          \
	OP(MINS,     ABC,  A2,    B2,    C2, 0,                                NOP,  "a = min(b, c) string")                         \
	OP(MAXS,     ABC,  A2,    B2,    C2, 0,                                NOP,  "a = max(b, c) string")                         \
	/* slices (os.Args) */                                                                                                       \
	OP(SLICEIDX, ABC,  A_X,   B2,    C1, F_PANIC,                          NOP,  "a = b[c], x = element words (bounds-checked)") \
	OP(LDIDX,    ABC,  A1,    B2,    C1, F_PANIC,                          NOP,  "a = the word b[c] of slice or array (data, len) b, bounds-checked") \
	OP(STIDX,    ABC,  NO,    A2,    B1C1, F_PANIC,                        NOP,  "the word a[c] of (data, len) a = b, bounds-checked") \
	/* memory: typed loads and stores at an address + offset, addresses,						\
	 * allocation, slices, composite equality */											\
	OP(LD8S,      ABC,  A1,    B1,    NO, F_PANIC,                           NOP,  "a = int8 at b+c (x&1: b is a frame slot)")   \
	OP(LD8U,      ABC,  A1,    B1,    NO, F_PANIC,                           NOP,  "a = uint8 at b+c (bool too)")                \
	OP(LD16S,     ABC,  A1,    B1,    NO, F_PANIC,                           NOP,  "a = int16 at b+c")                           \
	OP(LD16U,     ABC,  A1,    B1,    NO, F_PANIC,                           NOP,  "a = uint16 at b+c")                          \
	OP(LD32S,     ABC,  A1,    B1,    NO, F_PANIC,                           NOP,  "a = int32 at b+c")                           \
	OP(LD32U,     ABC,  A1,    B1,    NO, F_PANIC,                           NOP,  "a = uint32 at b+c")                          \
	OP(LD64,      ABC,  A1,    B1,    NO, F_PANIC,                           NOP,  "a = the word at b+c")                        \
	OP(LDF32,     ABC,  A1,    B1,    NO, F_PANIC,                           NOP,  "a = float64(float32 at b+c)")                \
	OP(LDCELL,    ABC,  A1,    B1,    NO, 0,                                 NOP,  "a = the word at b+c, b a closure (never nil)") \
	OP(ST8,       ABC,  NO,    A1,    B1, F_PANIC,                           NOP,  "byte at a+c = b (x&1: a is a frame slot)")   \
	OP(ST16,      ABC,  NO,    A1,    B1, F_PANIC,                           NOP,  "16 bits at a+c = b")                         \
	OP(ST32,      ABC,  NO,    A1,    B1, F_PANIC,                           NOP,  "32 bits at a+c = b")                         \
	OP(ST64,      ABC,  NO,    A1,    B1, F_PANIC,                           NOP,  "the word at a+c = b")                        \
	OP(STF32,     ABC,  NO,    A1,    B1, F_PANIC,                           NOP,  "float32 at a+c = float32(b)")                \
	OP(LDN,       ABC,  A_T,   B1,    NO, F_PANIC,                           NOP,  "a.. = the k[c] value at b (x: 1 frame, x>>1 byte offset)")\
	OP(STN,       ABC,  NO,    A1,    B_T, F_PANIC,                           NOP,  "the k[c] value b.. to a (x as LDN)")        \
	OP(ADDR,      AB,   A1,    B1,    NO, F_ADDR,                            NOP,  "a = &frame[b] (used before any safepoint)")  \
	OP(PTRADD,    ABC,  A1,    B1,    NO, F_PANIC,                           NOP,  "a = b + c bytes, panics if b is nil")        \
	OP(IDXADDR,   ABC,  A1,    B2,    C1, F_PANIC,                           NOP,  "a = b[0] + c*x, panics unless c < b[1]")     \
	OP(NEW,       AK,   A1,    NO,    NO, F_ALLOC,                           NOP,  "a = a new zeroed k[b]")                      \
	OP(MAKESLICE, ABC,  A3,    B2,    NO, F_ALLOC|F_PANIC,                   NOP,  "a = make([]k[c], b, b+1)")                   \
	OP(SLICE,     ABC,  A3,    B3,    C4, F_PANIC,                           NOP,  "a = b[c:c+1:c+2], c+3 element size, x: SLX_")\
	OP(APPENDV,   ABC,  A3,    A3,    C_V, F_ALLOC,                           NOP,  "a = append(a, x values of k[b] at c)")      \
	OP(APPENDS,   ABC,  A3,    A3,    C2, F_ALLOC,                           NOP,  "a = append(a, c (data, len)...) of k[b]")    \
	OP(COPY,      AB,   A1,    B5,    NO, 0,                                 NOP,  "a = copy: b dst data,len, src data,len, elem size")\
	OP(STR2BYTES, AB,   A3,    B2,    NO, F_ALLOC,                           NOP,  "a = []byte(string b); x: cap = len")                       \
	OP(BYTES2STR, AB,   A2,    B2,    NO, F_ALLOC,                           NOP,  "a = string(bytes b)")                        \
	OP(STR2RUNES, AB,   A3,    B2,    NO, F_ALLOC,                           NOP,  "a = []rune(string b); x: cap = len")                       \
	OP(RUNES2STR, AB,   A2,    B2,    NO, F_ALLOC,                           NOP,  "a = string(runes b)")                        \
	OP(EQV,       ABC,  A1,    B_T2,  NO, 0,                                 NOP,  "a = b == b+w, values of k[c] (x&1: !=)")     \
	/* maps (vm/map.h): a map is one pointer word; the key follows it */                                                     \
	OP(MAKEMAP,  ABC,  A1,    B1,    NO, F_ALLOC|F_PANIC,                  NOP,  "a = make(map k[c], hint b)")                   \
	OP(MAPGET,   ABC,  A1,    B_MK,  NO, F_PANIC,                          NOP,  "a = &b[key b+1..] or &zero, map type k[c]")    \
	OP(MAPGET2,  ABC,  A2,    B_MK,  NO, F_PANIC,                          NOP,  "as MAPGET; a+1 = whether the key is present")  \
	OP(MAPSET,   ABC,  A1,    B_MK,  NO, F_ALLOC|F_PANIC,                  NOP,  "a = &b[key b+1..], inserting a zero value")    \
	OP(MAPDEL,   ABC,  NO,    B_MK,  NO, F_PANIC,                          NOP,  "delete(b, key b+1..), map type k[c]")          \
	OP(MAPLEN,   AB,   A1,    B1,    NO, 0,                                NOP,  "a = len(map b)")                               \
	OP(MAPCLEAR, A,    NO,    A1,    NO, 0,                                NOP,  "clear(map a)")                                 \
	OP(SLICECLR, AB,   NO,    A2,    B1, 0,                                NOP,  "clear(slice a): zero its a+1 elements of b bytes each") \
	OP(MAPITER,  AB,   A1,    B1,    NO, F_ALLOC,                          NOP,  "a = a new heap iterator over map b")           \
	OP(MAPNEXT,  AB,   A2,    B1,    NO, 0,                                NOP,  "a,a+1 = &key,&value of iterator b's next; a = 0 at end")\
	/* interfaces */                                                                                                             \
	OP(BOX,      ABC,  A2,    B_T,   NO, F_ALLOC,                          NOP,  "a,a+1 = interface of value b with type k[c]")  \
	OP(IFACEREF, ABC,  A2,    B_T,   NO, F_ADDR,                           NOP,  "a,a+1 = (k[c], &b): a native's operand")       \
	OP(ICALL,    ABC,  A_ALL, A_ALL, B2, F_CALL|F_PANIC|F_YIELD|F_CLOBBER, NOP,  "call method k[c] of interface b, receiver+args at a (k[c+1..2]: cache)") \
	OP(TYPEIS,   ABC,  A1,    B2,    NO, 0,                                NOP,  "a = interface b holds k[c] (x&1: implements interface k[c])") \
	OP(JIMPL,    AKJ,  NO,    A1,    NO, F_JUMP|F_YIELD,                   JNIMPL, "if type word a implements interface k[b]: pc += c (k[b+1..2]: cache)") \
	OP(JNIMPL,   AKJ,  NO,    A1,    NO, F_JUMP|F_YIELD,                   JIMPL, "if type word a does not implement interface k[b] (as JIMPL)") \
	OP(ASSERT,   ABC,  A_T,   B2,    NO, F_PANIC,                          NOP,  "a.. = the k[c] value in interface b or panic (k[c+1]: b's type)") \
	OP(ASSERTI,  ABC,  A2,    B2,    NO, F_PANIC,                          NOP,  "a = interface b as interface k[c] or panic (k[c+1]: b's type)") \
	/* calls */                                                                                                                  \
	OP(CALL,     ABx,  A_RES, A_PAR, NO, F_CALL|F_PANIC|F_YIELD|F_CLOBBER, NOP,  "call funcs[Bx]; arguments and results at a")   \
	OP(CALLV,    ABC,  A_X,   A_C,   B1, F_CALL|F_PANIC|F_YIELD|F_CLOBBER,  NOP,  "call the closure in b: c param words, x result words at a") \
	OP(NCALL,    ABC,  A_ALL, A_ALL, NO, F_ALLOC|F_BLOCK|F_PANIC,          NOP,  "call native b with c variadic operands at a")  \
	OP(NCALLV,   ABC,  A_ALL, A_ALL, NO, F_ALLOC|F_BLOCK|F_PANIC,          NOP,  "call native b: c fixed words at a, then the elements of the []any after them as its variadic operands") \
	OP(RET,      AB,   NO,    A_B,   NO, F_ENDS,                           NOP,  "return: slots 0..b-1 = a..a+b-1")              \
	OP(RET0,     none, NO,    NO,    NO, F_ENDS,                           NOP,  "return without results")                       \
	OP(RET1,     A,    NO,    A1,    NO, F_ENDS,                           NOP,  "return one word: slot 0 = a")                  \
	OP(RETD,     AB,   NO,    A_B,   NO, F_ENDS|F_CALL,                    NOP,  "RET in a function that defers: the frame's deferred calls run first") \
	OP(RUNDEFERS, none, NO,   NO,    NO, F_CALL,                           NOP,  "run the frame's deferred calls, then go on (results in cells)") \
	OP(PANIC,    A,    NO,    A2,    NO, F_PANIC|F_ENDS,                   NOP,  "panic with the interface value a")  \
	OP(NILPANIC, AK,   NO,    A1,    NO, F_PANIC,                          NOP,  "if a is nil, panic with the runtime error text k[b]") \
	/* defer, panic, recover (vm/defer.c); a RET also runs its frame's   \
	 * deferred calls first, as ordinary calls returning to the RET */   \
	OP(DEFER,    ABx,  NO,    A_PAR, NO, F_ALLOC,                          NOP,  "defer funcs[Bx] with the arguments at a")  \
	OP(DEFERN,   ABC,  NO,    A_X,   NO, F_ALLOC,                          NOP,  "defer native b: x words at a, c variadic") \
	OP(DEFERV,   ABC,  NO,    A_C,   B1, F_ALLOC,                          NOP,  "defer the closure in b: c argument words at a") \
	OP(RECOVER,  A,    A2,    NO,    NO, 0,                                NOP,  "a,a+1 = recover()")                        \
	OP(PANICCONT, none, NO,   NO,    NO, F_PANIC|F_ENDS,                   NOP,  "the panic trampoline: a deferred call returned")  \
	OP(PANICPRINT, none, NO,  NO,    NO, F_PANIC|F_ENDS,                   NOP,  "the print trampoline: a panic value's Error or String returned")

typedef enum Opcode {
#define OP(name, ...) OP_##name,
	OPCODES(OP)
#undef OP
	OP__COUNT
} Opcode;

#endif
