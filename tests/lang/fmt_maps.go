package main

import "fmt"

type Pt struct{ X, Y int }

func main() {
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	fmt.Println(m)
	fmt.Printf("%v %+v\n", m, m)
	fmt.Printf("%#v\n", m)
	fmt.Printf("%T\n", m)
	fmt.Printf("%d %x\n", m, map[string]int{"k": 255})
	fmt.Printf("%q\n", map[string]string{"x": "1", "a": "2"})
	nested := map[string][]Pt{"line": {{0, 0}, {1, 1}}, "dot": {{5, 5}}}
	fmt.Printf("%v\n%+v\n%#v\n", nested, nested, nested)
	mm := map[int]map[string]bool{2: {"t": true}, 1: {"f": false, "e": true}}
	fmt.Println(mm)
	var nilMap map[string]int
	fmt.Printf("%v %#v %d\n", nilMap, nilMap, len(nilMap))
	fmt.Println(map[string]interface{}{"n": nil, "i": 1, "s": "str"})
}

// Output:
// map[a:1 b:2 c:3]
// map[a:1 b:2 c:3] map[a:1 b:2 c:3]
// map[string]int{"a":1, "b":2, "c":3}
// map[string]int
// map[%!d(string=a):1 %!d(string=b):2 %!d(string=c):3] map[6b:ff]
// map["a":"2" "x":"1"]
// map[dot:[{5 5}] line:[{0 0} {1 1}]]
// map[dot:[{X:5 Y:5}] line:[{X:0 Y:0} {X:1 Y:1}]]
// map[string][]main.Pt{"dot":[]main.Pt{main.Pt{X:5, Y:5}}, "line":[]main.Pt{main.Pt{X:0, Y:0}, main.Pt{X:1, Y:1}}}
// map[1:map[e:true f:false] 2:map[t:true]]
// map[] map[string]int(nil) 0
// map[i:1 n:<nil> s:str]
