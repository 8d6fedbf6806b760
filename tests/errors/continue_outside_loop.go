package main

func main() {
	switch x := 2; x {
	case 2:
		continue
	}
}

// Error:
// continue_outside_loop.go:6:3: continue is not in a loop
// exit status 1
