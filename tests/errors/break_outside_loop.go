package main

func main() {
	x := 1
	if x > 0 {
		break
	}
}

// Error:
// break_outside_loop.go:6:3: break is not in a loop, switch, or select
// exit status 1
