-- The Lua twin of generic.go and generic_mono.go (generic_mono.lua runs it): the same work.
local function sum(xs, n)
  local s = 0
  for i = 1, n do s = s + xs[i] end
  return s
end

local function maxof(xs, n)
  local m = xs[1]
  for i = 2, n do
    if xs[i] > m then m = xs[i] end
  end
  return m
end

local function fill(xs, n, seed, step)
  local v = seed
  for i = 1, n do
    xs[i] = v
    v = v + step
    if v > 1000 then v = v - 1000 end
  end
end

local xs = {}
local stack, top = {}, 0
local total = 0
for round = 0, 7999 do
  fill(xs, 1000, round % 97, 7)
  total = total + sum(xs, 1000) + maxof(xs, 1000)
  for i = 1, 200 do
    top = top + 1
    stack[top] = xs[i]
  end
  while top > 0 do
    total = total + stack[top]
    stack[top] = nil
    top = top - 1
  end
end
print(total)
