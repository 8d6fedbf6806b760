package main

import "fmt"

const total = perDay * days
const perDay = hours * 60
const hours = 24
const days = 7

const greeting = prefix + ", " + who
const prefix = "hello"
const who = "gopher"

const mask = ^uint8(0)
const half = mask >> 1

func main() {
	fmt.Println(total, perDay, hours, days)
	fmt.Println(greeting, len(greeting))
	fmt.Println(mask, half)
	const local = total / days
	fmt.Println(local)
}

// Output:
// 10080 1440 24 7
// hello, gopher 13
// 255 127
// 1440
