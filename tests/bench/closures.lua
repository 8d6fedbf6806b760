-- Closures and function values: the same work as closures.go, a fresh
-- `local k` (and closure bump over it) in every iteration.
local N = 2000000

-- counter returns a generator of 1, 2, 3, ...
local function counter()
	local n = 0
	return function()
		n = n + 1
		return n
	end
end

-- accumulator returns a function that adds its argument to a running sum
-- (kept below 1000003) and returns the sum.
local function accumulator(sum)
	return function(x)
		sum = (sum + x) % 1000003
		return sum
	end
end

local function apply(f, x)
	return f(x)
end

local function compose(f, g)
	return function(x)
		return f(g(x))
	end
end

local next = counter()
local acc = accumulator(0)
local double = function(x) return x * 2 end
local inc = function(x) return x + 1 end
local h = compose(double, inc)
local sum = 0
for i = 0, N - 1 do
	local k = i % 1000
	local bump = function(d) k = k + d end
	bump(3)
	bump(i % 7)
	sum = acc(k + apply(h, next() % 1000))
end
print(string.format("%d %d %d", sum, next(), acc(0)))
