// debug.SetGCPercent returns the previous setting (GOGC, 100 unless the
// environment says otherwise); any negative percent turns the collector
// off, which reads back as -1 and leaves only the memory limit's goal.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

var sink []byte

func main() {
	fmt.Println(debug.SetGCPercent(-1))
	fmt.Println(debug.SetGCPercent(-50))
	fmt.Println(debug.SetGCPercent(50))

	var m runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m)
	fmt.Println("goal at 50%:", m.NextGC == 2<<20)

	fmt.Println(debug.SetGCPercent(-1))
	runtime.ReadMemStats(&m)
	fmt.Println("goal when off:", m.NextGC > 1<<62)
	// a forced collection still runs when off
	n := m.NumGC
	runtime.GC()
	runtime.ReadMemStats(&m)
	fmt.Println("runtime.GC when off:", m.NumGC > n)

	fmt.Println(debug.SetGCPercent(100))
	runtime.GC()
	runtime.ReadMemStats(&m)
	n = m.NumGC
	for i := 0; i < 64; i++ {
		sink = make([]byte, 1<<20)
	}
	runtime.ReadMemStats(&m)
	fmt.Println("paced cycles:", m.NumGC > n)
	fmt.Println(debug.SetGCPercent(100))
}

// Output:
// 100
// -1
// -1
// goal at 50%: true
// 50
// goal when off: true
// runtime.GC when off: true
// -1
// paced cycles: true
// 100
