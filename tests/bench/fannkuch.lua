-- The fannkuch-redux: the same work as fannkuch.go, on 0-based tables,
-- N = 9 run Reps times and printed once.
local N = 9
local Reps = 3

-- fannkuch returns the checksum and the largest flip count over the
-- permutations of n elements.
local function fannkuch(n)
	local perm, perm1, count = {}, {}, {}
	for i = 0, n - 1 do
		perm[i] = 0
		perm1[i] = i
		count[i] = 0
	end
	local maxFlips, checksum, permCount = 0, 0, 0
	local r = n
	while true do
		while r ~= 1 do
			count[r - 1] = r
			r = r - 1
		end
		for i = 0, n - 1 do
			perm[i] = perm1[i]
		end
		local flips = 0
		local k = perm[0]
		while k ~= 0 do
			local i, j = 0, k
			while i < j do
				perm[i], perm[j] = perm[j], perm[i]
				i, j = i + 1, j - 1
			end
			flips = flips + 1
			k = perm[0]
		end
		if flips > maxFlips then
			maxFlips = flips
		end
		if permCount % 2 == 0 then
			checksum = checksum + flips
		else
			checksum = checksum - flips
		end
		-- Next permutation: rotate the first r+1 elements left by one
		-- until a rotation count has not run out.
		while true do
			if r == n then
				return checksum, maxFlips
			end
			local perm0 = perm1[0]
			for i = 0, r - 1 do
				perm1[i] = perm1[i + 1]
			end
			perm1[r] = perm0
			count[r] = count[r] - 1
			if count[r] > 0 then
				break
			end
			r = r + 1
		end
		permCount = permCount + 1
	end
end

local checksum, maxFlips = 0, 0
for i = 1, Reps do
	checksum, maxFlips = fannkuch(N)
end
print(string.format("%d\nPfannkuchen(%d) = %d", checksum, N, maxFlips))
