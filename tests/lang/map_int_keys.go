package main

import "fmt"

func main() {
	squares := map[int]int{}
	for i := -3; i <= 3; i++ {
		squares[i] = i * i
	}
	fmt.Println(len(squares), squares)
	fmt.Println(squares[-2], squares[3], squares[10])
	squares[3] = 0
	fmt.Println(squares[3], len(squares))
	var u8 = map[uint8]string{255: "max", 0: "min"}
	fmt.Println(u8)
	big := map[int64]bool{1 << 40: true, -1 << 40: false}
	fmt.Println(big[1<<40], big[-1<<40], len(big))
}

// Output:
// 7 map[-3:9 -2:4 -1:1 0:0 1:1 2:4 3:9]
// 4 9 0
// 0 7
// map[0:min 255:max]
// true false 2
