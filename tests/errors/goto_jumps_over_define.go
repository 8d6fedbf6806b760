package main

func main() {
	goto L
	a, b := 1, 2
L:
	println(a, b)
}

// Error:
// goto_jumps_over_define.go:4:7: goto L jumps over declaration of a, b at goto_jumps_over_define.go:5:7
// exit status 1
