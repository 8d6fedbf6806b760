package main

import "fmt"

func main() {
	b := []byte("ab")
	b = append(b, "cd"...)
	fmt.Println(string(b), len(b))
	var out []byte
	for i := 0; i < 3; i++ {
		out = append(out, "go"...)
		out = append(out, '-')
	}
	out = append(out, "héllo"...)
	fmt.Println(string(out), len(out))
	fmt.Println(append([]byte(nil), ""...) == nil)
	greeting := "hi"
	msg := append([]byte(greeting), ", world"...)
	fmt.Printf("%s %v\n", msg, msg[:3])
}

// Output:
// abcd 4
// go-go-go-héllo 15
// true
// hi, world [104 105 44]
