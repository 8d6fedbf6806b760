package main

import "fmt"

type State int

const (
	Idle State = iota
	Selecting
	Paying
	Dispensing
)

var stateNames = [...]string{"Idle", "Selecting", "Paying", "Dispensing"}

func (s State) String() string { return stateNames[s] }

type Event string

type Machine struct {
	state  State
	credit int
	price  int
	log    []string
	table  map[State]map[Event]State
}

func NewMachine() *Machine {
	return &Machine{
		price: 3,
		table: map[State]map[Event]State{
			Idle:       {"select": Selecting},
			Selecting:  {"coin": Paying, "cancel": Idle},
			Paying:     {"coin": Paying, "cancel": Idle, "paid": Dispensing},
			Dispensing: {"take": Idle},
		},
	}
}

func (m *Machine) Fire(e Event) error {
	next, ok := m.table[m.state][e]
	if !ok {
		return fmt.Errorf("event %q not allowed in state %v", e, m.state)
	}
	m.log = append(m.log, fmt.Sprintf("%v --%s--> %v", m.state, e, next))
	m.state = next
	switch {
	case e == "coin":
		m.credit++
		if m.credit >= m.price {
			return m.Fire("paid")
		}
	case next == Idle:
		m.credit = 0
	}
	return nil
}

func main() {
	m := NewMachine()
	events := []Event{"coin", "select", "coin", "cancel", "select", "coin", "coin", "coin", "coin", "take"}
	for _, e := range events {
		if err := m.Fire(e); err != nil {
			fmt.Println("error:", err)
		}
	}
	for _, l := range m.log {
		fmt.Println(l)
	}
	fmt.Println("final:", m.state, m.credit)
}

// Output:
// error: event "coin" not allowed in state Idle
// error: event "coin" not allowed in state Dispensing
// Idle --select--> Selecting
// Selecting --coin--> Paying
// Paying --cancel--> Idle
// Idle --select--> Selecting
// Selecting --coin--> Paying
// Paying --coin--> Paying
// Paying --coin--> Paying
// Paying --paid--> Dispensing
// Dispensing --take--> Idle
// final: Idle 0
