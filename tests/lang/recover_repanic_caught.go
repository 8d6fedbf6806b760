package main

import "fmt"

func level3() {
	panic("level3 failed")
}

func level2() {
	defer func() {
		if r := recover(); r != nil {
			panic(fmt.Sprintf("level2: %v", r))
		}
	}()
	level3()
}

func level1() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("level1: %v", r)
		}
	}()
	level2()
	return nil
}

func main() {
	fmt.Println(level1())
}

// Output:
// level1: level2: level3 failed
