package main

import "fmt"

type Point struct{ X, Y int }
type Big struct {
	A, B, C int64
	S       string
	F       [3]float64
}
type MyInt int
type MyBytes []byte
type Fn func(int) int

func kind(v any) string {
	switch x := v.(type) {
	case MyInt:
		return fmt.Sprintf("MyInt %d", int(x)*10)
	case int:
		return fmt.Sprintf("int %d", x)
	case uint8:
		return fmt.Sprintf("uint8 %d", x+1)
	case float32:
		return fmt.Sprintf("float32 %v", x*2)
	case *int:
		*x += 100
		return fmt.Sprintf("*int -> %d", *x)
	case Point:
		return fmt.Sprintf("Point %d", x.X+x.Y)
	case *Point:
		x.X = 99
		return fmt.Sprintf("*Point %v", *x)
	case Big:
		return fmt.Sprintf("Big %d %s %v", x.A+x.B+x.C, x.S, x.F)
	case []string:
		return fmt.Sprintf("[]string %d %v", len(x), x)
	case MyBytes:
		return fmt.Sprintf("MyBytes %s", string(x))
	case map[string]int:
		return fmt.Sprintf("map %d %d", len(x), x["a"])
	case func() string:
		return "func() string: " + x()
	case Fn:
		return fmt.Sprint("Fn ", x(4))
	case func(int) int:
		return fmt.Sprint("func(int) int ", x(4))
	case [2]int:
		return fmt.Sprint("array ", x[0]+x[1])
	case struct{ N string }:
		return "anon struct " + x.N
	case chanless:
		return "chanless"
	}
	return fmt.Sprintf("other %T", v)
}

type chanless struct{}

func main() {
	n := 5
	pt := &Point{1, 2}
	vals := []any{
		MyInt(4), 4, uint8(7), float32(1.25), &n, Point{3, 4}, pt,
		Big{1, 2, 3, "big", [3]float64{1.5, 2, 3}},
		[]string{"a", "b"}, MyBytes("hi"), map[string]int{"a": 1},
		func() string { return "called" }, Fn(func(i int) int { return i * i }),
		func(i int) int { return -i }, [2]int{5, 6}, struct{ N string }{"n"},
		chanless{}, int64(1), []int(nil),
	}
	for _, v := range vals {
		fmt.Println(kind(v))
	}
	fmt.Println(n, *pt)
}

// Output:
// MyInt 40
// int 4
// uint8 8
// float32 2.5
// *int -> 105
// Point 7
// *Point {99 2}
// Big 6 big [1.5 2 3]
// []string 2 [a b]
// MyBytes hi
// map 1 1
// func() string: called
// Fn 16
// func(int) int -4
// array 11
// anon struct n
// chanless
// other int64
// other []int
// 105 {99 2}
