package main

import "fmt"

type Weekday int

type Celsius float64

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

func next(d Weekday) Weekday { return (d + 1) % 7 }

func main() {
	fmt.Println(Sunday, Tuesday, next(Tuesday), next(6))
	fmt.Printf("%T %v %d\n", Monday, Monday+1, Monday)
	var t Celsius = 36.6
	fmt.Printf("%T %v %.2f\n", t, t*2, float64(t))
	var w int = int(Tuesday) * 10
	fmt.Println(w)
}

// Output:
// 0 2 3 0
// main.Weekday 2 1
// main.Celsius 73.2 36.60
// 20
