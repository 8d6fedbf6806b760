// strings.ToUpper and ToLower beyond ASCII: Latin-1 and Latin Extended,
// Greek, Cyrillic, Armenian, Georgian, Cherokee, Deseret; runes with no
// simple mapping (ß) or a special one (İ, ı, ǅ, K), invalid bytes.
package main

import (
	"fmt"
	"strings"
)

func main() {
	for _, s := range []string{
		"àéîõüñçÿ ÀÉÎÕÜÑÇŸ", "ß ẞ", "ŀĳœ ĿĲŒ", "İstanbul ıi",
		"ǅ ǆ Ǆ ǈ ǋ", "K Å ſ", "αβγ δέ ΑΒΓ ΔΈ ς σ Σ", "ΐ ΰ ᾳ ᾼ",
		"привет мир ПРИВЕТ МИР ё Ё", "їєґ ЇЄҐ", "բարև ԲԱՐԵՒ", "ა ბ Ა Ბ",
		"ꭰ Ꭰ", "𐐨 𐐀", "ⓐ Ⓐ", "ｆｕｌｌ ＦＵＬＬ", "日本語 123",
	} {
		fmt.Printf("%s | %s | %s\n", s, strings.ToUpper(s), strings.ToLower(s))
	}
	fmt.Printf("%q %q\n", strings.ToUpper("a\xffb"), strings.ToLower("\xc3"))
	fmt.Printf("%q\n", strings.ToUpper("\xef\xbf\xbd"))
}
// Output:
// àéîõüñçÿ ÀÉÎÕÜÑÇŸ | ÀÉÎÕÜÑÇŸ ÀÉÎÕÜÑÇŸ | àéîõüñçÿ àéîõüñçÿ
// ß ẞ | ß ẞ | ß ß
// ŀĳœ ĿĲŒ | ĿĲŒ ĿĲŒ | ŀĳœ ŀĳœ
// İstanbul ıi | İSTANBUL II | istanbul ıi
// ǅ ǆ Ǆ ǈ ǋ | Ǆ Ǆ Ǆ Ǉ Ǌ | ǆ ǆ ǆ ǉ ǌ
// K Å ſ | K Å S | k å ſ
// αβγ δέ ΑΒΓ ΔΈ ς σ Σ | ΑΒΓ ΔΈ ΑΒΓ ΔΈ Σ Σ Σ | αβγ δέ αβγ δέ ς σ σ
// ΐ ΰ ᾳ ᾼ | ΐ ΰ ᾼ ᾼ | ΐ ΰ ᾳ ᾳ
// привет мир ПРИВЕТ МИР ё Ё | ПРИВЕТ МИР ПРИВЕТ МИР Ё Ё | привет мир привет мир ё ё
// їєґ ЇЄҐ | ЇЄҐ ЇЄҐ | їєґ їєґ
// բարև ԲԱՐԵՒ | ԲԱՐև ԲԱՐԵՒ | բարև բարեւ
// ა ბ Ა Ბ | Ა Ბ Ა Ბ | ა ბ ა ბ
// ꭰ Ꭰ | Ꭰ Ꭰ | ꭰ ꭰ
// 𐐨 𐐀 | 𐐀 𐐀 | 𐐨 𐐨
// ⓐ Ⓐ | Ⓐ Ⓐ | ⓐ ⓐ
// ｆｕｌｌ ＦＵＬＬ | ＦＵＬＬ ＦＵＬＬ | ｆｕｌｌ ｆｕｌｌ
// 日本語 123 | 日本語 123 | 日本語 123
// "A�B" "�"
// "�"
