package tokens

import (
	"sync"

	tiktoken "github.com/pkoukk/tiktoken-go"
	tiktokenloader "github.com/pkoukk/tiktoken-go-loader"
)

// encoder is one lazily built tiktoken encoder. After once has run, tk and
// err never change.
type encoder struct {
	once sync.Once
	tk   *tiktoken.Tiktoken
	err  error
}

// encoders holds the process's encoders. The values are built once and then
// read only, which is why this package-level variable is acceptable.
var encoders = map[Encoding]*encoder{
	O200kBase:  {},
	Cl100kBase: {},
}

// installOfflineLoader makes tiktoken-go read its BPE tables from the
// tables embedded in the binary instead of downloading them. tiktoken-go
// keeps the loader in a package variable, so it is set exactly once,
// before any encoder is built.
var installOfflineLoader = sync.OnceFunc(func() {
	tiktoken.SetBpeLoader(tiktokenloader.NewOfflineLoader())
})

// get returns the encoder for enc, building it on first use.
func get(enc Encoding) (*tiktoken.Tiktoken, error) {
	e, ok := encoders[enc]
	if !ok {
		e = encoders[Cl100kBase]
		enc = Cl100kBase
	}
	e.once.Do(func() {
		installOfflineLoader()
		e.tk, e.err = newTiktoken(enc)
	})
	return e.tk, e.err
}

// newTiktoken builds the encoder for enc from the embedded tables.
func newTiktoken(enc Encoding) (*tiktoken.Tiktoken, error) {
	return tiktoken.GetEncoding(string(enc))
}

// Count returns the number of tokens model would see for text. Special
// tokens such as "<|endoftext|>" are counted as ordinary text, as an API
// does for message content.
//
// The BPE tables are embedded, so building an encoder cannot fail in a
// correct build; if it does anyway, Count falls back to Estimate rather
// than reporting zero.
func Count(model, text string) int {
	n, err := CountEncoding(EncodingFor(model), text)
	if err != nil {
		return Estimate(text)
	}
	return n
}

// CountEncoding returns the number of tokens of text in enc. Unknown
// encodings are treated as cl100k_base.
func CountEncoding(enc Encoding, text string) (int, error) {
	if text == "" {
		return 0, nil
	}
	tk, err := get(enc)
	if err != nil {
		return 0, err
	}
	return len(tk.EncodeOrdinary(text)), nil
}

// Estimate is a cheap upper-leaning guess of the token count without an
// encoder: one token per three bytes, which over-counts typical source
// code and English slightly, so that a budget built on it errs on the
// safe side.
func Estimate(text string) int {
	return (len(text) + 2) / 3
}

// Prepare builds the encoder for model now, so that a server can pay the
// one-off cost (about a second for o200k_base) in the background before
// the first Count.
func Prepare(model string) error {
	_, err := get(EncodingFor(model))
	return err
}
