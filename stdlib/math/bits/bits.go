// Package bits' Go half: only UintSize; every function is a native of
// bits.c.
package bits

// UintSize is the size of a uint in bits.
const UintSize = 64
