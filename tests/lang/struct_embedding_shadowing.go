package main

import "fmt"

type Logger struct{ prefix string }

func (l Logger) Log(msg string) string { return l.prefix + msg }
func (l Logger) Level() string         { return "info" }

type Service struct {
	Logger
	Name string
}

func (s Service) Log(msg string) string {
	return "[" + s.Name + "] " + s.Logger.Log(msg)
}

type Deep struct {
	Service
}

func (Deep) Level() string { return "debug" }

func main() {
	s := Service{Logger{"> "}, "api"}
	fmt.Println(s.Log("started"))
	fmt.Println(s.Logger.Log("raw"))
	fmt.Println(s.Level())
	d := Deep{s}
	fmt.Println(d.Log("deep"), d.Level(), d.Service.Level())
	fmt.Printf("%q %q\n", d.prefix, d.Service.Logger.prefix)
}

// Output:
// [api] > started
// > raw
// info
// [api] > deep debug info
// "> " "> "
