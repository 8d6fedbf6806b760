package main

import "fmt"

func logf(level string, format string, args ...interface{}) {
	fmt.Printf("["+level+"] "+format+"\n", args...)
}

func count(args ...interface{}) int { return len(args) }

func first(args ...interface{}) interface{} {
	if len(args) == 0 {
		return nil
	}
	return args[0]
}

func main() {
	logf("info", "%d items, %s", 3, "ok")
	logf("warn", "no args")
	vals := []interface{}{1, "two", 3.0}
	logf("dbg", "%v %v %v", vals...)
	fmt.Println(count(), count(nil), count(vals...), count(vals))
	fmt.Println(first(), first("a", "b"))
	fmt.Println(vals...)
	strs := []string{"x", "y"}
	fmt.Println(count(strs), len(strs))
}

// Output:
// [info] 3 items, ok
// [warn] no args
// [dbg] 1 two 3
// 0 1 3 1
// <nil> a
// 1 two 3
// 1 2
