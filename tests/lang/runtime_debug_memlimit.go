// debug.SetMemoryLimit: no limit (math.MaxInt64) by default, a negative
// limit only reads it, and under a limit the collector runs even with
// GOGC off to keep the heap below it.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

const maxInt64 = 1<<63 - 1

var sink []byte

func main() {
	fmt.Println(debug.SetMemoryLimit(-1) == maxInt64)
	fmt.Println(debug.SetMemoryLimit(64 << 20))
	fmt.Println(debug.SetMemoryLimit(-1))

	var m runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m)
	fmt.Println("goal under the limit:", m.NextGC < 64<<20)

	fmt.Println(debug.SetGCPercent(-1))
	n := m.NumGC
	for i := 0; i < 32; i++ {
		sink = make([]byte, 4<<20)
	}
	runtime.ReadMemStats(&m)
	fmt.Println("collected under the limit:", m.NumGC > n, m.HeapAlloc < 64<<20)

	fmt.Println(debug.SetMemoryLimit(maxInt64))
	fmt.Println(debug.SetGCPercent(100))
	runtime.ReadMemStats(&m)
	fmt.Println("no limit:", m.NextGC < 64<<20)
}

// Output:
// true
// 9223372036854775807
// 67108864
// goal under the limit: true
// 100
// collected under the limit: true true
// 67108864
// -1
// no limit: true
