package main

func main() {
	switch x := 1; x {
	case 1:
		println(1)
		fallthrough
	}
}

// Error:
// fallthrough_final_case.go:7:3: cannot fallthrough final case in switch
// exit status 1
