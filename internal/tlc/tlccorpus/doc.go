// Package tlccorpus reads the shared TLC corpus (../shared/tlc-corpus):
// the tlaplus/Examples models with the answers real TLC gave on each, the
// oracle of the model checker's conformance test and benchmark. It must
// not import the model checker itself.
package tlccorpus
