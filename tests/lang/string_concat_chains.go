package main

import "fmt"

func join(parts []string, sep string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

func main() {
	a, b, c := "go", "v", "m"
	abc := a + b + c
	fmt.Println(abc, len(abc), abc == "gov"+"m")
	s := ""
	for i := 0; i < 5; i++ {
		s += string(rune('a' + i))
		s = s + "-"
	}
	fmt.Println(s)
	fmt.Println(join([]string{"x", "y", "z"}, ", "), join(nil, ","), join([]string{"solo"}, "+"))
	empty := "" + "" + ""
	fmt.Println(len(empty), empty == "")
	sub := abc[1:] + abc[:1]
	fmt.Println(sub, abc)
	long := ""
	for i := 0; i < 100; i++ {
		long += "ab"
	}
	fmt.Println(len(long), long[98:102])
	x := "héllo"
	y := x[:2] + x[3:]
	fmt.Printf("%q %d\n", y, len(y))
	parts := []string{a + b, b + c, c + a}
	fmt.Println(parts, parts[0]+parts[1]+parts[2] == "govvmmgo")
}

// Output:
// govm 4 true
// a-b-c-d-e-
// x, y, z  solo
// 0 true
// ovmg govm
// 200 abab
// "h\xc3llo" 5
// [gov vm mgo] true
