package main

func main() {
	x := 1
	switch x {
	case 1:
		println("one")
	case 2, 1:
		println("again")
	}
}

// Error:
// duplicate_case.go:8:10: duplicate case 1 (constant of type int) in expression switch
// 	duplicate_case.go:6:7: previous case
// exit status 1
