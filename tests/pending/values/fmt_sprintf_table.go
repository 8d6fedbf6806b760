package main

import "fmt"

type Row struct {
	Item  string
	Qty   int
	Price float64
}

func main() {
	rows := []Row{{"apple", 3, 0.5}, {"watermelon", 1, 3.25}, {"fig", 12, 0.2}}
	header := fmt.Sprintf("%-12s %5s %8s", "ITEM", "QTY", "TOTAL")
	fmt.Println(header)
	line := ""
	for i := 0; i < len(header); i++ {
		line += "-"
	}
	fmt.Println(line)
	sum := 0.0
	for _, r := range rows {
		t := float64(r.Qty) * r.Price
		sum += t
		fmt.Printf("%-12s %5d %8.2f\n", r.Item, r.Qty, t)
	}
	fmt.Printf("%-12s %5s %8.2f\n", "TOTAL", "", sum)
	fmt.Printf("%[1]s %[1]q %[2]*[1]s|\n", "go", 6)
}

// Output:
// ITEM           QTY    TOTAL
// ---------------------------
// apple            3     1.50
// watermelon       1     3.25
// fig             12     2.40
// TOTAL                  7.15
// go "go"     go|
