// strings.NewReplacer: replacements in the order they occur in the text,
// without overlap; at one place the earliest pair in the argument list
// wins (not the longest); an empty old string matches between bytes.
package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("This is <b>HTML</b>!"))
	fmt.Println(strings.NewReplacer("a", "1", "aa", "2", "aaa", "3").Replace("aaaa"))
	fmt.Println(strings.NewReplacer("aaa", "3", "aa", "2", "a", "1").Replace("aaaa"))
	fmt.Println(strings.NewReplacer("a", "b", "b", "a").Replace("abba"))
	fmt.Println(strings.NewReplacer("hello", "HI", "world", "EARTH").Replace("hello, world; hello!"))
	fmt.Printf("%q\n", strings.NewReplacer("", "-").Replace("abc"))
	fmt.Printf("%q\n", strings.NewReplacer("", "-", "b", "B").Replace("abc"))
	fmt.Printf("%q\n", strings.NewReplacer("b", "B", "", "-").Replace("abc"))
	fmt.Printf("%q\n", strings.NewReplacer("x", "y").Replace(""))
	fmt.Printf("%q\n", strings.NewReplacer().Replace("unchanged"))
	fmt.Printf("%q\n", strings.NewReplacer("a", "1", "a", "2").Replace("aa"))
	fmt.Printf("%q\n", strings.NewReplacer("é", "e", "ü", "u").Replace("résumé über"))
	fmt.Printf("%q\n", strings.NewReplacer("abc", "").Replace("xabcabcy"))
	esc := strings.NewReplacer("\\", "\\\\", "\n", "\\n", "\"", "\\\"")
	n, err := esc.WriteString(os.Stdout, "say \"hi\"\nnow\\\n")
	fmt.Println(n, err)
	var b strings.Builder
	esc.WriteString(&b, "a\nb")
	fmt.Println(b.String(), b.Len())
	defer func() { fmt.Println("recovered:", recover()) }()
	strings.NewReplacer("a", "b", "c")
}
// Output:
// This is &lt;b&gt;HTML&lt;/b&gt;!
// 1111
// 31
// baab
// HI, EARTH; HI!
// "-a-b-c-"
// "-a-B-c-"
// "-aB-c-"
// ""
// "unchanged"
// "11"
// "resume uber"
// "xy"
// say \"hi\"\nnow\\\n19 <nil>
// a\nb 4
// recovered: strings.NewReplacer: odd argument count
