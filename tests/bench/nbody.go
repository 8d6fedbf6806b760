// The Computer Language Benchmarks Game n-body simulation of the Jovian
// planets: an array of 5 body structs with float64 fields, advanced by a
// fixed time step, the energy printed before and after. Floating-point
// arithmetic and field access through pointers.
//
// gvm has only fmt, so the square root is Newton's method (sqrt below),
// written the same way in nbody.lua so both do the same work and print the
// same digits. The constants are variables, not Go constants, so each
// product is rounded to float64 as in Lua instead of computed exactly.
package main

import "fmt"

const N = 250000

type Body struct {
	x, y, z, vx, vy, vz, mass float64
}

var (
	pi          = 3.141592653589793
	solarMass   = 4 * pi * pi
	daysPerYear = 365.24
)

// sqrt returns the square root of x > 0 by Newton's method from above:
// the iterates fall until they stop falling, within an ulp of the root.
func sqrt(x float64) float64 {
	r := x
	if r < 1 {
		r = 1
	}
	for {
		n := 0.5 * (r + x/r)
		if n >= r {
			return r
		}
		r = n
	}
}

func advance(bodies *[5]Body, dt float64) {
	for i := 0; i < 5; i++ {
		bi := &bodies[i]
		for j := i + 1; j < 5; j++ {
			bj := &bodies[j]
			dx := bi.x - bj.x
			dy := bi.y - bj.y
			dz := bi.z - bj.z
			d2 := dx*dx + dy*dy + dz*dz
			mag := dt / (d2 * sqrt(d2))
			bm := bj.mass * mag
			bi.vx -= dx * bm
			bi.vy -= dy * bm
			bi.vz -= dz * bm
			bm = bi.mass * mag
			bj.vx += dx * bm
			bj.vy += dy * bm
			bj.vz += dz * bm
		}
	}
	for i := 0; i < 5; i++ {
		b := &bodies[i]
		b.x += dt * b.vx
		b.y += dt * b.vy
		b.z += dt * b.vz
	}
}

func energy(bodies *[5]Body) float64 {
	e := 0.0
	for i := 0; i < 5; i++ {
		bi := &bodies[i]
		e += 0.5 * bi.mass * (bi.vx*bi.vx + bi.vy*bi.vy + bi.vz*bi.vz)
		for j := i + 1; j < 5; j++ {
			bj := &bodies[j]
			dx := bi.x - bj.x
			dy := bi.y - bj.y
			dz := bi.z - bj.z
			e -= (bi.mass * bj.mass) / sqrt(dx*dx+dy*dy+dz*dz)
		}
	}
	return e
}

func offsetMomentum(bodies *[5]Body) {
	px, py, pz := 0.0, 0.0, 0.0
	for i := 0; i < 5; i++ {
		b := &bodies[i]
		px += b.vx * b.mass
		py += b.vy * b.mass
		pz += b.vz * b.mass
	}
	bodies[0].vx = -px / solarMass
	bodies[0].vy = -py / solarMass
	bodies[0].vz = -pz / solarMass
}

func main() {
	bodies := [5]Body{
		// the sun
		{0, 0, 0, 0, 0, 0, solarMass},
		// jupiter
		{
			4.84143144246472090e+00,
			-1.16032004402742839e+00,
			-1.03622044471123109e-01,
			1.66007664274403694e-03 * daysPerYear,
			7.69901118419740425e-03 * daysPerYear,
			-6.90460016972063023e-05 * daysPerYear,
			9.54791938424326609e-04 * solarMass,
		},
		// saturn
		{
			8.34336671824457987e+00,
			4.12479856412430479e+00,
			-4.03523417114321381e-01,
			-2.76742510726862411e-03 * daysPerYear,
			4.99852801234917238e-03 * daysPerYear,
			2.30417297573763929e-05 * daysPerYear,
			2.85885980666130812e-04 * solarMass,
		},
		// uranus
		{
			1.28943695621391310e+01,
			-1.51111514016986312e+01,
			-2.23307578892655734e-01,
			2.96460137564761618e-03 * daysPerYear,
			2.37847173959480950e-03 * daysPerYear,
			-2.96589568540237556e-05 * daysPerYear,
			4.36624404335156298e-05 * solarMass,
		},
		// neptune
		{
			1.53796971148509165e+01,
			-2.59193146099879641e+01,
			1.79258772950371181e-01,
			2.68067772490389322e-03 * daysPerYear,
			1.62824170038242295e-03 * daysPerYear,
			-9.51592254519715870e-05 * daysPerYear,
			5.15138902046611451e-05 * solarMass,
		},
	}
	offsetMomentum(&bodies)
	fmt.Printf("%.9f\n", energy(&bodies))
	for i := 0; i < N; i++ {
		advance(&bodies, 0.01)
	}
	fmt.Printf("%.9f\n", energy(&bodies))
}
