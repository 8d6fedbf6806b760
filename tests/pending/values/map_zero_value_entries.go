package main

import "fmt"

type Config struct {
	Name  string
	Debug bool
	Tags  []string
}

func main() {
	cfgs := map[string]Config{"prod": {Name: "prod", Tags: []string{"live"}}}
	fmt.Printf("%+v\n", cfgs["dev"])
	fmt.Printf("%+v\n", cfgs["prod"])
	nested := map[string]map[string]int{}
	fmt.Println(nested["a"]["b"], nested["a"] == nil)
	if nested["a"] == nil {
		nested["a"] = map[string]int{}
	}
	nested["a"]["b"] = 1
	fmt.Println(nested)
	fn := map[string]func() int{}
	fmt.Println(fn["none"] == nil)
}

// Output:
// {Name: Debug:false Tags:[]}
// {Name:prod Debug:false Tags:[live]}
// 0 true
// map[a:map[b:1]]
// true
