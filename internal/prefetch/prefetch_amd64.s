#include "textflag.h"

// func hashed(base unsafe.Pointer, shift uint, mask uint32, keys []uint32)
TEXT ·hashed(SB), NOSPLIT, $0-48
	MOVQ base+0(FP), AX
	MOVQ shift+8(FP), CX
	MOVL mask+16(FP), BX
	MOVQ keys_base+24(FP), SI
	MOVQ keys_len+32(FP), DI
	TESTQ DI, DI
	JEQ done
loop:
	MOVL (SI), DX
	ANDL BX, DX
	SHLQ CX, DX
	PREFETCHT0 (AX)(DX*1)
	ADDQ $4, SI
	DECQ DI
	JNE loop
done:
	RET

// func line(p unsafe.Pointer, span uintptr)
TEXT ·line(SB), NOSPLIT, $0-16
	MOVQ p+0(FP), AX
	MOVQ span+8(FP), CX
	PREFETCHT0 (AX)
	PREFETCHT0 -1(AX)(CX*1)
	RET

// func multiplied(base unsafe.Pointer, mult uint64, shift uint, keys []uint32)
TEXT ·multiplied(SB), NOSPLIT, $0-48
	MOVQ base+0(FP), AX
	MOVQ mult+8(FP), R8
	MOVQ shift+16(FP), CX
	MOVQ keys_base+24(FP), SI
	MOVQ keys_len+32(FP), DI
	TESTQ DI, DI
	JEQ mdone
mloop:
	MOVL (SI), DX
	IMULQ R8, DX
	SHRQ CX, DX
	PREFETCHT0 (AX)(DX*8)
	ADDQ $4, SI
	DECQ DI
	JNE mloop
mdone:
	RET
