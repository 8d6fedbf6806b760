package main

import "fmt"

func main() {
	prices := map[string]float64{"tea": 2.5, "cake": 4.25, "jam": 3}
	total := 0.0
	count := 0
	for _, p := range prices {
		total += p
		count++
	}
	fmt.Println(total, count)
	keyLen := 0
	for k := range prices {
		keyLen += len(k)
	}
	fmt.Println(keyLen)
	maxK, maxV := "", 0.0
	for k, v := range prices {
		if v > maxV {
			maxK, maxV = k, v
		}
	}
	fmt.Println(maxK, maxV)
	var none map[string]int
	for range none {
		fmt.Println("never")
	}
	fmt.Println("done")
}

// Output:
// 9.75 3
// 10
// cake 4.25
// done
