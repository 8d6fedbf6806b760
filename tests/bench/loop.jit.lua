-- The loop.lua twin for LuaJIT, which has no bitwise operators (they are
-- Lua 5.3 syntax): the same 100M iterations as loop.go, with bit.bxor and
-- bit.band. x stays below 2^53, so LuaJIT's doubles hold it exactly.
local bxor, band = bit.bxor, bit.band
local x = 0
local y = 1
for i = 0, 100000000 - 1 do
	x = x + bxor(i, y)
	y = band(y * 3 + 1, 0xffff)
end
print(string.format("%d %d", x, y))
