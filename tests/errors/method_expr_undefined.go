package main

import "fmt"

type Rect struct{ W, H int }

func (r Rect) Area() int { return r.W * r.H }

func main() {
	fmt.Println(Rect.W, Rect.Perimeter, Rect.Area)
}

// Error:
// method_expr_undefined.go:10:19: Rect.W undefined (type Rect has no method W)
// method_expr_undefined.go:10:27: Rect.Perimeter undefined (type Rect has no field or method Perimeter)
// exit status 1
