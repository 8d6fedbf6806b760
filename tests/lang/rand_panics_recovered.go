package main

import (
	"fmt"
	"math/rand"
)

func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func main() {
	r := rand.New(rand.NewSource(1))
	try(func() { r.Intn(-5) })
	try(func() { r.Int63n(0) })
	try(func() { r.Int31n(-1) })
	try(func() { r.Shuffle(-1, func(i, j int) {}) })
	try(func() { var z *rand.Zipf; z.Uint64() })
	try(func() { rand.Int63n(-1) })
	try(func() { fmt.Println(r.Intn(1), r.Int63n(1)) })
}

// Output:
// invalid argument to Intn
// invalid argument to Int63n
// invalid argument to Int31n
// invalid argument to Shuffle
// rand: nil Zipf
// invalid argument to Int63n
// 0 0
// <nil>
