package main

import "fmt"

type Celsius float64
type Fahrenheit float64

type Vec struct{ X, Y float64 }
type Pos struct{ X, Y float64 }

type Scores []int
type Grid [2][2]int

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }

func main() {
	c := Celsius(37)
	fmt.Println(CToF(c))
	fmt.Printf("%T %T\n", c, CToF(c))
	v := Vec{1, 2}
	p := Pos(v)
	fmt.Println(p, Vec(p) == v)
	s := Scores([]int{3, 1, 2})
	raw := []int(s)
	raw[0] = 30
	fmt.Println(s, raw)
	g := Grid([2][2]int{{1, 2}, {3, 4}})
	fmt.Println(g)
	var x int32 = -1
	fmt.Println(uint8(x), uint16(x), int64(x), uint32(x))
	f := 3.99
	fmt.Println(int(f), int(-f), float32(f))
	bs := []byte("go")
	type MyBytes []byte
	mb := MyBytes(bs)
	mb[0] = 'G'
	fmt.Println(string(bs), string(mb))
	type Str string
	fmt.Println(Str("abc")+"def", len(Str("xyz")))
	fmt.Println([]byte(Str("AB")), []rune(Str("é")))
}

// Output:
// 98.6
// main.Celsius main.Fahrenheit
// {1 2} true
// [30 1 2] [30 1 2]
// [[1 2] [3 4]]
// 255 65535 -1 4294967295
// 3 -3 3.99
// Go Go
// abcdef 3
// [65 66] [233]
