/* debug.c: package runtime/debug's natives: the collector's settings.
 *
 * SetGCPercent and SetMemoryLimit set the heap's pacing inputs (gc/heap.h
 * says how the goal follows from them); GOGC and GOMEMLIMIT set the same
 * inputs at start-up (vm/collect.c).  FreeOSMemory is runtime.GC followed
 * by giving every free page of the heap back to the OS.
 */
#include <stdint.h>

#include "packages.h"
#include "vm.h"

/* func SetGCPercent(percent int) int: Go converts percent to an int32,
 * and any negative value means off, which reads back as -1. */
static VMStatus set_gc_percent(VM *vm, uint64_t *w, int nvar)
{
	(void)nvar;
	int32_t percent = (int32_t)(uint32_t)w[0];
	w[0] = (uint64_t)(int64_t)gc_set_percent(vm_heap(vm), percent);
	return VM_OK;
}

/* func SetMemoryLimit(limit int64) int64: a negative limit only reads
 * the current one. */
static VMStatus set_memory_limit(VM *vm, uint64_t *w, int nvar)
{
	(void)nvar;
	w[0] = (uint64_t)gc_set_memory_limit(vm_heap(vm), (int64_t)w[0]);
	return VM_OK;
}

/* func FreeOSMemory(): a forced cycle, as runtime.GC, then the free
 * pages go back to the OS. */
static VMStatus free_os_memory(VM *vm, uint64_t *w, int nvar)
{
	(void)w;
	(void)nvar;
	if (!vm_gc(vm, true))
		return VM_PANIC;
	gc_release_free_pages(vm_heap(vm));
	return VM_OK;
}

static const NativeDecl decls[] = {
	{"func SetGCPercent(percent int) int", set_gc_percent},
	{"func SetMemoryLimit(limit int64) int64", set_memory_limit},
	{"func FreeOSMemory()", free_os_memory},
};

extern const char stdlib_runtime_debug_source[];

const NativePackage stdlib_runtime_debug = {
	"runtime/debug", decls, sizeof decls / sizeof decls[0],
	stdlib_runtime_debug_source, "/gvm/src/runtime/debug/debug.go"};
