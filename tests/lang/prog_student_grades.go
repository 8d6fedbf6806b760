package main

import "fmt"

type Student struct {
	Name   string
	Scores []int
}

func (s Student) Average() float64 {
	if len(s.Scores) == 0 {
		return 0
	}
	t := 0
	for _, v := range s.Scores {
		t += v
	}
	return float64(t) / float64(len(s.Scores))
}

func letter(avg float64) string {
	switch {
	case avg >= 90:
		return "A"
	case avg >= 80:
		return "B"
	case avg >= 70:
		return "C"
	}
	return "F"
}

func sortByAverage(ss []Student) {
	for i := 1; i < len(ss); i++ {
		for j := i; j > 0; j-- {
			a, b := ss[j].Average(), ss[j-1].Average()
			if a > b || a == b && ss[j].Name < ss[j-1].Name {
				ss[j], ss[j-1] = ss[j-1], ss[j]
			} else {
				break
			}
		}
	}
}

func main() {
	class := []Student{
		{"Mia", []int{88, 92, 79}},
		{"Leo", []int{95, 91, 99}},
		{"Ava", []int{}},
		{"Zoe", []int{70, 75, 71}},
		{"Eli", []int{86, 93, 80}},
	}
	sortByAverage(class)
	byGrade := map[string][]string{}
	for rank, s := range class {
		avg := s.Average()
		g := letter(avg)
		byGrade[g] = append(byGrade[g], s.Name)
		fmt.Printf("%d. %-4s %6.2f %s\n", rank+1, s.Name, avg, g)
	}
	fmt.Println(byGrade)
	best := class[0]
	best.Scores[0] = 0
	fmt.Println(class[0].Scores[0], best.Average() < class[1].Average())
}

// Output:
// 1. Leo   95.00 A
// 2. Eli   86.33 B
// 3. Mia   86.33 B
// 4. Zoe   72.00 C
// 5. Ava    0.00 F
// map[A:[Leo] B:[Eli Mia] C:[Zoe] F:[Ava]]
// 0 true
