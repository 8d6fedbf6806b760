package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
	numDays
)

var names = [...]string{
	Monday:   "Mon",
	Sunday:   "Sun",
	Saturday: "Sat",
	Friday:   "Fri",
}

var workday = [numDays]bool{Monday: true, Tuesday: true, Wednesday: true, Thursday: true, Friday: true}

const size = len(names) * 2

func main() {
	fmt.Println(len(names), size, len(workday))
	for d := Sunday; d < numDays; d++ {
		n := names[d]
		if n == "" {
			n = "?"
		}
		fmt.Printf("%d %-3s %v\n", d, n, workday[d])
	}
	primes := [...]int{2, 3, 5, 7, 11, 13}
	fmt.Printf("%T %v\n", primes, primes)
	sparse := [10]int{1, 2, 7: 8, 9}
	fmt.Println(sparse, len(sparse))
	var buf [size]byte
	fmt.Println(len(buf), cap(buf[2:5]))
	grid := [...][2]int{{1, 2}, 3: {7, 8}}
	fmt.Println(grid, len(grid))
}

// Output:
// 7 14 7
// 0 Sun false
// 1 Mon true
// 2 ?   true
// 3 ?   true
// 4 ?   true
// 5 Fri true
// 6 Sat false
// [6]int [2 3 5 7 11 13]
// [1 2 0 0 0 0 0 8 9 0] 10
// 14 12
// [[1 2] [0 0] [0 0] [7 8]] 4
