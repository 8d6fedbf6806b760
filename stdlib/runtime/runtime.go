// Package runtime: the parts of Go's runtime package a program calls.
package runtime
