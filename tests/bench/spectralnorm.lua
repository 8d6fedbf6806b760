-- The spectral-norm: the same work as spectralnorm.go, on 0-based tables
-- so A's indices are the same, with the same Newton square root.
local N = 700

local function evalA(i, j)
	-- (i+j)(i+j+1) is even, so the halving is exact, as in Go's integers
	return 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1)
end

-- times sets v = A u.
local function times(v, u)
	for i = 0, N - 1 do
		local a = 0.0
		for j = 0, N - 1 do
			a = a + evalA(i, j) * u[j]
		end
		v[i] = a
	end
end

-- timesTransp sets v = A' u.
local function timesTransp(v, u)
	for i = 0, N - 1 do
		local a = 0.0
		for j = 0, N - 1 do
			a = a + evalA(j, i) * u[j]
		end
		v[i] = a
	end
end

-- aTimesTransp sets v = A' A u.
local function aTimesTransp(v, u)
	local x = {}
	for i = 0, N - 1 do
		x[i] = 0.0
	end
	times(x, u)
	timesTransp(v, x)
end

-- sqrt returns the square root of x > 0 by Newton's method from above.
local function sqrt(x)
	local r = x
	if r < 1 then
		r = 1
	end
	while true do
		local n = 0.5 * (r + x / r)
		if n >= r then
			return r
		end
		r = n
	end
end

local u, v = {}, {}
for i = 0, N - 1 do
	u[i] = 1.0
	v[i] = 0.0
end
for i = 1, 10 do
	aTimesTransp(v, u)
	aTimesTransp(u, v)
end
local vBv, vv = 0.0, 0.0
for i = 0, N - 1 do
	vBv = vBv + u[i] * v[i]
	vv = vv + v[i] * v[i]
end
print(string.format("%.9f", sqrt(vBv / vv)))
