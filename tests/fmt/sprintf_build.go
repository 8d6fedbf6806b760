package main

import "fmt"

func row(name string, qty int, price float64) string {
	return fmt.Sprintf("%-8s|%4d|%8.2f|", name, qty, price)
}

func main() {
	fmt.Println(row("apple", 3, 0.5))
	fmt.Println(row("banana", 12, 1.25))
	fmt.Println(row("kiwi-fruit", 1234567, 99999.999))
	s := ""
	for i := 0; i < 5; i++ {
		s += fmt.Sprintf("%d,", i*i)
	}
	fmt.Println(s)
	fmt.Println(fmt.Sprintf("%08.3f|%x|%q", -3.5, "AZ", 'Z'))
}

// Output:
// apple   |   3|    0.50|
// banana  |  12|    1.25|
// kiwi-fruit|1234567|100000.00|
// 0,1,4,9,16,
// -003.500|415a|'Z'
