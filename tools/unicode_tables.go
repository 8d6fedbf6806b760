//go:build ignore

// unicode_tables.go writes gvm's Unicode tables from Go's own: run
//
//	go run tools/unicode_tables.go
//
// from the top of the tree with Go 1.19 installed.  It reads Go's
// src/unicode/tables.go (the tables of Unicode 13.0.0 that Go 1.19 ships)
// and writes
//
//	stdlib/unicode/tables.h   an id per range table, the C declarations
//	stdlib/unicode/tables.c   every range table, the case ranges and the
//	                          case orbit, as compact C arrays
//	stdlib/unicode/unicode.go the part between the "generated" markers:
//	                          the package's variables (Latin, Upper, the
//	                          Categories map ...), each table loaded from
//	                          the C arrays by id when the package starts
//
// The tables are copied as Go has them (ranges, strides, LatinOffset), so
// unicode.Is over them walks the same ranges as Go's.  Before writing, the
// tables read from the source are checked against the running Go's
// unicode package.
package main

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"unicode"
)

type rng struct{ lo, hi, stride uint32 }

type table struct {
	name        string // Go's identifier: _Lu, foldLl
	id          int
	r16, r32    []rng
	latinOffset int
}

type caseRange struct {
	lo, hi uint32
	delta  [3]int64
}

var (
	tables    []*table
	byName    = map[string]*table{}
	aliases   [][2]string                // exported name, identifier it is set to, in source order
	maps      = map[string][][2]string{} // map name -> (key, identifier)
	mapOrder  []string
	caseRngs  []caseRange
	caseOrbit [][2]uint32
)

func die(format string, a ...interface{}) {
	fmt.Fprintf(os.Stderr, "unicode_tables: "+format+"\n", a...)
	os.Exit(1)
}

func main() {
	if !strings.HasPrefix(runtime.Version(), "go1.19") || unicode.Version != "13.0.0" {
		die("needs Go 1.19 (Unicode 13.0.0), have %s (Unicode %s)", runtime.Version(), unicode.Version)
	}
	src := filepath.Join(runtime.GOROOT(), "src", "unicode", "tables.go")
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, src, nil, 0)
	if err != nil {
		die("%v", err)
	}
	for _, decl := range f.Decls {
		g, ok := decl.(*ast.GenDecl)
		if !ok || g.Tok != token.VAR {
			continue
		}
		for _, spec := range g.Specs {
			vs := spec.(*ast.ValueSpec)
			for i, name := range vs.Names {
				readVar(name.Name, vs.Values[i])
			}
		}
	}
	check()
	writeFile("stdlib/unicode/tables.h", header())
	writeFile("stdlib/unicode/tables.c", ctables())
	spliceGo("stdlib/unicode/unicode.go", gosource())
}

func readVar(name string, v ast.Expr) {
	switch x := v.(type) {
	case *ast.UnaryExpr: // &RangeTable{...}
		lit := x.X.(*ast.CompositeLit)
		if id, ok := lit.Type.(*ast.Ident); !ok || id.Name != "RangeTable" {
			die("%s: not a RangeTable", name)
		}
		t := &table{name: name, id: len(tables)}
		for _, e := range lit.Elts {
			kv := e.(*ast.KeyValueExpr)
			switch kv.Key.(*ast.Ident).Name {
			case "R16":
				t.r16 = ranges(kv.Value)
			case "R32":
				t.r32 = ranges(kv.Value)
			case "LatinOffset":
				t.latinOffset = int(num(kv.Value))
			}
		}
		tables = append(tables, t)
		byName[name] = t
	case *ast.Ident:
		if name == "CaseRanges" {
			return // = _CaseRanges: unicode.go loads it with caseRanges()
		}
		aliases = append(aliases, [2]string{name, x.Name})
	case *ast.CompositeLit:
		switch typ := x.Type.(type) {
		case *ast.MapType:
			var entries [][2]string
			for _, e := range x.Elts {
				kv := e.(*ast.KeyValueExpr)
				key, _ := strconv.Unquote(kv.Key.(*ast.BasicLit).Value)
				entries = append(entries, [2]string{key, kv.Value.(*ast.Ident).Name})
			}
			maps[name] = entries
			mapOrder = append(mapOrder, name)
		case *ast.ArrayType:
			elt := typ.Elt.(*ast.Ident).Name
			switch {
			case name == "_CaseRanges" && elt == "CaseRange":
				for _, e := range x.Elts {
					c := e.(*ast.CompositeLit).Elts
					d := c[2].(*ast.CompositeLit).Elts
					caseRngs = append(caseRngs, caseRange{uint32(num(c[0])), uint32(num(c[1])),
						[3]int64{num(d[0]), num(d[1]), num(d[2])}})
				}
			case name == "caseOrbit" && elt == "foldPair":
				for _, e := range x.Elts {
					c := e.(*ast.CompositeLit).Elts
					caseOrbit = append(caseOrbit, [2]uint32{uint32(num(c[0])), uint32(num(c[1]))})
				}
			case name == "properties" || name == "asciiFold":
				// Latin-1 caches of the tables above; gvm looks in the tables.
			default:
				die("unexpected table %s", name)
			}
		}
	default:
		die("unexpected variable %s", name)
	}
}

