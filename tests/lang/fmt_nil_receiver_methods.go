package main

import "fmt"

type List struct {
	head int
	next *List
}

func (l *List) String() string {
	if l == nil {
		return "empty"
	}
	return fmt.Sprint(l.head, "->", l.next)
}

type MyErr struct{ msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "nil MyErr"
	}
	return e.msg
}

func main() {
	var l *List
	fmt.Println(l)
	l = &List{1, &List{2, nil}}
	fmt.Println(l)
	var e *MyErr
	var err error = e
	fmt.Println(err, err == nil)
	fmt.Printf("%v %s\n", e, e)
	fmt.Println([]*List{nil, {9, nil}})
}

// Output:
// empty
// 1->2->empty
// nil MyErr false
// nil MyErr nil MyErr
// [empty 9->empty]
