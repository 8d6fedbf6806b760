package main

var x = []int{1, 2
}
