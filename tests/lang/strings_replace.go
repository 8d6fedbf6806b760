// strings.Replace with a count, and with an empty old string (it matches
// at the start and after each rune).
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2))
	fmt.Println(strings.Replace("oink oink oink", "oink", "moo", -1))
	fmt.Println(strings.Replace("oink oink oink", "oink", "moo", 0))
	fmt.Println(strings.Replace("oink oink oink", "oink", "moo", 10))
	fmt.Printf("%q\n", strings.Replace("abc", "", "-", -1))
	fmt.Printf("%q\n", strings.Replace("abc", "", "-", 2))
	fmt.Printf("%q\n", strings.Replace("", "", "-", -1))
	fmt.Printf("%q\n", strings.Replace("日本", "", "|", -1))
	fmt.Printf("%q\n", strings.Replace("a\xffb", "", ".", -1))
	fmt.Printf("%q\n", strings.Replace("aaaa", "aa", "b", -1))
	fmt.Printf("%q\n", strings.Replace("banana", "a", "", -1))
	fmt.Printf("%q\n", strings.Replace("same", "m", "m", -1))
	fmt.Printf("%q\n", strings.Replace("abc", "x", "y", -1))
	fmt.Printf("%q\n", strings.Replace("日本語", "本", "ほん", 1))
}
// Output:
// oinky oinky oink
// moo moo moo
// oink oink oink
// moo moo moo
// "-a-b-c-"
// "-a-bc"
// "-"
// "|日|本|"
// ".a.\xff.b."
// "bb"
// "bnn"
// "same"
// "abc"
// "日ほん語"
