// Package stdlib embeds the declarations of SANY's standard modules
// (Naturals, Integers, Reals, Sequences, FiniteSets, Bags, TLC, TLCExt,
// RealTime, Randomization, Json, Toolbox) written for this project, so that
// specs resolve them without Java or tla2tools.jar.
//
// The texts are immutable; Lookup returns a shared slice that callers must
// not modify.
package stdlib
