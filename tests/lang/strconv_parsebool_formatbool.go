// strconv.ParseBool's accepted spellings and FormatBool, AppendBool.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"1", "t", "T", "true", "TRUE", "True", "0", "f", "F", "false", "FALSE", "False",
		"tRUE", "yes", "", " true", "2", "truee"} {
		b, err := strconv.ParseBool(s)
		fmt.Println(s, b, err)
	}
	fmt.Println(strconv.FormatBool(true), strconv.FormatBool(false))
	buf := strconv.AppendBool([]byte("x="), true)
	buf = strconv.AppendBool(append(buf, ','), false)
	fmt.Println(string(buf))
}
// Output:
// 1 true <nil>
// t true <nil>
// T true <nil>
// true true <nil>
// TRUE true <nil>
// True true <nil>
// 0 false <nil>
// f false <nil>
// F false <nil>
// false false <nil>
// FALSE false <nil>
// False false <nil>
// tRUE false strconv.ParseBool: parsing "tRUE": invalid syntax
// yes false strconv.ParseBool: parsing "yes": invalid syntax
//  false strconv.ParseBool: parsing "": invalid syntax
//  true false strconv.ParseBool: parsing " true": invalid syntax
// 2 false strconv.ParseBool: parsing "2": invalid syntax
// truee false strconv.ParseBool: parsing "truee": invalid syntax
// true false
// x=true,false
