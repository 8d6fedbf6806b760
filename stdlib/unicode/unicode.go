// Package unicode's Go half: the types, In and IsOneOf, SpecialCase's
// methods, and the package's tables.  The predicates, case mappings and
// the search of a table (IsLetter, ToUpper, SimpleFold, Is's search) are
// natives (unicode.c).
//
// The tables section is written by tools/unicode_tables.go: every range
// table of Go 1.19 (Unicode 13.0.0) is copied from the C arrays of
// tables.c when the package starts.
package unicode

const (
	MaxRune         = '\U0010FFFF' // Maximum valid Unicode code point.
	ReplacementChar = '\uFFFD'     // Represents invalid code points.
	MaxASCII        = '\u007F'     // maximum ASCII value.
	MaxLatin1       = '\u00FF'     // maximum Latin-1 value.
)

// Version is the Unicode edition from which the tables are derived.
const Version = "13.0.0"

// RangeTable defines a set of Unicode code points by listing the ranges of
// code points within the set.
type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int // number of entries in R16 with Hi <= MaxLatin1
}

// Range16 represents of a range of 16-bit Unicode code points.
type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

// Range32 represents of a range of Unicode code points and is used when
// one or more of the values will not fit in 16 bits.
type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

// CaseRange represents a range of Unicode code points for simple (one
// code point to one code point) case conversion.
type CaseRange struct {
	Lo    uint32
	Hi    uint32
	Delta d
}

// SpecialCase represents language-specific case mappings such as Turkish.
type SpecialCase []CaseRange

// Indices into the Delta arrays inside CaseRanges for case mapping.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

type d [MaxCase]rune // to make the CaseRanges text shorter

// If the Delta field of a CaseRange is UpperLower, it means this CaseRange
// represents a sequence of the form (say) Upper Lower Upper Lower.
const (
	UpperLower = MaxRune + 1 // (Cannot be a valid delta.)
)

// Is reports whether the rune is in the specified table of ranges.
func Is(rangeTab *RangeTable, r rune) bool {
	switch is(rangeTab.R16, rangeTab.R32, r) {
	case 0:
		return false
	case 1:
		return true
	}
	// r is in a range of stride 0, which Go's search divides by.
	var stride uint32
	return uint32(r)%stride == 0
}

// IsOneOf reports whether the rune is a member of one of the ranges.
// The function "In" provides a nicer signature and should be used in
// preference to IsOneOf.
func IsOneOf(ranges []*RangeTable, r rune) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

// In reports whether the rune is a member of one of the ranges.
func In(r rune, ranges ...*RangeTable) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

