-- A tight integer loop: the same 100M iterations as loop.go.
local x = 0
local y = 1
for i = 0, 100000000 - 1 do
	x = x + (i ~ y)
	y = (y * 3 + 1) & 0xffff
end
print(x .. " " .. y)
