package main

func main() {
	var v interface{} = 1
	switch x := v.(type) {
	case int:
	case string:
	default:
	}
	switch y := v.(type) {
	}
	switch t := 0; t := v.(type) {
	case int:
		_ = t
	}
}

// Error:
// typeswitch_unused_var.go:5:9: x declared and not used
// typeswitch_unused_var.go:10:9: y declared and not used
// typeswitch_unused_var.go:12:9: declared and not used: t
// exit status 1
