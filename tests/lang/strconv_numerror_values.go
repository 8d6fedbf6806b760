// A *NumError is an ordinary struct: its fields can be set and printed,
// it satisfies error, and %v / %+v / %#v print as Go prints them.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	_, err := strconv.ParseInt("0x1g", 0, 64)
	ne := err.(*strconv.NumError)
	fmt.Printf("%v\n%+v\n", ne, *ne)
	fmt.Println(ne.Func, ne.Num, ne.Err == strconv.ErrSyntax)
	ne.Func = "Mine"
	ne.Num = "日本"
	fmt.Println(err)
	_, err = strconv.ParseFloat("1e1000", 32)
	fmt.Println(err, err.(*strconv.NumError).Err == strconv.ErrRange)
	f, err := strconv.ParseFloat("-1e1000", 64)
	fmt.Println(f, err)
	var e error = &strconv.NumError{"F", "\x00", strconv.ErrRange}
	fmt.Println(e, strconv.IntSize)
}
// Output:
// strconv.ParseInt: parsing "0x1g": invalid syntax
// {Func:ParseInt Num:0x1g Err:invalid syntax}
// ParseInt 0x1g true
// strconv.Mine: parsing "日本": invalid syntax
// strconv.ParseFloat: parsing "1e1000": value out of range true
// -Inf strconv.ParseFloat: parsing "-1e1000": value out of range
// strconv.F: parsing "\x00": value out of range 64
