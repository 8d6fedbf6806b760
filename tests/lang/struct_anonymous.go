package main

import "fmt"

type Named struct {
	A int
	B string
}

func main() {
	pt := struct {
		X, Y int
	}{1, 2}
	fmt.Println(pt, pt.X+pt.Y)
	fmt.Printf("%T\n", pt)

	tests := []struct {
		in   int
		want int
	}{
		{1, 2},
		{5, 10},
		{-3, -6},
	}
	for _, tc := range tests {
		fmt.Println(tc.in, tc.in*2 == tc.want)
	}

	var anon struct {
		A int
		B string
	}
	anon.A = 3
	n := Named(anon)
	var n2 Named = anon
	fmt.Println(n, n2 == n)
	anon = n
	fmt.Printf("%+v\n", anon)

	cfg := struct {
		Host string
		Port int
	}{Host: "localhost", Port: 8080}
	fmt.Printf("%+v\n", cfg)
}

// Output:
// {1 2} 3
// struct { X int; Y int }
// 1 true
// 5 true
// -3 true
// {3 } true
// {A:3 B:}
// {Host:localhost Port:8080}
