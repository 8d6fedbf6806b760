package main

func Double[T int | float64](x T) T { return x * 2 }

func main() {
	f := Double
	_ = f
}

// Error:
// generic_func_without_instantiation.go:6:7: cannot use generic function Double without instantiation
// exit status 1
