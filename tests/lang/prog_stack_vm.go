package main

import "fmt"

type Op byte

const (
	Push Op = iota
	Add
	Mul
	Dup
	Dec
	Load
	Store
	JmpIfZero
	Jmp
	Print
	Halt
)

type Instr struct {
	Op  Op
	Arg int
}

var names = [...]string{"push", "add", "mul", "dup", "dec", "load", "store", "jz", "jmp", "print", "halt"}

func (i Instr) String() string {
	switch i.Op {
	case Push, Load, Store, JmpIfZero, Jmp:
		return fmt.Sprintf("%s %d", names[i.Op], i.Arg)
	}
	return names[i.Op]
}

type VM struct {
	stack []int
	regs  [4]int
	pc    int
	steps int
	out   []int
}

func (vm *VM) pop() int {
	v := vm.stack[len(vm.stack)-1]
	vm.stack = vm.stack[:len(vm.stack)-1]
	return v
}

func (vm *VM) push(v int) { vm.stack = append(vm.stack, v) }

func (vm *VM) Run(prog []Instr) {
	for vm.pc < len(prog) {
		in := prog[vm.pc]
		vm.pc++
		vm.steps++
		switch in.Op {
		case Push:
			vm.push(in.Arg)
		case Add:
			vm.push(vm.pop() + vm.pop())
		case Mul:
			vm.push(vm.pop() * vm.pop())
		case Dup:
			v := vm.pop()
			vm.push(v)
			vm.push(v)
		case Dec:
			vm.push(vm.pop() - 1)
		case Load:
			vm.push(vm.regs[in.Arg])
		case Store:
			vm.regs[in.Arg] = vm.pop()
		case JmpIfZero:
			if vm.pop() == 0 {
				vm.pc = in.Arg
			}
		case Jmp:
			vm.pc = in.Arg
		case Print:
			vm.out = append(vm.out, vm.stack[len(vm.stack)-1])
		case Halt:
			return
		}
	}
}

func main() {
	// r0 = 1; r1 = 5; while r1 != 0 { r0 *= r1; r1-- }; print r0
	fact := []Instr{
		{Push, 1}, {Store, 0}, {Push, 5}, {Store, 1},
		{Load, 1}, {JmpIfZero, 14},
		{Load, 0}, {Load, 1}, {Mul, 0}, {Store, 0},
		{Load, 1}, {Dec, 0}, {Store, 1},
		{Jmp, 4},
		{Load, 0}, {Print, 0}, {Halt, 0},
	}
	for i, in := range fact[:6] {
		fmt.Println(i, in)
	}
	var vm VM
	vm.Run(fact)
	fmt.Println(vm.stack, vm.out, vm.regs, vm.steps, vm.pc)

	count := []Instr{{Push, 3}, {Print, 0}, {Dec, 0}, {Dup, 0}, {JmpIfZero, 6}, {Jmp, 1}, {Halt, 0}}
	vm = VM{}
	vm.Run(count)
	fmt.Println(vm.stack, vm.out, vm.steps)
}

// Output:
// 0 push 1
// 1 store 0
// 2 push 5
// 3 store 1
// 4 load 1
// 5 jz 14
// [120] [120] [120 0 0 0] 59 17
// [0] [3 2 1] 16
