package main

import "fmt"

func try(f func()) {
	defer func() {
		fmt.Println(recover())
	}()
	f()
}

func main() {
	s := make([]int, 3, 5)
	str := "hello"
	arr := [4]int{}
	i, j, k := 5, 2, 7
	neg := -1
	try(func() { _ = s[i] })
	try(func() { _ = s[neg] })
	try(func() { _ = str[i] })
	try(func() { _ = arr[i] })
	try(func() { _ = s[:k] })
	try(func() { _ = s[i:j] })
	try(func() { _ = s[k:] })
	try(func() { _ = s[:j:k] })
	try(func() { _ = s[:j:1] })
	try(func() { _ = s[i : j : k-2] })
	try(func() { _ = s[neg:] })
	try(func() { _ = str[:k] })
	try(func() { _ = str[i:j] })
	try(func() { _ = str[k:] })
	try(func() { _ = arr[:k] })
	try(func() { _ = arr[i:j] })
	var p *[3]int = new([3]int)
	try(func() { _ = p[:k] })
	try(func() { _ = s[:5] })
}

// Output:
// runtime error: index out of range [5] with length 3
// runtime error: index out of range [-1]
// runtime error: index out of range [5] with length 5
// runtime error: index out of range [5] with length 4
// runtime error: slice bounds out of range [:7] with capacity 5
// runtime error: slice bounds out of range [5:2]
// runtime error: slice bounds out of range [7:3]
// runtime error: slice bounds out of range [::7] with capacity 5
// runtime error: slice bounds out of range [:2:1]
// runtime error: slice bounds out of range [5:2:]
// runtime error: slice bounds out of range [-1:]
// runtime error: slice bounds out of range [:7] with length 5
// runtime error: slice bounds out of range [5:2]
// runtime error: slice bounds out of range [7:5]
// runtime error: slice bounds out of range [:7] with length 4
// runtime error: slice bounds out of range [5:2]
// runtime error: slice bounds out of range [:7] with length 3
// <nil>
