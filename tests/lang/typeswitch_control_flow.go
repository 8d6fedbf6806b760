package main

import "fmt"

func main() {
	vals := []interface{}{1, "skip", 2.5, "stop", 3, true}
	sum := 0
outer:
	for i, v := range vals {
		switch x := v.(type) {
		case int:
			if x == 3 {
				fmt.Println("three: break out of the switch only")
				break
			}
			sum += x
		case string:
			if x == "skip" {
				continue outer
			}
			if x == "stop" {
				fmt.Println("stopping at", i)
				break outer
			}
		case float64:
			for j := 0; j < 3; j++ {
				switch interface{}(j).(type) {
				case int:
					if j == 1 {
						continue
					}
					if j == 2 {
						break
					}
					fmt.Println("inner", j)
				}
			}
			fmt.Println("float", x)
			continue
		}
		fmt.Println("after switch", i, sum)
	}
	fmt.Println("sum", sum)

	// labeled continue from inside a type switch in nested loops
	grid := [][]interface{}{{1, "a", 2}, {"b", 3}, {4, 5.5, 6}}
	count := 0
rows:
	for r, row := range grid {
		for _, cell := range row {
			switch c := cell.(type) {
			case string:
				fmt.Println("row", r, "has string", c)
				continue rows
			case float64:
				break rows
			case int:
				count += c
			}
		}
		fmt.Println("row", r, "all ints")
	}
	fmt.Println("count", count)

	// a labeled type switch
	var v interface{} = "x"
sw:
	switch v.(type) {
	case string:
		for {
			break sw
		}
		fmt.Println("not printed")
	}
	fmt.Println("done")
}

// Output:
// after switch 0 1
// inner 0
// float 2.5
// stopping at 3
// sum 1
// row 0 has string a
// row 1 has string b
// count 5
// done
