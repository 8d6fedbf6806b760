package main

type State int

func (s State) String() string {
	switch s {
	case 0:
		return "Idle"
	case 1:
		return "Running"
	}
	return "Unknown"
}

func main() {
	panic(State(1))
}

// Error:
// panic: Running
//
// goroutine 1 [running]:
// main.main()
// exit status 2