func ranges(v ast.Expr) []rng {
	var rs []rng
	for _, e := range v.(*ast.CompositeLit).Elts {
		c := e.(*ast.CompositeLit).Elts
		rs = append(rs, rng{uint32(num(c[0])), uint32(num(c[1])), uint32(num(c[2]))})
	}
	return rs
}

// The value of an integer literal, or of UpperLower (MaxRune + 1).
func num(e ast.Expr) int64 {
	switch x := e.(type) {
	case *ast.BasicLit:
		n, err := strconv.ParseInt(x.Value, 0, 64)
		if err != nil {
			die("%v", err)
		}
		return n
	case *ast.UnaryExpr:
		if x.Op == token.SUB {
			return -num(x.X)
		}
	case *ast.Ident:
		if x.Name == "UpperLower" {
			return unicode.UpperLower
		}
	}
	die("unexpected number at %T", e)
	return 0
}

// resolve follows an exported alias to the table it names.
func resolve(name string) *table {
	for i := 0; i < 8; i++ {
		if t, ok := byName[name]; ok {
			return t
		}
		found := false
		for _, a := range aliases {
			if a[0] == name {
				name, found = a[1], true
				break
			}
		}
		if !found {
			break
		}
	}
	die("unknown table %s", name)
	return nil
}

// check compares what was read with the running Go's tables.
func check() {
	same := func(what string, t *table, u *unicode.RangeTable) {
		if len(t.r16) != len(u.R16) || len(t.r32) != len(u.R32) || t.latinOffset != u.LatinOffset {
			die("%s differs from Go's", what)
		}
		for i, r := range u.R16 {
			if t.r16[i] != (rng{uint32(r.Lo), uint32(r.Hi), uint32(r.Stride)}) {
				die("%s differs from Go's", what)
			}
		}
		for i, r := range u.R32 {
			if t.r32[i] != (rng{r.Lo, r.Hi, r.Stride}) {
				die("%s differs from Go's", what)
			}
		}
	}
	goMaps := map[string]map[string]*unicode.RangeTable{
		"Categories": unicode.Categories, "Scripts": unicode.Scripts,
		"Properties": unicode.Properties, "FoldCategory": unicode.FoldCategory,
		"FoldScript": unicode.FoldScript,
	}
	for _, m := range mapOrder {
		gm := goMaps[m]
		if gm == nil || len(gm) != len(maps[m]) {
			die("map %s differs from Go's", m)
		}
		for _, e := range maps[m] {
			same(m+"["+e[0]+"]", resolve(e[1]), gm[e[0]])
		}
	}
	if len(caseRngs) != len(unicode.CaseRanges) {
		die("CaseRanges differs from Go's")
	}
	for i, c := range unicode.CaseRanges {
		if caseRngs[i].lo != c.Lo || caseRngs[i].hi != c.Hi ||
			caseRngs[i].delta != [3]int64{int64(c.Delta[0]), int64(c.Delta[1]), int64(c.Delta[2])} {
			die("CaseRanges differs from Go's")
		}
	}
	for _, p := range caseOrbit {
		if unicode.SimpleFold(rune(p[0])) != rune(p[1]) {
			die("caseOrbit differs from Go's SimpleFold at %#x", p[0])
		}
	}
}

// banner says where a generated file comes from, its lines joined by sep.
func banner(sep string) string {
	return "generated by tools/unicode_tables.go from Go 1.19's" + sep +
		"src/unicode/tables.go (Unicode 13.0.0): do not edit"
}

// cname is a table's identifier in C: _Lu is UNI_Lu, foldLl UNI_foldLl.
func cname(t *table) string {
	return "UNI_" + strings.TrimPrefix(t.name, "_")
}

func header() string {
	var b bytes.Buffer
	fmt.Fprintf(&b, "/* tables.h: %s.\n *\n", banner("\n * "))
	b.WriteString(" * The id of each of Go's range tables, an index into uni_tables[]; the\n")
	b.WriteString(" * Go half of package unicode loads table n by its number. */\n")
	b.WriteString("#ifndef GVM_UNICODE_TABLES_H\n#define GVM_UNICODE_TABLES_H\n\n")
	b.WriteString("enum UniTableId {\n")
	for _, t := range tables {
		fmt.Fprintf(&b, "\t%s = %d,\n", cname(t), t.id)
	}
	fmt.Fprintf(&b, "\tUNI_NTABLES = %d\n};\n\n", len(tables))
	b.WriteString("/* The sizes of uni_case_ranges[] and uni_case_orbit[]. */\n")
	fmt.Fprintf(&b, "enum { UNI_NCASE_RANGES = %d, UNI_NCASE_ORBIT = %d };\n\n", len(caseRngs), len(caseOrbit))
	b.WriteString("#endif\n")
	return b.String()
}

