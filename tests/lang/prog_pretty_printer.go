package main

import "fmt"

func sortedKeys(m map[string]interface{}) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	return keys
}

func indent(n int) string {
	s := ""
	for i := 0; i < n; i++ {
		s += "  "
	}
	return s
}

func quote(s string) string {
	out := []byte{'"'}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '"', '\\':
			out = append(out, '\\', c)
		case '\n':
			out = append(out, '\\', 'n')
		default:
			out = append(out, c)
		}
	}
	return string(append(out, '"'))
}

func pretty(v interface{}, depth int) string {
	switch x := v.(type) {
	case nil:
		return "null"
	case bool:
		if x {
			return "true"
		}
		return "false"
	case int, float64:
		return fmt.Sprint(x)
	case string:
		return quote(x)
	case []interface{}:
		if len(x) == 0 {
			return "[]"
		}
		s := "[\n"
		for i, e := range x {
			s += indent(depth+1) + pretty(e, depth+1)
			if i < len(x)-1 {
				s += ","
			}
			s += "\n"
		}
		return s + indent(depth) + "]"
	case map[string]interface{}:
		if len(x) == 0 {
			return "{}"
		}
		s := "{\n"
		keys := sortedKeys(x)
		for i, k := range keys {
			s += indent(depth+1) + quote(k) + ": " + pretty(x[k], depth+1)
			if i < len(keys)-1 {
				s += ","
			}
			s += "\n"
		}
		return s + indent(depth) + "}"
	default:
		return fmt.Sprintf("\"<%T>\"", x)
	}
}

func main() {
	doc := map[string]interface{}{
		"name":    "gvm",
		"version": 1.5,
		"stable":  false,
		"tags":    []interface{}{"vm", "go", 42, nil},
		"owner": map[string]interface{}{
			"login": "gopher",
			"quote": "say \"hi\"\n",
			"repos": []interface{}{},
		},
		"extra": map[string]interface{}{},
		"weird": []int{1},
	}
	fmt.Println(pretty(doc, 0))
}

// Output:
// {
//   "extra": {},
//   "name": "gvm",
//   "owner": {
//     "login": "gopher",
//     "quote": "say \"hi\"\n",
//     "repos": []
//   },
//   "stable": false,
//   "tags": [
//     "vm",
//     "go",
//     42,
//     null
//   ],
//   "version": 1.5,
//   "weird": "<[]int>"
// }
