// Package strings' Go half: the types (Builder, Reader, Replacer) and the
// functions that call a func of the program (Map, FieldsFunc, IndexFunc,
// the Trim*Func family), which must run as bytecode.  Everything else is
// a native (strings.c).
package strings

import (
	"errors"
	"io"
)

const (
	runeError = '\uFFFD'
	runeSelf  = 0x80
	utfMax    = 4
)

// appendRune appends the UTF-8 encoding of r (U+FFFD if r is not a
// valid rune) to b.
func appendRune(b []byte, r rune) []byte {
	u := uint32(r)
	if u < runeSelf {
		return append(b, byte(r))
	}
	if u < 0x800 {
		return append(b, byte(0xC0|u>>6), byte(0x80|u&0x3F))
	}
	if u > 0x10FFFF || (u >= 0xD800 && u <= 0xDFFF) {
		u = runeError
	}
	if u < 0x10000 {
		return append(b, byte(0xE0|u>>12), byte(0x80|(u>>6)&0x3F), byte(0x80|u&0x3F))
	}
	return append(b, byte(0xF0|u>>18), byte(0x80|(u>>12)&0x3F), byte(0x80|(u>>6)&0x3F), byte(0x80|u&0x3F))
}

// runeLen is the width of valid rune r's encoding.
func runeLen(r rune) int {
	switch {
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case r < 0x10000:
		return 3
	}
	return 4
}

// Map returns a copy of the string s with all its characters modified
// according to the mapping function. If mapping returns a negative value,
// the character is dropped from the string with no replacement.
func Map(mapping func(rune) rune, s string) string {
	// s itself while every rune maps to itself (an invalid byte does
	// not: it becomes U+FFFD); from the first change on, a new string.
	for i, c := range s {
		r := mapping(c)
		if r == c && c != runeError {
			continue
		}
		width := runeLen(c)
		if c == runeError {
			c, width = decodeRune(s[i:])
			if width != 1 && r == c {
				continue
			}
		}
		b := make([]byte, 0, len(s)+utfMax)
		b = append(b, s[:i]...)
		if r >= 0 {
			b = appendRune(b, r)
		}
		for _, c := range s[i+width:] {
			if r := mapping(c); r >= 0 {
				if r < runeSelf {
					b = append(b, byte(r))
				} else {
					b = appendRune(b, r)
				}
			}
		}
		return bytesString(b)
	}
	return s
}

