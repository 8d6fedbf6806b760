// Package debug contains facilities for programs to debug themselves
// while they are running: here, the collector's settings.
package debug
