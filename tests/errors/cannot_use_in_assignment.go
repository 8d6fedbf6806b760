package main

func main() {
	var i int
	s := "text"
	i = s
	println(i)
}

// Error:
// cannot_use_in_assignment.go:6:6: cannot use s (variable of type string) as int value in assignment
// exit status 1
