package main

import "fmt"

// Counted loops in every shape the compiler fuses into one
// increment-and-branch instruction, and some it must not fuse.
func main() {
	n := 5
	s := 0
	for i := 0; i < n; i++ {
		s += i
	}
	fmt.Println("lt slot", s)
	s = 0
	for i := 0; i <= n; i++ {
		s += i
	}
	fmt.Println("le slot", s)
	s = 0
	for i := 10; i > 0; i-- {
		s += i
	}
	fmt.Println("gt imm down", s)
	s = 0
	for i := 10; i >= 0; i -= 2 {
		s += i
	}
	fmt.Println("ge imm step -2", s)
	s = 0
	for i := 0; i < 100000; i += 7 {
		s += i
	}
	fmt.Println("lt const step 7", s)
	s = 0
	for i := 0; i <= 3000000000; i += 100000000 {
		s++
	}
	fmt.Println("le big const", s)
	s = 0
	for i := 5; i < 3; i++ {
		s++
	}
	fmt.Println("never runs", s)
	s = 0
	for i := 0; i < 10; i++ {
		if i%2 == 0 {
			continue
		}
		if i > 7 {
			break
		}
		s += i
	}
	fmt.Println("continue and break", s)
	s = 0
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j > i {
				continue outer
			}
			s += j
		}
	}
	fmt.Println("labeled continue", s)
	s = 0
	for i := 0; i < 10; i++ {
		i++
		s += i
	}
	fmt.Println("counter changed in body", s)
	var b int8
	c := 0
	for b = 120; b > 100; b++ {
		c++
	}
	fmt.Println("int8 wraps", b, c)
	var u uint8
	c = 0
	for u = 250; u != 4; u++ {
		c++
	}
	fmt.Println("uint8 wraps", u, c)
	s = 0
	for i := 0; i < n; i += 128 {
		s++
	}
	fmt.Println("step too big to fuse", s)
}

// Output:
// lt slot 10
// le slot 15
// gt imm down 55
// ge imm step -2 30
// lt const step 7 714264285
// le big const 31
// never runs 0
// continue and break 16
// labeled continue 10
// counter changed in body 25
// int8 wraps -128 8
// uint8 wraps 4 10
// step too big to fuse 1
