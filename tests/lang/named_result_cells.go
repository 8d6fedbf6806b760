package main

import "fmt"

type msgError struct{ msg string }

func (e *msgError) Error() string { return e.msg }

func setVia(p *int, v int) { *p = v }

func addressed() (n int) {
	setVia(&n, 7)
	return
}

func addressedExplicit() (n int) {
	setVia(&n, 7)
	return n * 3
}

func doubled() (n int) {
	defer func() { n *= 2 }()
	return 21
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &msgError{fmt.Sprint("recovered: ", r)}
			q = -1
		}
	}()
	q = a / b
	return q, nil
}

func mixed() (a int, s string, b []int) {
	p := &s
	defer func() { *p += "!"; b = append(b, a) }()
	a = 1
	return 5, "hi", []int{9}
}

func captured() (total int) {
	add := func(x int) { total += x }
	for i := 1; i <= 4; i++ {
		add(i)
	}
	return
}

type point struct{ X, Y int }

func fieldAddr() (p point) {
	px := &p.X
	*px = 3
	p.Y = 4
	return
}

func leaked() (r int, p *int) {
	p = &r
	r = 5
	return
}

func tryAll(items []int) (sum int, failures int) {
	for _, it := range items {
		func() {
			defer func() {
				if recover() != nil {
					failures++
				}
			}()
			sum += 10 / it
		}()
	}
	return
}

var errBoom error = &msgError{"boom"}

func wrapErr() (err error) {
	defer func() {
		if err != nil {
			err = &msgError{"wrapped: " + err.Error()}
		}
	}()
	return errBoom
}

func panicsNoRecoverInner() (v int) {
	defer func() { v += 100 }()
	defer func() { recover() }()
	v = 1
	panic("x")
}

func deferredMethodOnResult() (c counter) {
	defer c.bump()
	c.n = 1
	return
}

type counter struct{ n int }

func (c *counter) bump() { c.n += 10 }

func main() {
	fmt.Println(addressed(), addressedExplicit(), doubled())
	fmt.Println(safeDiv(7, 2))
	q, err := safeDiv(1, 0)
	fmt.Println(q, err.Error())
	fmt.Println(mixed())
	fmt.Println(captured(), fieldAddr())
	r, p := leaked()
	*p = 99
	fmt.Println(r, *p)
	fmt.Println(tryAll([]int{1, 0, 5, 0, 2}))
	err = wrapErr()
	fmt.Println(err.Error(), err != errBoom)
	fmt.Println(panicsNoRecoverInner(), deferredMethodOnResult())
}
// Output:
// 7 21 42
// 3 <nil>
// -1 recovered: runtime error: integer divide by zero
// 5 hi! [9 5]
// 10 {3 4}
// 5 99
// 17 2
// wrapped: boom true
// 101 {11}
