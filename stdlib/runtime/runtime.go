// Package runtime: the parts of Go's runtime package a program calls.
package runtime

// Cleanup is a handle to a cleanup call for a specific object
// (runtime.AddCleanup, which the checker knows as a generic name:
// lang/check_generic.c).
type Cleanup struct {
	id  uint64
	ptr uintptr
}

// Stop cancels the cleanup call; it does nothing if the call already ran
// or was queued.
func (c Cleanup) Stop() {
	stopCleanup(c.id)
}

// GOMAXPROCS sets the maximum number of CPUs that can be executing
// simultaneously and returns the previous setting.  gvm runs all the
// goroutines of a program as green threads of one OS thread, so the
// setting is 1, whatever n asks for.
func GOMAXPROCS(n int) int {
	return 1
}

// Version returns the Go tree's version string: the Go release whose
// semantics gvm follows, and gvm's own version after the dash (the form
// of a vendor toolchain, "go1.21.0-bigcorp", which go/version accepts).
func Version() string {
	return buildVersion
}

// A MemStats records statistics about the memory allocator, with Go's
// fields, types and order (Go 1.19's runtime.MemStats).
type MemStats struct {
	// Alloc is bytes of allocated heap objects (the same as HeapAlloc).
	Alloc uint64
	// TotalAlloc is cumulative bytes allocated for heap objects.
	TotalAlloc uint64
	// Sys is the total bytes of memory obtained from the OS: the sum of
	// the XSys fields below.
	Sys uint64
	// Lookups is the number of pointer lookups performed by the runtime
	// (always 0, as in Go).
	Lookups uint64
	// Mallocs is the cumulative count of heap objects allocated.
	Mallocs uint64
	// Frees is the cumulative count of heap objects freed.
	Frees uint64

	// HeapAlloc is bytes of allocated heap objects: reachable ones and
	// unreachable ones the collector has not yet swept.
	HeapAlloc uint64
	// HeapSys is bytes of heap memory obtained from the OS.
	HeapSys uint64
	// HeapIdle is bytes in idle (unused) spans.
	HeapIdle uint64
	// HeapInuse is bytes in in-use spans.
	HeapInuse uint64
	// HeapReleased is bytes of physical memory returned to the OS.
	HeapReleased uint64
	// HeapObjects is the number of allocated heap objects.
	HeapObjects uint64

	// StackInuse is bytes in goroutine stacks.
	StackInuse uint64
	// StackSys is bytes of stack memory obtained from the OS.
	StackSys uint64
	// MSpanInuse is bytes of allocated span structures.
	MSpanInuse uint64
	// MSpanSys is bytes of memory obtained from the OS for spans.
	MSpanSys uint64
	// MCacheInuse and MCacheSys are bytes of per-P caches (gvm has none).
	MCacheInuse uint64
	MCacheSys   uint64
	// BuckHashSys is bytes of profiling bucket hash tables (none).
	BuckHashSys uint64
	// GCSys is bytes of garbage collection metadata.
	GCSys uint64
	// OtherSys is bytes of miscellaneous off-heap runtime allocations.
	OtherSys uint64

	// NextGC is the target heap size of the next GC cycle.
	NextGC uint64
	// LastGC is the time the last garbage collection finished, as
	// nanoseconds since 1970 (the UNIX epoch).
	LastGC uint64
	// PauseTotalNs is the cumulative nanoseconds in GC stop-the-world
	// pauses since the program started.
	PauseTotalNs uint64
	// PauseNs is a circular buffer of recent GC stop-the-world pause
	// times in nanoseconds: the most recent at PauseNs[(NumGC+255)%256].
	PauseNs [256]uint64
	// PauseEnd is a circular buffer of recent GC pause end times, as
	// nanoseconds since 1970, indexed as PauseNs.
	PauseEnd [256]uint64
	// NumGC is the number of completed GC cycles.
	NumGC uint32
	// NumForcedGC is the number of GC cycles that were forced by the
	// application calling the GC function.
	NumForcedGC uint32
	// GCCPUFraction is the fraction of this program's available CPU time
	// used by the GC since the program started.
	GCCPUFraction float64
	// EnableGC indicates that GC is enabled (always true, as in Go).
	EnableGC bool
	// DebugGC is currently unused.
	DebugGC bool

	// BySize reports per-size class allocation statistics.
	BySize [61]struct {
		// Size is the maximum byte size of an object in this size class.
		Size uint32
		// Mallocs is the cumulative count of heap objects allocated in
		// this size class.
		Mallocs uint64
		// Frees is the cumulative count of heap objects freed in this
		// size class.
		Frees uint64
	}
}
