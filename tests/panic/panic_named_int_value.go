package main

type MyInt int

func main() {
	panic(MyInt(5))
}

// Error:
// panic: main.MyInt(5)
//
// goroutine 1 [running]:
// main.main()
// exit status 2
