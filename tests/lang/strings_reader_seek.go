// strings.Reader's Seek and ReadAt, with their errors.
package main

import (
	"fmt"
	"io"
	"strings"
)

func main() {
	r := strings.NewReader("0123456789")
	fmt.Println(r.Seek(3, io.SeekStart))
	b, _ := r.ReadByte()
	fmt.Println(string(b))
	fmt.Println(r.Seek(2, io.SeekCurrent))
	b, _ = r.ReadByte()
	fmt.Println(string(b))
	fmt.Println(r.Seek(-1, io.SeekEnd))
	b, _ = r.ReadByte()
	fmt.Println(string(b), r.Len())
	fmt.Println(r.Seek(20, io.SeekStart))
	fmt.Println(r.Len())
	_, err := r.ReadByte()
	fmt.Println(err)
	fmt.Println(r.Seek(-1, io.SeekStart))
	fmt.Println(r.Seek(0, 5))
	p := make([]byte, 4)
	n, err := r.ReadAt(p, 2)
	fmt.Println(n, err, string(p[:n]))
	n, err = r.ReadAt(p, 8)
	fmt.Println(n, err, string(p[:n]))
	n, err = r.ReadAt(p, 10)
	fmt.Println(n, err)
	n, err = r.ReadAt(p, -1)
	fmt.Println(n, err)
	var _ io.Seeker = r
	var _ io.ReaderAt = r
	fmt.Println(r.Size())
}
// Output:
// 3 <nil>
// 3
// 6 <nil>
// 6
// 9 <nil>
// 9 0
// 20 <nil>
// 0
// EOF
// 0 strings.Reader.Seek: negative position
// 0 strings.Reader.Seek: invalid whence
// 4 <nil> 2345
// 2 EOF 89
// 0 EOF
// 0 strings.Reader.ReadAt: negative offset
// 10