// FieldsFunc splits the string s at each run of Unicode code points c
// satisfying f(c) and returns an array of slices of s. If all code points
// in s satisfy f(c) or the string is empty, an empty slice is returned.
func FieldsFunc(s string, f func(rune) bool) []string {
	// the fields' bounds first, then one []string of the right length
	var bounds []int
	start := -1
	for i, r := range s {
		if f(r) {
			if start >= 0 {
				bounds = append(bounds, start, i)
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		bounds = append(bounds, start, len(s))
	}
	a := make([]string, len(bounds)/2)
	for i := range a {
		a[i] = s[bounds[2*i]:bounds[2*i+1]]
	}
	return a
}

// IndexFunc returns the index into s of the first Unicode code point
// satisfying f(c), or -1 if none do.
func IndexFunc(s string, f func(rune) bool) int {
	return indexFunc(s, f, true)
}

// LastIndexFunc returns the index into s of the last Unicode code point
// satisfying f(c), or -1 if none do.
func LastIndexFunc(s string, f func(rune) bool) int {
	return lastIndexFunc(s, f, true)
}

// ContainsFunc reports whether any Unicode code points r within s
// satisfy f(r).
func ContainsFunc(s string, f func(rune) bool) bool {
	return indexFunc(s, f, true) >= 0
}

// TrimFunc returns a slice of the string s with all leading and trailing
// Unicode code points c satisfying f(c) removed.
func TrimFunc(s string, f func(rune) bool) string {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// TrimLeftFunc returns a slice of the string s with all leading Unicode
// code points c satisfying f(c) removed.
func TrimLeftFunc(s string, f func(rune) bool) string {
	i := indexFunc(s, f, false)
	if i == -1 {
		return ""
	}
	return s[i:]
}

// TrimRightFunc returns a slice of the string s with all trailing Unicode
// code points c satisfying f(c) removed.
func TrimRightFunc(s string, f func(rune) bool) string {
	i := lastIndexFunc(s, f, false)
	if i >= 0 && s[i] >= runeSelf {
		_, width := decodeRune(s[i:])
		i += width
	} else {
		i++
	}
	return s[:i]
}

// indexFunc is the index of the first rune for which f says truth.
func indexFunc(s string, f func(rune) bool, truth bool) int {
	for i, r := range s {
		if f(r) == truth {
			return i
		}
	}
	return -1
}

// lastIndexFunc is the index of the last rune for which f says truth.
func lastIndexFunc(s string, f func(rune) bool, truth bool) int {
	for i := len(s); i > 0; {
		r, width := rune(s[i-1]), 1
		if r >= runeSelf {
			r, width = decodeLastRune(s[:i])
		}
		i -= width
		if f(r) == truth {
			return i
		}
	}
	return -1
}

// A Builder is used to efficiently build a string using Write methods.
// It minimizes memory copying. The zero value is ready to use. Do not
// copy a non-zero Builder.
type Builder struct {
	addr *Builder // the receiver, to catch a Builder copied by value
	buf  []byte
}

func (b *Builder) copyCheck() {
	if b.addr == nil {
		b.addr = b
	} else if b.addr != b {
		panic("strings: illegal use of non-zero Builder copied by value")
	}
}

// String returns the accumulated string.
func (b *Builder) String() string {
	return bytesString(b.buf)
}

// Len returns the number of accumulated bytes; b.Len() == len(b.String()).
func (b *Builder) Len() int { return len(b.buf) }

// Cap returns the capacity of the builder's underlying byte slice.
func (b *Builder) Cap() int { return cap(b.buf) }

// Reset resets the Builder to be empty.
func (b *Builder) Reset() {
	b.addr = nil
	b.buf = nil
}

// grow copies the buffer to a new one with room for at least n more
// bytes (twice the capacity plus n, as Go's).
func (b *Builder) grow(n int) {
	buf := make([]byte, len(b.buf), 2*cap(b.buf)+n)
	copy(buf, b.buf)
	b.buf = buf
}

// Grow grows b's capacity, if necessary, to guarantee space for another
// n bytes. If n is negative, Grow panics.
func (b *Builder) Grow(n int) {
	b.copyCheck()
	if n < 0 {
		panic("strings.Builder.Grow: negative count")
	}
	if cap(b.buf)-len(b.buf) < n {
		b.grow(n)
	}
}

// Write appends the contents of p to b's buffer. Write always returns
// len(p), nil.
func (b *Builder) Write(p []byte) (int, error) {
	b.copyCheck()
	b.buf = append(b.buf, p...)
	return len(p), nil
}

// WriteByte appends the byte c to b's buffer. The returned error is
// always nil.
func (b *Builder) WriteByte(c byte) error {
	b.copyCheck()
	b.buf = append(b.buf, c)
	return nil
}

// WriteRune appends the UTF-8 encoding of Unicode code point r to b's
// buffer. It returns the length of r and a nil error.
func (b *Builder) WriteRune(r rune) (int, error) {
	b.copyCheck()
	if uint32(r) < runeSelf {
		b.buf = append(b.buf, byte(r))
		return 1, nil
	}
	l := len(b.buf)
	if cap(b.buf)-l < utfMax {
		b.grow(utfMax)
	}
	b.buf = appendRune(b.buf, r)
	return len(b.buf) - l, nil
}

// WriteString appends the contents of s to b's buffer. It returns the
// length of s and a nil error.
func (b *Builder) WriteString(s string) (int, error) {
	b.copyCheck()
	b.buf = append(b.buf, s...)
	return len(s), nil
}

// A Reader implements the io.Reader, io.ReaderAt, io.ByteReader,
// io.ByteScanner, io.RuneReader, io.RuneScanner, io.Seeker, and
// io.WriterTo interfaces by reading from a string. The zero value for
// Reader operates like a Reader of an empty string.
type Reader struct {
	s        string
	i        int64 // the reading index
	prevRune int   // the index of the previous rune, or < 0
}

// NewReader returns a new Reader reading from s.
func NewReader(s string) *Reader { return &Reader{s, 0, -1} }

// Len returns the number of bytes of the unread portion of the string.
func (r *Reader) Len() int {
	if r.i >= int64(len(r.s)) {
		return 0
	}
	return int(int64(len(r.s)) - r.i)
}

// Size returns the original length of the underlying string.
func (r *Reader) Size() int64 { return int64(len(r.s)) }

// Read implements the io.Reader interface.
func (r *Reader) Read(b []byte) (n int, err error) {
	if r.i >= int64(len(r.s)) {
		return 0, io.EOF
	}
	r.prevRune = -1
	n = copy(b, r.s[r.i:])
	r.i += int64(n)
	return n, nil
}

// ReadAt implements the io.ReaderAt interface.
func (r *Reader) ReadAt(b []byte, off int64) (n int, err error) {
	if off < 0 {
		return 0, errors.New("strings.Reader.ReadAt: negative offset")
	}
	if off >= int64(len(r.s)) {
		return 0, io.EOF
	}
	n = copy(b, r.s[off:])
	if n < len(b) {
		err = io.EOF
	}
	return n, err
}

// ReadByte implements the io.ByteReader interface.
func (r *Reader) ReadByte() (byte, error) {
	r.prevRune = -1
	if r.i >= int64(len(r.s)) {
		return 0, io.EOF
	}
	c := r.s[r.i]
	r.i++
	return c, nil
}

// UnreadByte implements the io.ByteScanner interface.
func (r *Reader) UnreadByte() error {
	if r.i <= 0 {
		return errors.New("strings.Reader.UnreadByte: at beginning of string")
	}
	r.prevRune = -1
	r.i--
	return nil
}

// ReadRune implements the io.RuneReader interface.
func (r *Reader) ReadRune() (ch rune, size int, err error) {
	if r.i >= int64(len(r.s)) {
		r.prevRune = -1
		return 0, 0, io.EOF
	}
	r.prevRune = int(r.i)
	if c := r.s[r.i]; c < runeSelf {
		r.i++
		return rune(c), 1, nil
	}
	ch, size = decodeRune(r.s[r.i:])
	r.i += int64(size)
	return ch, size, nil
}

// UnreadRune implements the io.RuneScanner interface.
func (r *Reader) UnreadRune() error {
	if r.i <= 0 {
		return errors.New("strings.Reader.UnreadRune: at beginning of string")
	}
	if r.prevRune < 0 {
		return errors.New("strings.Reader.UnreadRune: previous operation was not ReadRune")
	}
	r.i = int64(r.prevRune)
	r.prevRune = -1
	return nil
}

// Seek implements the io.Seeker interface.
func (r *Reader) Seek(offset int64, whence int) (int64, error) {
	r.prevRune = -1
	var abs int64
	switch whence {
	case io.SeekStart:
		abs = offset
	case io.SeekCurrent:
		abs = r.i + offset
	case io.SeekEnd:
		abs = int64(len(r.s)) + offset
	default:
		return 0, errors.New("strings.Reader.Seek: invalid whence")
	}
	if abs < 0 {
		return 0, errors.New("strings.Reader.Seek: negative position")
	}
	r.i = abs
	return abs, nil
}

// WriteTo implements the io.WriterTo interface.
func (r *Reader) WriteTo(w io.Writer) (n int64, err error) {
	r.prevRune = -1
	if r.i >= int64(len(r.s)) {
		return 0, nil
	}
	s := r.s[r.i:]
	m, err := io.WriteString(w, s)
	if m > len(s) {
		panic("strings.Reader.WriteTo: invalid WriteString count")
	}
	r.i += int64(m)
	n = int64(m)
	if m != len(s) && err == nil {
		err = io.ErrShortWrite
	}
	return n, err
}

// Reset resets the Reader to be reading from s.
func (r *Reader) Reset(s string) { *r = Reader{s, 0, -1} }

// Replacer replaces a list of strings with replacements. It is safe for
// concurrent use by multiple goroutines.
type Replacer struct {
	oldnew []string
}

// NewReplacer returns a new Replacer from a list of old, new string
// pairs. Replacements are performed in the order they appear in the
// target string, without overlapping matches. The old string comparisons
// are done in argument order.
//
// NewReplacer panics if given an odd number of arguments.
func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	return &Replacer{append([]string(nil), oldnew...)}
}

// Replace returns a copy of s with all replacements performed.
func (r *Replacer) Replace(s string) string {
	return replacePairs(r.oldnew, s)
}

// WriteString writes s to w with all replacements performed.
func (r *Replacer) WriteString(w io.Writer, s string) (n int, err error) {
	return io.WriteString(w, replacePairs(r.oldnew, s))
}
