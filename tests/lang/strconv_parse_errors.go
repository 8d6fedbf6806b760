// The errors of strconv's parsers: invalid base, invalid bit size, the
// *NumError fields, Unwrap, and errors.Is against ErrRange and ErrSyntax.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	_, err := strconv.ParseInt("12", 1, 64)
	fmt.Println(err)
	_, err = strconv.ParseInt("-12", 37, 64)
	fmt.Println(err)
	_, err = strconv.ParseUint("12", -1, 64)
	fmt.Println(err)
	_, err = strconv.ParseInt("12", 10, 65)
	fmt.Println(err)
	_, err = strconv.ParseUint("12", 10, -1)
	fmt.Println(err)
	_, err = strconv.ParseInt("", 1, 64)
	fmt.Println(err)
	_, err = strconv.ParseInt("-", 10, 64)
	fmt.Println(err)

	_, err = strconv.ParseInt("300", 10, 8)
	ne, ok := err.(*strconv.NumError)
	fmt.Println(ok, ne.Func, ne.Num, ne.Err)
	fmt.Println(errors.Is(err, strconv.ErrRange), errors.Is(err, strconv.ErrSyntax))
	fmt.Println(errors.Unwrap(err) == strconv.ErrRange)

	_, err = strconv.Atoi("seven")
	target, ok := err.(*strconv.NumError)
	fmt.Println(ok, target.Func, target.Num)
	fmt.Println(errors.Is(err, strconv.ErrSyntax))

	_, err = strconv.ParseFloat("1.5x", 64)
	fmt.Println(err, errors.Is(err, strconv.ErrSyntax))
	_, err = strconv.ParseBool("yes")
	fmt.Println(err)
	fmt.Println(strconv.ErrRange, strconv.ErrSyntax)

	e := &strconv.NumError{Func: "Custom", Num: "a\"b\n", Err: errors.New("boom")}
	fmt.Println(e)
	fmt.Printf("%v|%s|%q\n", error(e), e, e.Error())
	wrapped := fmt.Errorf("config: %w", err)
	fmt.Println(wrapped, errors.Is(wrapped, strconv.ErrSyntax))
}
// Output:
// strconv.ParseInt: parsing "12": invalid base 1
// strconv.ParseInt: parsing "-12": invalid base 37
// strconv.ParseUint: parsing "12": invalid base -1
// strconv.ParseInt: parsing "12": invalid bit size 65
// strconv.ParseUint: parsing "12": invalid bit size -1
// strconv.ParseInt: parsing "": invalid syntax
// strconv.ParseInt: parsing "-": invalid syntax
// true ParseInt 300 value out of range
// true false
// true
// true Atoi seven
// true
// strconv.ParseFloat: parsing "1.5x": invalid syntax true
// strconv.ParseBool: parsing "yes": invalid syntax
// value out of range invalid syntax
// strconv.Custom: parsing "a\"b\n": boom
// strconv.Custom: parsing "a\"b\n": boom|strconv.Custom: parsing "a\"b\n": boom|"strconv.Custom: parsing \"a\\\"b\\n\": boom"
// config: strconv.ParseBool: parsing "yes": invalid syntax true
