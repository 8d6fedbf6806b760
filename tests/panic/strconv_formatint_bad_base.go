// strconv.FormatInt with a base outside 2..36 panics with Go's message.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.FormatInt(10, 36))
	fmt.Println(strconv.FormatInt(10, 37))
}
// Error:
// a
// panic: strconv: illegal AppendInt/FormatInt base
//
// goroutine 1 [running]:
// main.main()
// exit status 2
