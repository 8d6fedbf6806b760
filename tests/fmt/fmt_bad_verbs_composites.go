package main

import "fmt"

type P struct{ X int }

func main() {
	fmt.Printf("%d\n", "str")
	fmt.Printf("%s\n", 42)
	fmt.Printf("%d\n", P{1})
	fmt.Printf("%s\n", []int{1, 2})
	fmt.Printf("%t\n", []bool{true}, 3)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%z\n", P{2})
	fmt.Printf("no verbs\n", "extra", 2)
	fmt.Printf("%!\n")
	fmt.Printf("%[3]d %[1]d\n", 1, 2)
	fmt.Printf("%*d|\n", "w", 5)
	fmt.Printf("%.*f|\n", 2, 3.14159)
	fmt.Printf("%x %X\n", map[string]int{"a": 10}, struct{ S string }{"hi"})
	fmt.Println(fmt.Sprintf("%v|%d", nil, nil))
	fmt.Printf("%s %v\n", []byte("bytes"), []byte("ab"))
	fmt.Printf("%c %U %q\n", []rune("hé"), []rune("hé"), []rune("hé"))
}

// Output:
// %!d(string=str)
// %!s(int=42)
// {1}
// [%!s(int=1) %!s(int=2)]
// [true]
// %!(EXTRA int=3)1 %!d(MISSING)
// {%!z(int=2)}
// no verbs
// %!(EXTRA string=extra, int=2)%!!(MISSING)
// %!d(BADINDEX) 1
// %!(BADWIDTH)5|
// 3.14|
// map[61:a] {6869}
// <nil>|%!d(<nil>)
// bytes [97 98]
// [h é] [U+0068 U+00E9] ['h' 'é']
