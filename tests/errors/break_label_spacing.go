package main

func main() {
	for {
		break    L
	}
}

// Error:
// break_label_spacing.go:5:12: break label not defined: L
// exit status 1
