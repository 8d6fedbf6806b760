package main

func main() {
	x := 1
	if x > 0 {
		println("pos")
	}
	else {
		println("neg")
	}
}

// Error:
// syntax_else_newline.go:8:2: syntax error: unexpected keyword else, expected }
// exit status 1
