-- binary-trees: the same work as binarytrees.go, a tree node being a table
-- {left, right} (a leaf the empty table), as the benchmarks game's Lua
-- programs write it.
local N = 17

local function bottomUpTree(depth)
	if depth <= 0 then
		return {}
	end
	return { bottomUpTree(depth - 1), bottomUpTree(depth - 1) }
end

local function itemCheck(tree)
	if tree[1] == nil then
		return 1
	end
	return 1 + itemCheck(tree[1]) + itemCheck(tree[2])
end

local minDepth = 4
local maxDepth = N
if minDepth + 2 > N then
	maxDepth = minDepth + 2
end
local stretchDepth = maxDepth + 1
print(string.format("stretch tree of depth %d\t check: %d",
	stretchDepth, itemCheck(bottomUpTree(stretchDepth))))

local longLived = bottomUpTree(maxDepth)
for depth = minDepth, maxDepth, 2 do
	local iterations = 2 ^ (maxDepth - depth + minDepth)
	local check = 0
	for i = 1, iterations do
		check = check + itemCheck(bottomUpTree(depth))
	end
	print(string.format("%d\t trees of depth %d\t check: %d", iterations, depth, check))
end
print(string.format("long lived tree of depth %d\t check: %d", maxDepth, itemCheck(longLived)))
