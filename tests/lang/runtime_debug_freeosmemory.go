// debug.FreeOSMemory is a forced collection that gives the free pages of
// the heap back to the OS: they stay in HeapSys, idle and released.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

var keep [][]byte

func main() {
	var before, after runtime.MemStats
	all := make([][]byte, 20000)
	for i := range all {
		all[i] = make([]byte, 1000)
	}
	for i := 0; i < len(all); i += 500 {
		keep = append(keep, all[i])
	}
	all = nil
	runtime.ReadMemStats(&before)
	debug.FreeOSMemory()
	runtime.ReadMemStats(&after)
	fmt.Println("forced:", after.NumForcedGC > before.NumForcedGC, after.NumGC > before.NumGC)
	fmt.Println("freed:", after.HeapAlloc < before.HeapAlloc-10<<20, len(keep))
	fmt.Println("released:", after.HeapReleased > 0, after.HeapReleased <= after.HeapIdle)
	fmt.Println("HeapSys:", after.HeapSys == after.HeapIdle+after.HeapInuse)
	for _, b := range keep {
		if len(b) != 1000 {
			fmt.Println("bad", len(b))
		}
	}
}

// Output:
// forced: true true
// freed: true 40
// released: true true
// HeapSys: true