// to maps the rune using the specified case mapping.
// It additionally reports whether caseRange contained a mapping for r.
func to(_case int, r rune, caseRange []CaseRange) (mappedRune rune, foundMapping bool) {
	if _case < 0 || MaxCase <= _case {
		return ReplacementChar, false // as reasonable an error as any
	}
	// binary search over ranges
	lo := 0
	hi := len(caseRange)
	for lo < hi {
		m := lo + (hi-lo)/2
		cr := caseRange[m]
		if rune(cr.Lo) <= r && r <= rune(cr.Hi) {
			delta := cr.Delta[_case]
			if delta > MaxRune {
				// An Upper-Lower sequence: the runes at even offsets
				// from its start are upper case, the ones at odd
				// offsets lower case.
				return rune(cr.Lo) + ((r-rune(cr.Lo))&^1 | rune(_case&1)), true
			}
			return r + delta, true
		}
		if r < rune(cr.Lo) {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return r, false
}

// ToUpper maps the rune to upper case giving priority to the special mapping.
func (special SpecialCase) ToUpper(r rune) rune {
	r1, hadMapping := to(UpperCase, r, []CaseRange(special))
	if r1 == r && !hadMapping {
		r1 = ToUpper(r)
	}
	return r1
}

// ToTitle maps the rune to title case giving priority to the special mapping.
func (special SpecialCase) ToTitle(r rune) rune {
	r1, hadMapping := to(TitleCase, r, []CaseRange(special))
	if r1 == r && !hadMapping {
		r1 = ToTitle(r)
	}
	return r1
}

// ToLower maps the rune to lower case giving priority to the special mapping.
func (special SpecialCase) ToLower(r rune) rune {
	r1, hadMapping := to(LowerCase, r, []CaseRange(special))
	if r1 == r && !hadMapping {
		r1 = ToLower(r)
	}
	return r1
}

var TurkishCase SpecialCase = _TurkishCase
var _TurkishCase = SpecialCase{
	CaseRange{0x0049, 0x0049, d{0, 0x131 - 0x49, 0}},
	CaseRange{0x0069, 0x0069, d{0x130 - 0x69, 0, 0x130 - 0x69}},
	CaseRange{0x0130, 0x0130, d{0, 0x69 - 0x130, 0}},
	CaseRange{0x0131, 0x0131, d{0x49 - 0x131, 0, 0x49 - 0x131}},
}

var AzeriCase SpecialCase = _TurkishCase

// GraphicRanges defines the set of graphic characters according to Unicode.
var GraphicRanges = []*RangeTable{
	L, M, N, P, S, Zs,
}

// PrintRanges defines the set of printable characters according to Go.
// ASCII space, U+0020, is handled separately.
var PrintRanges = []*RangeTable{
	L, M, N, P, S,
}

// CaseRanges is the table describing case mappings for all letters with
// non-self mappings.
var CaseRanges = caseRanges()

// load is Go's range table number id (tables.h).
func load(id int) *RangeTable {
	t := new(RangeTable)
	t.R16, t.R32, t.LatinOffset = ranges(id)
	return t
}

// ---- begin generated tables ----
// The tables, generated by tools/unicode_tables.go from Go 1.19's
// src/unicode/tables.go (Unicode 13.0.0): do not edit.
var (
	Other                              = load(0)
	Cc                                 = load(1)
	Cf                                 = load(2)
	Co                                 = load(3)
	Cs                                 = load(4)
	Letter                             = load(5)
	Lower                              = load(6)
	Lm                                 = load(7)
	Lo                                 = load(8)
	Title                              = load(9)
	Upper                              = load(10)
	Mark                               = load(11)
	Mc                                 = load(12)
	Me                                 = load(13)
	Mn                                 = load(14)
	Number                             = load(15)
	Digit                              = load(16)
	Nl                                 = load(17)
	No                                 = load(18)
	Punct                              = load(19)
	Pc                                 = load(20)
	Pd                                 = load(21)
	Pe                                 = load(22)
	Pf                                 = load(23)
	Pi                                 = load(24)
	Po                                 = load(25)
	Ps                                 = load(26)
	Symbol                             = load(27)
	Sc                                 = load(28)
	Sk                                 = load(29)
	Sm                                 = load(30)
	So                                 = load(31)
	Space                              = load(32)
	Zl                                 = load(33)
	Zp                                 = load(34)
	Zs                                 = load(35)
	Adlam                              = load(36)
	Ahom                               = load(37)
	Anatolian_Hieroglyphs              = load(38)
	Arabic                             = load(39)
	Armenian                           = load(40)
	Avestan                            = load(41)
	Balinese                           = load(42)
	Bamum                              = load(43)
	Bassa_Vah                          = load(44)
	Batak                              = load(45)
	Bengali                            = load(46)
	Bhaiksuki                          = load(47)
	Bopomofo                           = load(48)
	Brahmi                             = load(49)
	Braille                            = load(50)
	Buginese                           = load(51)
	Buhid                              = load(52)
	Canadian_Aboriginal                = load(53)
	Carian                             = load(54)
	Caucasian_Albanian                 = load(55)
	Chakma                             = load(56)
	Cham                               = load(57)
	Cherokee                           = load(58)
	Chorasmian                         = load(59)
	Common                             = load(60)
	Coptic                             = load(61)
	Cuneiform                          = load(62)
	Cypriot                            = load(63)
	Cyrillic                           = load(64)
	Deseret                            = load(65)
	Devanagari                         = load(66)
	Dives_Akuru                        = load(67)
	Dogra                              = load(68)
	Duployan                           = load(69)
	Egyptian_Hieroglyphs               = load(70)
	Elbasan                            = load(71)
	Elymaic                            = load(72)
	Ethiopic                           = load(73)
	Georgian                           = load(74)
	Glagolitic                         = load(75)
	Gothic                             = load(76)
	Grantha                            = load(77)
	Greek                              = load(78)
	Gujarati                           = load(79)
	Gunjala_Gondi                      = load(80)
	Gurmukhi                           = load(81)
	Han                                = load(82)
	Hangul                             = load(83)
	Hanifi_Rohingya                    = load(84)
	Hanunoo                            = load(85)
	Hatran                             = load(86)
	Hebrew                             = load(87)
	Hiragana                           = load(88)
	Imperial_Aramaic                   = load(89)
	Inherited                          = load(90)
	Inscriptional_Pahlavi              = load(91)
	Inscriptional_Parthian             = load(92)
	Javanese                           = load(93)
	Kaithi                             = load(94)
	Kannada                            = load(95)
	Katakana                           = load(96)
	Kayah_Li                           = load(97)
	Kharoshthi                         = load(98)
	Khitan_Small_Script                = load(99)
	Khmer                              = load(100)
	Khojki                             = load(101)
	Khudawadi                          = load(102)
	Lao                                = load(103)
	Latin                              = load(104)
	Lepcha                             = load(105)
	Limbu                              = load(106)
	Linear_A                           = load(107)
	Linear_B                           = load(108)
	Lisu                               = load(109)
	Lycian                             = load(110)
	Lydian                             = load(111)
	Mahajani                           = load(112)
	Makasar                            = load(113)
	Malayalam                          = load(114)
	Mandaic                            = load(115)
	Manichaean                         = load(116)
	Marchen                            = load(117)
	Masaram_Gondi                      = load(118)
	Medefaidrin                        = load(119)
	Meetei_Mayek                       = load(120)
	Mende_Kikakui                      = load(121)
	Meroitic_Cursive                   = load(122)
	Meroitic_Hieroglyphs               = load(123)
	Miao                               = load(124)
	Modi                               = load(125)
	Mongolian                          = load(126)
	Mro                                = load(127)
	Multani                            = load(128)
	Myanmar                            = load(129)
	Nabataean                          = load(130)
	Nandinagari                        = load(131)
	New_Tai_Lue                        = load(132)
	Newa                               = load(133)
	Nko                                = load(134)
	Nushu                              = load(135)
	Nyiakeng_Puachue_Hmong             = load(136)
	Ogham                              = load(137)
	Ol_Chiki                           = load(138)
	Old_Hungarian                      = load(139)
	Old_Italic                         = load(140)
	Old_North_Arabian                  = load(141)
	Old_Permic                         = load(142)
	Old_Persian                        = load(143)
	Old_Sogdian                        = load(144)
	Old_South_Arabian                  = load(145)
	Old_Turkic                         = load(146)
	Oriya                              = load(147)
	Osage                              = load(148)
	Osmanya                            = load(149)
	Pahawh_Hmong                       = load(150)
	Palmyrene                          = load(151)
	Pau_Cin_Hau                        = load(152)
	Phags_Pa                           = load(153)
	Phoenician                         = load(154)
	Psalter_Pahlavi                    = load(155)
	Rejang                             = load(156)
	Runic                              = load(157)
	Samaritan                          = load(158)
	Saurashtra                         = load(159)
	Sharada                            = load(160)
	Shavian                            = load(161)
	Siddham                            = load(162)
	SignWriting                        = load(163)
	Sinhala                            = load(164)
	Sogdian                            = load(165)
	Sora_Sompeng                       = load(166)
	Soyombo                            = load(167)
	Sundanese                          = load(168)
	Syloti_Nagri                       = load(169)
	Syriac                             = load(170)
	Tagalog                            = load(171)
	Tagbanwa                           = load(172)
	Tai_Le                             = load(173)
	Tai_Tham                           = load(174)
	Tai_Viet                           = load(175)
	Takri                              = load(176)
	Tamil                              = load(177)
	Tangut                             = load(178)
	Telugu                             = load(179)
	Thaana                             = load(180)
	Thai                               = load(181)
	Tibetan                            = load(182)
	Tifinagh                           = load(183)
	Tirhuta                            = load(184)
	Ugaritic                           = load(185)
	Vai                                = load(186)
	Wancho                             = load(187)
	Warang_Citi                        = load(188)
	Yezidi                             = load(189)
	Yi                                 = load(190)
	Zanabazar_Square                   = load(191)
	ASCII_Hex_Digit                    = load(192)
	Bidi_Control                       = load(193)
	Dash                               = load(194)
	Deprecated                         = load(195)
	Diacritic                          = load(196)
	Extender                           = load(197)
	Hex_Digit                          = load(198)
	Hyphen                             = load(199)
	IDS_Binary_Operator                = load(200)
	IDS_Trinary_Operator               = load(201)
	Ideographic                        = load(202)
	Join_Control                       = load(203)
	Logical_Order_Exception            = load(204)
	Noncharacter_Code_Point            = load(205)
	Other_Alphabetic                   = load(206)
	Other_Default_Ignorable_Code_Point = load(207)
	Other_Grapheme_Extend              = load(208)
	Other_ID_Continue                  = load(209)
	Other_ID_Start                     = load(210)
	Other_Lowercase                    = load(211)
	Other_Math                         = load(212)
	Other_Uppercase                    = load(213)
	Pattern_Syntax                     = load(214)
	Pattern_White_Space                = load(215)
	Prepended_Concatenation_Mark       = load(216)
	Quotation_Mark                     = load(217)
	Radical                            = load(218)
	Regional_Indicator                 = load(219)
	STerm                              = load(220)
	Soft_Dotted                        = load(221)
	Terminal_Punctuation               = load(222)
	Unified_Ideograph                  = load(223)
	Variation_Selector                 = load(224)
	White_Space                        = load(225)
	foldL                              = load(226)
	foldLl                             = load(227)
	foldLt                             = load(228)
	foldLu                             = load(229)
	foldM                              = load(230)
	foldMn                             = load(231)
	foldCommon                         = load(232)
	foldGreek                          = load(233)
	foldInherited                      = load(234)
)

var (
	Nd                = Digit
	L                 = Letter
	Ll                = Lower
	M                 = Mark
	N                 = Number
	C                 = Other
	P                 = Punct
	Z                 = Space
	S                 = Symbol
	Lt                = Title
	Lu                = Upper
	Sentence_Terminal = STerm
)

var Categories = map[string]*RangeTable{
	"C":  Other,
	"Cc": Cc,
	"Cf": Cf,
	"Co": Co,
	"Cs": Cs,
	"L":  Letter,
	"Ll": Lower,
	"Lm": Lm,
	"Lo": Lo,
	"Lt": Title,
	"Lu": Upper,
	"M":  Mark,
	"Mc": Mc,
	"Me": Me,
	"Mn": Mn,
	"N":  Number,
	"Nd": Digit,
	"Nl": Nl,
	"No": No,
	"P":  Punct,
	"Pc": Pc,
	"Pd": Pd,
	"Pe": Pe,
	"Pf": Pf,
	"Pi": Pi,
	"Po": Po,
	"Ps": Ps,
	"S":  Symbol,
	"Sc": Sc,
	"Sk": Sk,
	"Sm": Sm,
	"So": So,
	"Z":  Space,
	"Zl": Zl,
	"Zp": Zp,
	"Zs": Zs,
}

var Scripts = map[string]*RangeTable{
	"Adlam":                  Adlam,
	"Ahom":                   Ahom,
	"Anatolian_Hieroglyphs":  Anatolian_Hieroglyphs,
	"Arabic":                 Arabic,
	"Armenian":               Armenian,
	"Avestan":                Avestan,
	"Balinese":               Balinese,
	"Bamum":                  Bamum,
	"Bassa_Vah":              Bassa_Vah,
	"Batak":                  Batak,
	"Bengali":                Bengali,
	"Bhaiksuki":              Bhaiksuki,
	"Bopomofo":               Bopomofo,
	"Brahmi":                 Brahmi,
	"Braille":                Braille,
	"Buginese":               Buginese,
	"Buhid":                  Buhid,
	"Canadian_Aboriginal":    Canadian_Aboriginal,
	"Carian":                 Carian,
	"Caucasian_Albanian":     Caucasian_Albanian,
	"Chakma":                 Chakma,
	"Cham":                   Cham,
	"Cherokee":               Cherokee,
	"Chorasmian":             Chorasmian,
	"Common":                 Common,
	"Coptic":                 Coptic,
	"Cuneiform":              Cuneiform,
	"Cypriot":                Cypriot,
	"Cyrillic":               Cyrillic,
	"Deseret":                Deseret,
	"Devanagari":             Devanagari,
	"Dives_Akuru":            Dives_Akuru,
	"Dogra":                  Dogra,
	"Duployan":               Duployan,
	"Egyptian_Hieroglyphs":   Egyptian_Hieroglyphs,
	"Elbasan":                Elbasan,
	"Elymaic":                Elymaic,
	"Ethiopic":               Ethiopic,
	"Georgian":               Georgian,
	"Glagolitic":             Glagolitic,
	"Gothic":                 Gothic,
	"Grantha":                Grantha,
	"Greek":                  Greek,
	"Gujarati":               Gujarati,
	"Gunjala_Gondi":          Gunjala_Gondi,
	"Gurmukhi":               Gurmukhi,
	"Han":                    Han,
	"Hangul":                 Hangul,
	"Hanifi_Rohingya":        Hanifi_Rohingya,
	"Hanunoo":                Hanunoo,
	"Hatran":                 Hatran,
	"Hebrew":                 Hebrew,
	"Hiragana":               Hiragana,
	"Imperial_Aramaic":       Imperial_Aramaic,
	"Inherited":              Inherited,
	"Inscriptional_Pahlavi":  Inscriptional_Pahlavi,
	"Inscriptional_Parthian": Inscriptional_Parthian,
	"Javanese":               Javanese,
	"Kaithi":                 Kaithi,
	"Kannada":                Kannada,
	"Katakana":               Katakana,
	"Kayah_Li":               Kayah_Li,
	"Kharoshthi":             Kharoshthi,
	"Khitan_Small_Script":    Khitan_Small_Script,
	"Khmer":                  Khmer,
	"Khojki":                 Khojki,
	"Khudawadi":              Khudawadi,
	"Lao":                    Lao,
	"Latin":                  Latin,
	"Lepcha":                 Lepcha,
	"Limbu":                  Limbu,
	"Linear_A":               Linear_A,
	"Linear_B":               Linear_B,
	"Lisu":                   Lisu,
	"Lycian":                 Lycian,
	"Lydian":                 Lydian,
	"Mahajani":               Mahajani,
	"Makasar":                Makasar,
	"Malayalam":              Malayalam,
	"Mandaic":                Mandaic,
	"Manichaean":             Manichaean,
	"Marchen":                Marchen,
	"Masaram_Gondi":          Masaram_Gondi,
	"Medefaidrin":            Medefaidrin,
	"Meetei_Mayek":           Meetei_Mayek,
	"Mende_Kikakui":          Mende_Kikakui,
	"Meroitic_Cursive":       Meroitic_Cursive,
	"Meroitic_Hieroglyphs":   Meroitic_Hieroglyphs,
	"Miao":                   Miao,
	"Modi":                   Modi,
	"Mongolian":              Mongolian,
	"Mro":                    Mro,
	"Multani":                Multani,
	"Myanmar":                Myanmar,
	"Nabataean":              Nabataean,
	"Nandinagari":            Nandinagari,
	"New_Tai_Lue":            New_Tai_Lue,
	"Newa":                   Newa,
	"Nko":                    Nko,
	"Nushu":                  Nushu,
	"Nyiakeng_Puachue_Hmong": Nyiakeng_Puachue_Hmong,
	"Ogham":                  Ogham,
	"Ol_Chiki":               Ol_Chiki,
	"Old_Hungarian":          Old_Hungarian,
	"Old_Italic":             Old_Italic,
	"Old_North_Arabian":      Old_North_Arabian,
	"Old_Permic":             Old_Permic,
	"Old_Persian":            Old_Persian,
	"Old_Sogdian":            Old_Sogdian,
	"Old_South_Arabian":      Old_South_Arabian,
	"Old_Turkic":             Old_Turkic,
	"Oriya":                  Oriya,
	"Osage":                  Osage,
	"Osmanya":                Osmanya,
	"Pahawh_Hmong":           Pahawh_Hmong,
	"Palmyrene":              Palmyrene,
	"Pau_Cin_Hau":            Pau_Cin_Hau,
	"Phags_Pa":               Phags_Pa,
	"Phoenician":             Phoenician,
	"Psalter_Pahlavi":        Psalter_Pahlavi,
	"Rejang":                 Rejang,
	"Runic":                  Runic,
	"Samaritan":              Samaritan,
	"Saurashtra":             Saurashtra,
	"Sharada":                Sharada,
	"Shavian":                Shavian,
	"Siddham":                Siddham,
	"SignWriting":            SignWriting,
	"Sinhala":                Sinhala,
	"Sogdian":                Sogdian,
	"Sora_Sompeng":           Sora_Sompeng,
	"Soyombo":                Soyombo,
	"Sundanese":              Sundanese,
	"Syloti_Nagri":           Syloti_Nagri,
	"Syriac":                 Syriac,
	"Tagalog":                Tagalog,
	"Tagbanwa":               Tagbanwa,
	"Tai_Le":                 Tai_Le,
	"Tai_Tham":               Tai_Tham,
	"Tai_Viet":               Tai_Viet,
	"Takri":                  Takri,
	"Tamil":                  Tamil,
	"Tangut":                 Tangut,
	"Telugu":                 Telugu,
	"Thaana":                 Thaana,
	"Thai":                   Thai,
	"Tibetan":                Tibetan,
	"Tifinagh":               Tifinagh,
	"Tirhuta":                Tirhuta,
	"Ugaritic":               Ugaritic,
	"Vai":                    Vai,
	"Wancho":                 Wancho,
	"Warang_Citi":            Warang_Citi,
	"Yezidi":                 Yezidi,
	"Yi":                     Yi,
	"Zanabazar_Square":       Zanabazar_Square,
}

var Properties = map[string]*RangeTable{
	"ASCII_Hex_Digit":                    ASCII_Hex_Digit,
	"Bidi_Control":                       Bidi_Control,
	"Dash":                               Dash,
	"Deprecated":                         Deprecated,
	"Diacritic":                          Diacritic,
	"Extender":                           Extender,
	"Hex_Digit":                          Hex_Digit,
	"Hyphen":                             Hyphen,
	"IDS_Binary_Operator":                IDS_Binary_Operator,
	"IDS_Trinary_Operator":               IDS_Trinary_Operator,
	"Ideographic":                        Ideographic,
	"Join_Control":                       Join_Control,
	"Logical_Order_Exception":            Logical_Order_Exception,
	"Noncharacter_Code_Point":            Noncharacter_Code_Point,
	"Other_Alphabetic":                   Other_Alphabetic,
	"Other_Default_Ignorable_Code_Point": Other_Default_Ignorable_Code_Point,
	"Other_Grapheme_Extend":              Other_Grapheme_Extend,
	"Other_ID_Continue":                  Other_ID_Continue,
	"Other_ID_Start":                     Other_ID_Start,
	"Other_Lowercase":                    Other_Lowercase,
	"Other_Math":                         Other_Math,
	"Other_Uppercase":                    Other_Uppercase,
	"Pattern_Syntax":                     Pattern_Syntax,
	"Pattern_White_Space":                Pattern_White_Space,
	"Prepended_Concatenation_Mark":       Prepended_Concatenation_Mark,
	"Quotation_Mark":                     Quotation_Mark,
	"Radical":                            Radical,
	"Regional_Indicator":                 Regional_Indicator,
	"Sentence_Terminal":                  STerm,
	"STerm":                              STerm,
	"Soft_Dotted":                        Soft_Dotted,
	"Terminal_Punctuation":               Terminal_Punctuation,
	"Unified_Ideograph":                  Unified_Ideograph,
	"Variation_Selector":                 Variation_Selector,
	"White_Space":                        White_Space,
}

var FoldCategory = map[string]*RangeTable{
	"L":  foldL,
	"Ll": foldLl,
	"Lt": foldLt,
	"Lu": foldLu,
	"M":  foldM,
	"Mn": foldMn,
}

var FoldScript = map[string]*RangeTable{
	"Common":    foldCommon,
	"Greek":     foldGreek,
	"Inherited": foldInherited,
}

// ---- end generated tables ----
