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

