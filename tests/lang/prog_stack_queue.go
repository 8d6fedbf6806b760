package main

import "fmt"

type Stack struct{ items []rune }

func (s *Stack) Push(r rune) { s.items = append(s.items, r) }
func (s *Stack) Pop() (rune, bool) {
	if len(s.items) == 0 {
		return 0, false
	}
	r := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return r, true
}
func (s *Stack) Len() int { return len(s.items) }

type Queue struct {
	items []string
	head  int
}

func (q *Queue) Enqueue(s string) { q.items = append(q.items, s) }
func (q *Queue) Dequeue() (string, bool) {
	if q.head == len(q.items) {
		return "", false
	}
	s := q.items[q.head]
	q.head++
	return s, true
}
func (q *Queue) Len() int { return len(q.items) - q.head }

func balanced(s string) bool {
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	var st Stack
	for _, r := range s {
		switch r {
		case '(', '[', '{':
			st.Push(r)
		case ')', ']', '}':
			top, ok := st.Pop()
			if !ok || top != pairs[r] {
				return false
			}
		}
	}
	return st.Len() == 0
}

func main() {
	for _, s := range []string{"(a[b]{c})", "(]", "((", "", "{[()()]}", "a)"} {
		fmt.Printf("%-10q %v\n", s, balanced(s))
	}
	var q Queue
	for _, job := range []string{"build", "test", "deploy"} {
		q.Enqueue(job)
	}
	first, _ := q.Dequeue()
	q.Enqueue("notify")
	fmt.Println(first, q.Len())
	for q.Len() > 0 {
		j, _ := q.Dequeue()
		fmt.Println("run", j)
	}
	_, ok := q.Dequeue()
	fmt.Println(ok)
}

// Output:
// "(a[b]{c})" true
// "(]"       false
// "(("       false
// ""         true
// "{[()()]}" true
// "a)"       false
// build 3
// run test
// run deploy
// run notify
// false
