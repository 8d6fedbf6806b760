package main

import "fmt"

func t(name string) bool {
	fmt.Print(name, " ")
	return true
}

func f(name string) bool {
	fmt.Print(name, " ")
	return false
}

func main() {
	fmt.Println(t("a") || t("b"))
	fmt.Println(f("a") || t("b"))
	fmt.Println(f("a") && t("b"))
	fmt.Println(t("a") && f("b") || t("c"))
	fmt.Println(f("a") || f("b") && t("c"))
	x := true
	y := !x
	fmt.Println(x == y, x != y, !y, x && !y)
}

// Output:
// a true
// a b true
// a false
// a b c true
// a b false
// false true true true
