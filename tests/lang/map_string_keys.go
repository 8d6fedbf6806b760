package main

import "fmt"

func main() {
	ages := map[string]int{
		"alice": 31,
		"bob":   27,
	}
	ages["carol"] = 45
	ages["bob"]++
	fmt.Println(ages)
	fmt.Println(ages["alice"], ages["dave"])
	key := "ca"
	key += "rol"
	fmt.Println(ages[key])
	empty := map[string]string{"": "empty key"}
	fmt.Println(empty[""], len(empty))
	b := []byte("bob")
	fmt.Println(ages[string(b)])
	long := map[string]int{}
	k := ""
	for i := 0; i < 50; i++ {
		k += "x"
		long[k] = i
	}
	fmt.Println(len(long), long["xxxxx"])
}

// Output:
// map[alice:31 bob:28 carol:45]
// 31 0
// 45
// empty key 1
// 28
// 50 4
