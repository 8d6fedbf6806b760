// A small script: parse lines of "name,int,float,bool", sum what parses
// and report each bad field with strconv's error text.
package main

import (
	"fmt"
	"strconv"
)

func split(s string, sep byte) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == sep {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

func main() {
	data := []string{
		"apples,12,1.25,true",
		"pears,-3,2.5e1,F",
		"plums,0x1F,0.1,1",
		"kiwis,1_000,1e400,maybe",
		"figs,99999999999999999999,-0,False",
		"dates,seven,NaN,t",
		"limes,+7,0x1p-2,0",
	}
	total := 0
	sum := 0.0
	yes := 0
	for _, line := range data {
		f := split(line, ',')
		n, err := strconv.Atoi(f[1])
		if err != nil {
			fmt.Println(f[0], "count:", err)
		} else {
			total += n
		}
		x, err := strconv.ParseFloat(f[2], 64)
		if err != nil {
			fmt.Println(f[0], "price:", err)
		} else if x == x {
			sum += x
		}
		b, err := strconv.ParseBool(f[3])
		if err != nil {
			fmt.Println(f[0], "flag:", err)
		} else if b {
			yes++
		}
	}
	fmt.Println("total", total, "sum", strconv.FormatFloat(sum, 'f', 2, 64), "yes", yes)
}
// Output:
// plums count: strconv.Atoi: parsing "0x1F": invalid syntax
// kiwis count: strconv.Atoi: parsing "1_000": invalid syntax
// kiwis price: strconv.ParseFloat: parsing "1e400": value out of range
// kiwis flag: strconv.ParseBool: parsing "maybe": invalid syntax
// figs count: strconv.Atoi: parsing "99999999999999999999": value out of range
// dates count: strconv.Atoi: parsing "seven": invalid syntax
// total 16 sum 26.60 yes 3
