package main

type Reason string

func main() {
	panic(Reason("out of cheese"))
}

// Error:
// panic: main.Reason("out of cheese")
//
// goroutine 1 [running]:
// main.main()
// exit status 2