func ctables() string {
	var b bytes.Buffer
	fmt.Fprintf(&b, "/* tables.c: %s.\n *\n", banner("\n * "))
	b.WriteString(" * All range tables share two arrays of ranges (lo, hi, stride), 16-bit\n")
	b.WriteString(" * and 32-bit, each table a run of each; then the case ranges (lo, hi,\n")
	b.WriteString(" * deltas to upper, lower and title case) and the case orbit pairs. */\n")
	b.WriteString("#include \"unicode.h\"\n\n")
	emit := func(decl string, n int, item func(i int) string) {
		fmt.Fprintf(&b, "%s = {\n", decl)
		line := "\t"
		for i := 0; i < n; i++ {
			s := item(i) + ","
			if len(line)+len(s)+1 > 80 {
				b.WriteString(strings.TrimRight(line, " ") + "\n")
				line = "\t"
			}
			line += s + " "
		}
		if line != "\t" {
			b.WriteString(strings.TrimRight(line, " ") + "\n")
		}
		b.WriteString("};\n\n")
	}
	var all16, all32 []rng
	off16 := make([]int, len(tables))
	off32 := make([]int, len(tables))
	for i, t := range tables {
		off16[i], off32[i] = len(all16), len(all32)
		all16 = append(all16, t.r16...)
		all32 = append(all32, t.r32...)
	}
	emit(fmt.Sprintf("static const UniRange16 r16[%d]", len(all16)), len(all16), func(i int) string {
		r := all16[i]
		return fmt.Sprintf("{0x%04X, 0x%04X, %d}", r.lo, r.hi, r.stride)
	})
	emit(fmt.Sprintf("static const UniRange32 r32[%d]", len(all32)), len(all32), func(i int) string {
		r := all32[i]
		return fmt.Sprintf("{0x%05X, 0x%05X, %d}", r.lo, r.hi, r.stride)
	})
	b.WriteString("const UniTable uni_tables[UNI_NTABLES] = {\n")
	for i, t := range tables {
		fmt.Fprintf(&b, "\t[%s] = {r16 + %d, r32 + %d, %d, %d, %d},\n", cname(t),
			off16[i], off32[i], len(t.r16), len(t.r32), t.latinOffset)
	}
	b.WriteString("};\n\n")
	delta := func(d int64) string {
		if d == unicode.UpperLower {
			return "UNI_UPPER_LOWER"
		}
		return strconv.FormatInt(d, 10)
	}
	emit(fmt.Sprintf("const UniCaseRange uni_case_ranges[UNI_NCASE_RANGES]"), len(caseRngs), func(i int) string {
		c := caseRngs[i]
		return fmt.Sprintf("{0x%04X, 0x%04X, {%s, %s, %s}}", c.lo, c.hi,
			delta(c.delta[0]), delta(c.delta[1]), delta(c.delta[2]))
	})
	emit(fmt.Sprintf("const UniFoldPair uni_case_orbit[UNI_NCASE_ORBIT]"), len(caseOrbit), func(i int) string {
		return fmt.Sprintf("{0x%04X, 0x%04X}", caseOrbit[i][0], caseOrbit[i][1])
	})
	return strings.TrimRight(b.String(), "\n") + "\n"
}

func gosource() string {
	var b bytes.Buffer
	fmt.Fprintf(&b, "// The tables, %s.\n", banner("\n// "))
	// A table gets one variable: the first exported name Go gives it, or
	// its own (foldLl) when it has none; Go's other names for it are set
	// to that variable.  (Fewer variables make a smaller package to
	// compile; the pointers are Go's: unicode.Upper == unicode.Lu.)
	varOf := map[*table]string{}
	for _, a := range aliases {
		if t := resolve(a[1]); varOf[t] == "" {
			varOf[t] = a[0]
		}
	}
	b.WriteString("var (\n")
	for _, t := range tables {
		if varOf[t] == "" {
			varOf[t] = t.name
		}
		fmt.Fprintf(&b, "\t%s = load(%d)\n", varOf[t], t.id)
	}
	b.WriteString(")\n\nvar (\n")
	for _, a := range aliases {
		if v := varOf[resolve(a[1])]; v != a[0] {
			fmt.Fprintf(&b, "\t%s = %s\n", a[0], v)
		}
	}
	b.WriteString(")\n")
	for _, m := range mapOrder {
		fmt.Fprintf(&b, "\nvar %s = map[string]*RangeTable{\n", m)
		for _, e := range maps[m] {
			fmt.Fprintf(&b, "\t%q: %s,\n", e[0], varOf[resolve(e[1])])
		}
		b.WriteString("}\n")
	}
	return b.String()
}

func writeFile(path, text string) {
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		die("%v", err)
	}
}

const (
	beginMark = "// ---- begin generated tables ----\n"
	endMark   = "// ---- end generated tables ----\n"
)

func spliceGo(path, text string) {
	old, err := os.ReadFile(path)
	if err != nil {
		die("%v", err)
	}
	s := string(old)
	i, j := strings.Index(s, beginMark), strings.Index(s, endMark)
	if i < 0 || j < i {
		die("%s: no generated-tables markers", path)
	}
	src, err := format.Source([]byte(s[:i+len(beginMark)] + text + s[j:]))
	if err != nil {
		die("%s: %v", path, err)
	}
	writeFile(path, string(src))
}
