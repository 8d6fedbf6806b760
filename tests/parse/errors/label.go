package main

func main() {
	switch {
	case true:
	L:
	default:
	}
}
