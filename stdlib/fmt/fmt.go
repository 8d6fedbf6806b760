// Package fmt's Go half: the entry points, and the loop that runs the
// methods (Error, String, GoString) the formatter asks for.
//
// The formatting itself is the native format (natives.c), which never
// calls bytecode: it formats the operands with the results of the method
// calls run so far and says how many calls it needed.  While that is more
// than were run, the calls it recorded run here, each under a deferred
// catchPanic as in Go's fmt, and it formats again.  A program with no
// such methods pays for one native call.
package fmt

import (
	"errors"
	"io"
)

// Stringer is implemented by any value that has a String method.
type Stringer interface {
	String() string
}

// GoStringer is implemented by any value that has a GoString method,
// which defines the Go syntax for that value (%#v).
type GoStringer interface {
	GoString() string
}

// One method call the formatter needs; natives.c reads and writes these
// words, so the layout is shared.
type methodCall struct {
	v      any
	verb   int
	kind   int    // callString, callGoString, callError
	mode   int    // resultNone … resultText, set by callMethod
	res    string // the result, as mode says to print it
	method string
}

const (
	callString   = 0 // Error() for an error, else String()
	callGoString = 1
	callError    = 2 // Error() only: %w

	resultNone = 1 // no such method: printed by kind
	resultVerb = 2 // printed with the verb
	resultS    = 3 // printed as %s
	resultText = 4 // written as is
)

const (
	howSprint   = 'v'
	howSprintln = 'l'
	howSprintf  = 'f'
	howErrorf   = 'e'
)

// run formats a as how says (with format f), writing the text to fd (1
// or 2) when fd > 0; it returns the text otherwise, and the operand
// numbers of %w verbs (Errorf).
func run(how int, f string, a []any, fd int, wrapped []int) (string, int, int) {
	var calls []methodCall
	ndone := 0
	for {
		s, n, need, nw := format(how, f, a, calls, ndone, fd, wrapped)
		if need == ndone {
			return s, n, nw
		}
		if need > len(calls) {
			grown := make([]methodCall, need)
			copy(grown, calls[:ndone])
			calls = grown
			continue
		}
		for i := ndone; i < need; i++ {
			callMethod(&calls[i])
		}
		ndone = need
	}
}

func callMethod(c *methodCall) {
	c.mode = resultNone
	defer catchPanic(c)
	switch c.kind {
	case callGoString:
		if g, ok := c.v.(GoStringer); ok {
			c.method = "GoString"
			c.res = g.GoString()
			c.mode = resultS
		}
	default:
		if e, ok := c.v.(error); ok {
			c.method = "Error"
			c.res = e.Error()
			c.mode = resultVerb
		} else if s, ok := c.v.(Stringer); ok && c.kind == callString {
			c.method = "String"
			c.res = s.String()
			c.mode = resultVerb
		}
	}
}

// catchPanic turns a panicking method into Go's %!v(PANIC=String method:
// …) text, or <nil> for a nil pointer receiver.
func catchPanic(c *methodCall) {
	if err := recover(); err != nil {
		if isNilPointer(c.v) {
			c.res = "<nil>"
			c.mode = resultS
			return
		}
		c.res = "%!" + string(rune(c.verb)) + "(PANIC=" + c.method + " method: " +
			Sprint(err) + ")"
		c.mode = resultText
	}
}

// Sprint formats using the default formats for its operands and returns
// the resulting string. Spaces are added between operands when neither
// is a string.
func Sprint(a ...any) string {
	s, _, _ := run(howSprint, "", a, 0, nil)
	return s
}

// Sprintln formats using the default formats for its operands and
// returns the resulting string. Spaces are always added between operands
// and a newline is appended.
func Sprintln(a ...any) string {
	s, _, _ := run(howSprintln, "", a, 0, nil)
	return s
}

// Sprintf formats according to a format specifier and returns the
// resulting string.
func Sprintf(format string, a ...any) string {
	s, _, _ := run(howSprintf, format, a, 0, nil)
	return s
}

// Print formats using the default formats for its operands and writes to
// standard output.
func Print(a ...any) (n int, err error) {
	_, n, _ = run(howSprint, "", a, 1, nil)
	return n, nil
}

// Println formats using the default formats for its operands and writes
// to standard output.
func Println(a ...any) (n int, err error) {
	_, n, _ = run(howSprintln, "", a, 1, nil)
	return n, nil
}

// Printf formats according to a format specifier and writes to standard
// output.
func Printf(format string, a ...any) (n int, err error) {
	_, n, _ = run(howSprintf, format, a, 1, nil)
	return n, nil
}

// Fprint formats using the default formats for its operands and writes
// to w.
func Fprint(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(Sprint(a...)))
}

// Fprintln formats using the default formats for its operands and writes
// to w.
func Fprintln(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintln(a...)))
}

// Fprintf formats according to a format specifier and writes to w.
func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintf(format, a...)))
}

// Errorf formats according to a format specifier and returns the string
// as a value that satisfies error. With one %w verb whose operand is an
// error the result has an Unwrap method returning it; with several, an
// Unwrap method returning all of them (Go 1.20).
func Errorf(format string, a ...any) error {
	var buf [4]int
	s, _, nw := run(howErrorf, format, a, 0, buf[:])
	wrapped := buf[:]
	if nw > len(buf) {
		wrapped = make([]int, nw)
		s, _, nw = run(howErrorf, format, a, 0, wrapped)
	}
	wrapped = wrapped[:nw]
	switch len(wrapped) {
	case 0:
		return errors.New(s)
	case 1:
		w := &wrapError{msg: s}
		w.err, _ = a[wrapped[0]].(error)
		return w
	}
	sortInts(wrapped)
	var errs []error
	for i, argNum := range wrapped {
		if i > 0 && wrapped[i-1] == argNum {
			continue
		}
		if e, ok := a[argNum].(error); ok {
			errs = append(errs, e)
		}
	}
	return &wrapErrors{s, errs}
}

func sortInts(x []int) {
	for i := 1; i < len(x); i++ {
		for j := i; j > 0 && x[j] < x[j-1]; j-- {
			x[j], x[j-1] = x[j-1], x[j]
		}
	}
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string {
	return e.msg
}

func (e *wrapError) Unwrap() error {
	return e.err
}

type wrapErrors struct {
	msg  string
	errs []error
}

func (e *wrapErrors) Error() string {
	return e.msg
}

func (e *wrapErrors) Unwrap() []error {
	return e.errs
}
