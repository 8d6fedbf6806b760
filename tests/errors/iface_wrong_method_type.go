// The message is Go 1.24 types2 wording (as in iface_missing_method.go):
// "cannot use T{…} (value of struct type T) as Namer value in variable
// declaration: T does not implement Namer (wrong type for method Name)",
// then the have/want lines; Go 1.19 worded the first lines differently.
package main

type Namer interface {
	Name() string
}

type T struct{}

func (T) Name() int { return 0 }

func main() {
	var n Namer = T{}
	_ = n
}

// Error:
// iface_wrong_method_type.go:16:16: cannot use T{…} (value of struct type T) as Namer value in variable declaration: T does not implement Namer (wrong type for method Name)
// 		have Name() int
// 		want Name() string
// exit status 1
