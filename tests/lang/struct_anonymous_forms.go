package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	var cfg struct {
		Host string
		Port int
		TLS  struct {
			On   bool
			Cert string
		}
	}
	cfg.Host = "localhost"
	cfg.Port = 8080
	cfg.TLS.On = true
	fmt.Printf("%v\n%+v\n", cfg, cfg)
	cases := []struct {
		in   string
		want int
	}{
		{"a", 1},
		{"abc", 3},
		{"", 0},
	}
	for _, c := range cases {
		fmt.Println(len(c.in) == c.want, c)
	}
	anon := struct{ X, Y int }{3, 4}
	var p Point = anon // identical underlying types: assignable
	anon = p
	fmt.Println(p, anon, p == Point(anon))
	pairs := map[string]struct{ A, B int }{"one": {1, 2}}
	fmt.Println(pairs["one"].B, pairs["none"])
	ptr := &struct{ N []int }{[]int{1, 2}}
	ptr.N = append(ptr.N, 3)
	fmt.Println(ptr.N, len(ptr.N))
	fmt.Printf("%T\n", struct {
		A int
		B string
	}{})
}

// Output:
// {localhost 8080 {true }}
// {Host:localhost Port:8080 TLS:{On:true Cert:}}
// true {a 1}
// true {abc 3}
// true { 0}
// {3 4} {3 4} true
// 2 {0 0}
// [1 2 3] 3
// struct { A int; B string }
