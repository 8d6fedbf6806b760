-- The Lua twin of generic_mono.go: generic.lua (the same work).
dofile("generic.lua")
