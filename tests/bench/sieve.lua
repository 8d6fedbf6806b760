-- Counts primes below N by trial division up to the square root: the same
-- work as sieve.go, in integer arithmetic.
local N = 1000000

local count = 0
for n = 2, N - 1 do
	local prime = true
	local d = 2
	while d * d <= n do
		if n % d == 0 then
			prime = false
			break
		end
		d = d + 1
	end
	if prime then
		count = count + 1
	end
end
print(count)
