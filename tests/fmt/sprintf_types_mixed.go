package main

import "fmt"

func main() {
	var u8 uint8 = 65
	var r rune = 'é'
	var f32 float32 = 0.25
	s := fmt.Sprintf("%v %d %c %q %x", u8, u8, u8, u8, u8)
	fmt.Println(s)
	fmt.Println(fmt.Sprintf("%v %d %c %q %U", r, r, r, r, r))
	fmt.Println(fmt.Sprintf("%v %.3f %e %T", f32, f32, f32, f32))
	fmt.Println(fmt.Sprintf("%v|%s|%q|%x|%T", "s", "s", "s", "s", "s"))
}

// Output:
// 65 65 A 'A' 41
// 233 233 é 'é' U+00E9
// 0.25 0.250 2.500000e-01 float32
// s|s|"s"|73|string
