// Package pluscal checks, as SANY does when it loads a module, whether a
// PlusCal algorithm or its TLA+ translation was edited since the PlusCal
// translator last ran: the translator records a CRC-32 checksum of each
// in the "\* BEGIN TRANSLATION (chksum(pcal) = ... /\ chksum(tla) = ...)"
// line, and Validate recomputes them.
//
// The translation's checksum is recomputed exactly. The algorithm's
// checksum is one of the translator's internal PlusCal syntax tree, which
// this package does not build (it has no PlusCal parser); it can be
// recomputed only for "--fair algorithm" blocks, whose recorded checksum
// is that of the word "fair" alone. A plain algorithm is taken as
// unchanged (see Report.AlgorithmVerified).
//
// The package works on a module's text alone: it knows nothing of the
// TLA+ parser, diagnostics or the editor, and it never fails.
package pluscal
