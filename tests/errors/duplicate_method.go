// The message is Go 1.24 types2 wording (decl.go collectMethods:
// "method %s.%s already declared at %v"); Go 1.19 said "T.M redeclared in
// this block".
package main

type T struct{}

func (T) M() {}

func (T) M() {}

func main() {}

// Error:
// duplicate_method.go:10:10: method T.M already declared at duplicate_method.go:8:10
// exit status 1
