package main

func main() {
	x := 1 @ 2
	println(x)
}

// Error:
// invalid_character.go:4:9: invalid character U+0040 '@'
// invalid_character.go:4:11: syntax error: unexpected literal 2 at end of statement
// exit status 1
