package main

import "fmt"

func main() {
	fmt.Printf("[%.0d][%5.0d][%.0x][%.1d]\n", 0, 0, 0, 0)
	fmt.Printf("[%.5d][%.5x][%8.5d][%-8.5d]\n", -42, 255, 42, 42)
	fmt.Printf("[%+.3d][% .3d][%#.4x]\n", 7, 7, 10)
	fmt.Printf("[%010.3d]\n", 5)
}

// Output:
// [][     ][][0]
// [-00042][000ff][   00042][00042   ]
// [+007][ 007][0x000a]
// [       005]
