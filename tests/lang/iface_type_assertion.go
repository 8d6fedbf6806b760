package main

import "fmt"

type Stringer interface{ String() string }

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f deg", float64(t)) }

func main() {
	var v interface{} = 42
	n := v.(int)
	fmt.Println(n + 1)
	s, ok := v.(string)
	fmt.Printf("%q %v\n", s, ok)
	f, ok := v.(float64)
	fmt.Println(f, ok)

	v = Temp(21.5)
	if st, ok := v.(Stringer); ok {
		fmt.Println("stringer:", st.String())
	}
	t := v.(Temp)
	fmt.Println(float64(t) * 2)
	_, ok = v.(float64)
	fmt.Println(ok)

	var nothing interface{}
	_, ok = nothing.(int)
	fmt.Println(ok)
	_, ok = nothing.(Stringer)
	fmt.Println(ok)

	var st Stringer = Temp(1)
	var back interface{} = st
	tt, ok := back.(Temp)
	fmt.Println(tt, ok)
	e, ok := st.(interface{ Error() string })
	fmt.Println(e, ok)
}

// Output:
// 43
// "" false
// 0 false
// stringer: 21.5 deg
// 43
// false
// false
// false
// 1.0 deg true
// <nil> false
