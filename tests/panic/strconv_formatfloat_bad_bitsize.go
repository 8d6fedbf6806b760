// strconv.AppendFloat with a bit size other than 32 or 64 panics; a
// recovered panic's value is the message string.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	func() {
		defer func() {
			r := recover()
			s, ok := r.(string)
			fmt.Println(s, ok)
		}()
		strconv.FormatFloat(1, 'g', -1, 16)
	}()
	fmt.Println(string(strconv.AppendFloat(nil, 1, 'g', -1, 0)))
}
// Error:
// strconv: illegal AppendFloat/FormatFloat bitSize true
// panic: strconv: illegal AppendFloat/FormatFloat bitSize
//
// goroutine 1 [running]:
// main.main()
// exit status 2
