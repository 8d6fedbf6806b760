package main

import "fmt"

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type Oops struct{ Code int }

func (o Oops) Error() string { return fmt.Sprint("oops #", o.Code) }

type Reading struct {
	Where string
	T     Temp
	Err   error
	temp  Temp
	err   Oops
}

func main() {
	temps := []Temp{20, 21.5}
	fmt.Println(temps)
	fmt.Printf("%v %s %d\n", temps, temps, temps)
	errs := []error{Oops{1}, nil, Oops{2}}
	fmt.Println(errs)
	byCity := map[string]Temp{"oslo": -3, "rome": 18}
	fmt.Println(byCity)
	r := Reading{"lab", 36.6, Oops{3}, 1, Oops{4}}
	fmt.Println(r)
	fmt.Printf("%+v\n", r)
	arr := [2]Temp{1, 2}
	fmt.Println(arr, &arr)
	nested := map[string][]error{"a": {Oops{5}}}
	fmt.Println(nested)
	ifaces := []interface{}{Temp(5), Oops{6}, 7}
	fmt.Println(ifaces)
	fmt.Printf("%#v\n", temps)
}

// Output:
// [20.0° 21.5°]
// [20.0° 21.5°] [20.0° 21.5°] [%!d(main.Temp=20) %!d(main.Temp=21.5)]
// [oops #1 <nil> oops #2]
// map[oslo:-3.0° rome:18.0°]
// {lab 36.6° oops #3 1 {4}}
// {Where:lab T:36.6° Err:oops #3 temp:1 err:{Code:4}}
// [1.0° 2.0°] &[1.0° 2.0°]
// map[a:[oops #5]]
// [5.0° oops #6 7]
// []main.Temp{20, 21.5}
