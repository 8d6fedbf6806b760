package main

import "fmt"

type Expr interface {
	Eval(env map[string]float64) (float64, error)
	String() string
}

type Num float64
type Var string
type Bin struct {
	Op   byte
	L, R Expr
}
type Neg struct{ X Expr }

func (n Num) Eval(map[string]float64) (float64, error) { return float64(n), nil }
func (n Num) String() string                           { return fmt.Sprint(float64(n)) }

func (v Var) Eval(env map[string]float64) (float64, error) {
	x, ok := env[string(v)]
	if !ok {
		return 0, fmt.Errorf("undefined variable %s", string(v))
	}
	return x, nil
}
func (v Var) String() string { return string(v) }

func (b Bin) Eval(env map[string]float64) (float64, error) {
	l, err := b.L.Eval(env)
	if err != nil {
		return 0, err
	}
	r, err := b.R.Eval(env)
	if err != nil {
		return 0, err
	}
	switch b.Op {
	case '+':
		return l + r, nil
	case '-':
		return l - r, nil
	case '*':
		return l * r, nil
	case '/':
		if r == 0 {
			return 0, fmt.Errorf("division by zero in %v", b)
		}
		return l / r, nil
	}
	return 0, fmt.Errorf("bad op %q", b.Op)
}
func (b Bin) String() string {
	return "(" + b.L.String() + " " + string(b.Op) + " " + b.R.String() + ")"
}

func (n Neg) Eval(env map[string]float64) (float64, error) {
	x, err := n.X.Eval(env)
	return -x, err
}
func (n Neg) String() string { return "-" + n.X.String() }

func countNodes(e Expr) int {
	switch x := e.(type) {
	case Bin:
		return 1 + countNodes(x.L) + countNodes(x.R)
	case Neg:
		return 1 + countNodes(x.X)
	default:
		return 1
	}
}

func main() {
	env := map[string]float64{"x": 3, "y": 4}
	exprs := []Expr{
		Bin{'+', Num(1), Bin{'*', Var("x"), Var("y")}},
		Neg{Bin{'-', Var("y"), Num(10)}},
		Bin{'/', Var("x"), Bin{'-', Var("y"), Num(4)}},
		Bin{'*', Var("z"), Num(2)},
		Bin{'%', Num(1), Num(2)},
	}
	for _, e := range exprs {
		v, err := e.Eval(env)
		if err != nil {
			fmt.Printf("%-22v error: %v\n", e, err)
			continue
		}
		fmt.Printf("%-22v = %v (%d nodes)\n", e, v, countNodes(e))
	}
}

// Output:
// (1 + (x * y))          = 13 (5 nodes)
// -(y - 10)              = 6 (4 nodes)
// (x / (y - 4))          error: division by zero in (x / (y - 4))
// (z * 2)                error: undefined variable z
// (1 % 2)                error: bad op '%'
