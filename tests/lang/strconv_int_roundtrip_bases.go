// FormatInt and FormatUint read back by ParseInt and ParseUint in every
// base, for a pseudo-random spread of values; the largest value of each
// bit size parses and one more overflows.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	x := uint64(2463534242)
	bad := 0
	var sum uint64
	for i := 0; i < 3000; i++ {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		v := x >> uint(i%64)
		base := 2 + i%35
		s := strconv.FormatUint(v, base)
		u, err := strconv.ParseUint(s, base, 64)
		if err != nil || u != v {
			bad++
		}
		sv := strconv.FormatInt(-int64(v>>1), base)
		n, err := strconv.ParseInt(sv, base, 64)
		if err != nil || n != -int64(v>>1) {
			bad++
		}
		for _, c := range s + sv {
			sum = sum*33 + uint64(c)
		}
	}
	fmt.Println("bad", bad, sum)
	for _, bits := range []int{8, 16, 32, 64} {
		max := uint64(1)<<uint(bits-1) - 1
		for _, base := range []int{2, 8, 10, 16, 36} {
			s := strconv.FormatUint(max, base)
			n, err := strconv.ParseInt(s, base, bits)
			fmt.Print(s, " ", n, " ", err, "; ")
			s1 := strconv.FormatUint(max+1, base)
			n, err = strconv.ParseInt(s1, base, bits)
			fmt.Println(s1, n, err)
		}
	}
}
// Output:
// bad 0 16538107582084464346
// 1111111 127 <nil>; 10000000 127 strconv.ParseInt: parsing "10000000": value out of range
// 177 127 <nil>; 200 127 strconv.ParseInt: parsing "200": value out of range
// 127 127 <nil>; 128 127 strconv.ParseInt: parsing "128": value out of range
// 7f 127 <nil>; 80 127 strconv.ParseInt: parsing "80": value out of range
// 3j 127 <nil>; 3k 127 strconv.ParseInt: parsing "3k": value out of range
// 111111111111111 32767 <nil>; 1000000000000000 32767 strconv.ParseInt: parsing "1000000000000000": value out of range
// 77777 32767 <nil>; 100000 32767 strconv.ParseInt: parsing "100000": value out of range
// 32767 32767 <nil>; 32768 32767 strconv.ParseInt: parsing "32768": value out of range
// 7fff 32767 <nil>; 8000 32767 strconv.ParseInt: parsing "8000": value out of range
// pa7 32767 <nil>; pa8 32767 strconv.ParseInt: parsing "pa8": value out of range
// 1111111111111111111111111111111 2147483647 <nil>; 10000000000000000000000000000000 2147483647 strconv.ParseInt: parsing "10000000000000000000000000000000": value out of range
// 17777777777 2147483647 <nil>; 20000000000 2147483647 strconv.ParseInt: parsing "20000000000": value out of range
// 2147483647 2147483647 <nil>; 2147483648 2147483647 strconv.ParseInt: parsing "2147483648": value out of range
// 7fffffff 2147483647 <nil>; 80000000 2147483647 strconv.ParseInt: parsing "80000000": value out of range
// zik0zj 2147483647 <nil>; zik0zk 2147483647 strconv.ParseInt: parsing "zik0zk": value out of range
// 111111111111111111111111111111111111111111111111111111111111111 9223372036854775807 <nil>; 1000000000000000000000000000000000000000000000000000000000000000 9223372036854775807 strconv.ParseInt: parsing "1000000000000000000000000000000000000000000000000000000000000000": value out of range
// 777777777777777777777 9223372036854775807 <nil>; 1000000000000000000000 9223372036854775807 strconv.ParseInt: parsing "1000000000000000000000": value out of range
// 9223372036854775807 9223372036854775807 <nil>; 9223372036854775808 9223372036854775807 strconv.ParseInt: parsing "9223372036854775808": value out of range
// 7fffffffffffffff 9223372036854775807 <nil>; 8000000000000000 9223372036854775807 strconv.ParseInt: parsing "8000000000000000": value out of range
// 1y2p0ij32e8e7 9223372036854775807 <nil>; 1y2p0ij32e8e8 9223372036854775807 strconv.ParseInt: parsing "1y2p0ij32e8e8": value out of range
