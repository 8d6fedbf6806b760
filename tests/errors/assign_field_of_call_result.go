package main

import "fmt"

type Config struct{ Port int }

func defaults() Config { return Config{80} }

func main() {
	defaults().Port = 8080
	fmt.Println(defaults())
}

// Error:
// assign_field_of_call_result.go:10:2: cannot assign to defaults().Port (neither addressable nor a map index expression)
// exit status 1
