package main

var x = 0778
