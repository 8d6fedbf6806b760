// runtime.ReadMemStats: the figures move as Go's do when a program
// allocates, drops and collects a large object (relations, not numbers:
// gvm's heap is not Go's).
package main

import (
	"fmt"
	"runtime"
)

var sink []byte

func main() {
	var before, mid, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	sink = make([]byte, 8<<20)
	runtime.ReadMemStats(&mid)
	fmt.Println("Alloc grew:", mid.Alloc > before.Alloc+7<<20)
	fmt.Println("TotalAlloc grew:", mid.TotalAlloc > before.TotalAlloc+7<<20)
	fmt.Println("Mallocs grew:", mid.Mallocs > before.Mallocs)
	fmt.Println("HeapInuse holds it:", mid.HeapInuse > 8<<20, mid.HeapSys > 8<<20)

	sink = nil
	runtime.GC()
	runtime.ReadMemStats(&after)
	fmt.Println("Alloc fell:", after.Alloc < 1<<20, after.Alloc == after.HeapAlloc)
	fmt.Println("TotalAlloc kept:", after.TotalAlloc >= mid.TotalAlloc)
	fmt.Println("Frees grew:", after.Frees > mid.Frees)
	fmt.Println("HeapObjects:", after.HeapObjects == after.Mallocs-after.Frees)
	fmt.Println("NumGC grew:", after.NumGC > before.NumGC)
	fmt.Println("NumForcedGC grew:", after.NumForcedGC > before.NumForcedGC, after.NumForcedGC <= after.NumGC)
	fmt.Println("NextGC:", after.NextGC >= 4<<20, after.NextGC > after.HeapAlloc)
	fmt.Println("Sys is the sum:", after.Sys == after.HeapSys+after.StackSys+after.MSpanSys+
		after.MCacheSys+after.BuckHashSys+after.GCSys+after.OtherSys)
	fmt.Println("HeapSys:", after.HeapSys == after.HeapIdle+after.HeapInuse, after.HeapReleased <= after.HeapIdle)
	fmt.Println("StackInuse:", after.StackInuse > 0, after.StackInuse <= after.StackSys)

	last := (after.NumGC + 255) % 256
	fmt.Println("last pause:", after.PauseEnd[last] == after.LastGC, after.PauseNs[last] <= after.PauseTotalNs)
	fmt.Println("LastGC is wall time:", after.LastGC > 1500000000*1000000000)
	fmt.Println("GCCPUFraction:", after.GCCPUFraction > 0, after.GCCPUFraction < 1)
	fmt.Println("EnableGC:", after.EnableGC, "DebugGC:", after.DebugGC, "Lookups:", after.Lookups)

	var small uint64
	for _, c := range after.BySize {
		small += c.Mallocs
	}
	fmt.Println("BySize:", len(after.BySize), after.BySize[0].Size, after.BySize[1].Size,
		after.BySize[60].Size, small > 0, small <= after.Mallocs)
	fmt.Printf("%T\n", after.BySize[1])
}

// Output:
// Alloc grew: true
// TotalAlloc grew: true
// Mallocs grew: true
// HeapInuse holds it: true true
// Alloc fell: true true
// TotalAlloc kept: true
// Frees grew: true
// HeapObjects: true
// NumGC grew: true
// NumForcedGC grew: true true
// NextGC: true true
// Sys is the sum: true
// HeapSys: true true
// StackInuse: true true
// last pause: true true
// LastGC is wall time: true
// GCCPUFraction: true true
// EnableGC: true DebugGC: false Lookups: 0
// BySize: 61 0 8 18432 true true
// struct { Size uint32; Mallocs uint64; Frees uint64 }
