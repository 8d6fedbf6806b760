package main

import "fmt"

type P struct{ A int }

func main() {
	fmt.Println(fmt.Sprintf("%d", "x"))
	fmt.Println(fmt.Sprintf("%s", 5))
	fmt.Println(fmt.Sprintf("%d %d", 1))
	fmt.Println(fmt.Sprintf("%d", 1, 3))
	fmt.Println(fmt.Sprintf("%d", 1, "two", 3.0))
	fmt.Println(fmt.Sprintf("%z", 5))
	fmt.Println(fmt.Sprintf("%t", 1))
	fmt.Println(fmt.Sprintf("%d", true))
	fmt.Println(fmt.Sprintf("%s", []int{1, 2}))
	fmt.Println(fmt.Sprintf("%d", P{1}, nil))
	fmt.Println(fmt.Sprintf("%s %d", nil, nil))
	fmt.Println(fmt.Sprintf("%v"))
	fmt.Println(fmt.Sprintf("%!"))
	fmt.Println(fmt.Sprintf("100%"))
	fmt.Println(fmt.Sprintf("%[3]d %[1]d", 1, 2))
	fmt.Println(fmt.Sprintf("%[0]d", 1))
	fmt.Println(fmt.Sprintf("%.*d|%*d", 3, 7, 4, 2))
	fmt.Println(fmt.Sprintf("%*d", "x", 2))
	fmt.Println(fmt.Sprintf("no verbs", "extra"))
	fmt.Println(fmt.Sprintf("%v %v", "only one"))
	fmt.Println(fmt.Sprintf("%c %U", "str", 3.5))
	fmt.Println(fmt.Sprintf("%x", true))
	fmt.Println(fmt.Sprintf("%s", P{1}))
}

// Output:
// %!d(string=x)
// %!s(int=5)
// 1 %!d(MISSING)
// 1%!(EXTRA int=3)
// 1%!(EXTRA string=two, float64=3)
// %!z(int=5)
// %!t(int=1)
// %!d(bool=true)
// [%!s(int=1) %!s(int=2)]
// {1}%!(EXTRA <nil>)
// %!s(<nil>) %!d(<nil>)
// %!v(MISSING)
// %!!(MISSING)
// 100%!(NOVERB)
// %!d(BADINDEX) 1
// %!d(BADINDEX)
// 007|   2
// %!(BADWIDTH)2
// no verbs%!(EXTRA string=extra)
// only one %!v(MISSING)
// %!c(string=str) %!U(float64=3.5)
// %!x(bool=true)
// {%!s(int=1)}
