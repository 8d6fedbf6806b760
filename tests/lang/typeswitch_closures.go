package main

import "fmt"

func main() {
	var funcs []func() string
	for _, v := range []interface{}{1, "two", 3.5, nil} {
		switch x := v.(type) {
		case int:
			funcs = append(funcs, func() string { x++; return fmt.Sprint("int ", x) })
		case string:
			funcs = append(funcs, func() string { x += "!"; return "string " + x })
		default:
			funcs = append(funcs, func() string { return fmt.Sprintf("default %v", x) })
		}
	}
	for _, f := range funcs {
		fmt.Println(f())
	}
	fmt.Println(funcs[0](), funcs[1]())

	// the clause variable is a copy: changing it leaves the interface alone
	var i interface{} = 10
	switch x := i.(type) {
	case int:
		inc := func() { x += 5 }
		inc()
		inc()
		fmt.Println(x, i)
	}
	// a pointer inside an interface: changes through it are shared
	n := 1
	i = &n
	switch p := i.(type) {
	case *int:
		set := func(v int) { *p = v }
		set(42)
	}
	fmt.Println(n)
}

// Output:
// int 2
// string two!
// default 3.5
// default <nil>
// int 3 string two!!
// 20 10
// 42
