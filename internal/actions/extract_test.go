package actions

import (
	"errors"
	"strings"
	"testing"
)

func TestExtractModule(t *testing.T) {
	const m = "---- MODULE Spin ----\nVARIABLE x\n====\n"
	cases := []struct {
		name, answer string
		module, text string
		err          string
	}{
		{name: "bare", answer: m, module: "Spin", text: m},
		{name: "fenced with prose", answer: "Sure! Here it is:\n```tla\n" + m + "```\nHope this helps.", module: "Spin", text: m},
		{name: "fence glued to the end", answer: "```\n---- MODULE Spin ----\nVARIABLE x\n====```", module: "Spin", text: m},
		{name: "long dashes and CRLF", answer: "------------- MODULE Spin -------------\r\nVARIABLE x\r\n=============\r\n", module: "Spin",
			text: "------------- MODULE Spin -------------\nVARIABLE x\n=============\n"},
		{name: "nested module kept", answer: "---- MODULE Outer ----\n---- MODULE Inner ----\nA == 1\n====\nB == 2\n====\ntrailing prose",
			module: "Outer", text: "---- MODULE Outer ----\n---- MODULE Inner ----\nA == 1\n====\nB == 2\n====\n"},
		{name: "separators are not ends", answer: "---- MODULE Spin ----\n----------------\nVARIABLE x\n====\n", module: "Spin",
			text: "---- MODULE Spin ----\n----------------\nVARIABLE x\n====\n"},
		{name: "no module", answer: "I'm sorry, I can't.", err: "no TLA+ module"},
		{name: "two modules", answer: m + "\n" + strings.ReplaceAll(m, "Spin", "Other"), err: "two top-level modules, Spin and Other"},
		{name: "unterminated", answer: "---- MODULE Spin ----\nVARIABLE x\n", err: "module Spin is not terminated"},
		{name: "empty", answer: "", err: "no TLA+ module"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			module, text, err := ExtractModule(c.answer)
			if c.err != "" {
				if err == nil || !strings.Contains(err.Error(), c.err) {
					t.Fatalf("err = %v, want %q", err, c.err)
				}
				return
			}
			if err != nil || module != c.module || text != c.text {
				t.Fatalf("got %q %q %v, want %q %q", module, text, err, c.module, c.text)
			}
		})
	}
	if _, _, err := ExtractModule("prose"); !errors.Is(err, ErrNoModule) {
		t.Fatalf("err = %v, want ErrNoModule", err)
	}
}
