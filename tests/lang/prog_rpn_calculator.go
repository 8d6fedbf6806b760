package main

import "fmt"

type CalcError struct {
	Token string
	Msg   string
}

func (e *CalcError) Error() string { return fmt.Sprintf("at %q: %s", e.Token, e.Msg) }

func fields(s string) []string {
	var out []string
	start := -1
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' {
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	return out
}

func atoi(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	n, neg := 0, false
	if s[0] == '-' && len(s) > 1 {
		neg, s = true, s[1:]
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	if neg {
		n = -n
	}
	return n, true
}

func eval(expr string) (result int, err error) {
	var stack []int
	tok := ""
	defer func() {
		if r := recover(); r != nil {
			err = &CalcError{tok, fmt.Sprint(r)}
		}
	}()
	pop := func() int {
		if len(stack) == 0 {
			panic("stack underflow")
		}
		v := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		return v
	}
	for _, tok = range fields(expr) {
		if n, ok := atoi(tok); ok {
			stack = append(stack, n)
			continue
		}
		b, a := pop(), pop()
		switch tok {
		case "+":
			stack = append(stack, a+b)
		case "-":
			stack = append(stack, a-b)
		case "*":
			stack = append(stack, a*b)
		case "/":
			stack = append(stack, a/b)
		default:
			panic("unknown operator")
		}
	}
	if len(stack) != 1 {
		return 0, &CalcError{"", fmt.Sprintf("%d values left", len(stack))}
	}
	return stack[0], nil
}

func main() {
	for _, e := range []string{"3 4 + 2 *", "5 1 2 + 4 * + 3 -", "1 +", "4 0 /", "2 3 ^", "1 2", "-7 2 /"} {
		v, err := eval(e)
		fmt.Printf("%-20q %4d  %v\n", e, v, err)
	}
}

// Output:
// "3 4 + 2 *"            14  <nil>
// "5 1 2 + 4 * + 3 -"    14  <nil>
// "1 +"                   0  at "+": stack underflow
// "4 0 /"                 0  at "/": runtime error: integer divide by zero
// "2 3 ^"                 0  at "^": unknown operator
// "1 2"                   0  at "": 2 values left
// "-7 2 /"               -3  <nil>
