package sany

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
)

// TestPlusCalTranslationWarnings checks the PlusCal checksum warnings on
// testdata/pluscal against what the real SANY reported for each file.
func TestPlusCalTranslationWarnings(t *testing.T) {
	tests := []struct {
		file string
		// sany is the warning the real SANY gives, "" for none.
		sany string
		// unverifiable marks an edited plain --algorithm: its checksum is
		// one of the PlusCal translator's syntax tree, which we do not
		// build, so we report nothing where SANY warns.
		unverifiable bool
	}{
		{file: "Counter.tla"},
		{file: "CounterTabbedCRLF.tla"},
		{file: "CounterIgnored.tla"},
		{file: "CounterTranslationEdited.tla", sany: "PLUSCAL_TRANSLATION_CHANGED_SINCE_LAST_TRANSLATION@CounterTranslationEdited: The TLA+ translation in module CounterTranslationEdited has changed since its last translation."},
		{file: "CounterAlgorithmEdited.tla", sany: "PLUSCAL_ALGORITHM_CHANGED_SINCE_LAST_TRANSLATION@CounterAlgorithmEdited: The PlusCal algorithm in module CounterAlgorithmEdited has changed since its last translation.", unverifiable: true},
		{file: "FairCounter.tla"},
		// SANY hashes the word "fair" for every --fair algorithm, so it
		// misses this edit, and so do we.
		{file: "FairCounterAlgorithmEdited.tla"},
		{file: "FairCounterChecksumEdited.tla", sany: "PLUSCAL_ALGORITHM_CHANGED_SINCE_LAST_TRANSLATION@FairCounterChecksumEdited: The PlusCal algorithm in module FairCounterChecksumEdited has changed since its last translation."},
		{file: "FairCounterBothEdited.tla", sany: "PLUSCAL_ALGORITHM_AND_TRANSLATION_CHANGED_SINCE_LAST_TRANSLATION@FairCounterBothEdited: Both the PlusCal algorithm and its TLA+ translation in module FairCounterBothEdited have changed since the last translation."},
		// SANY validates the modules loaded through EXTENDS, not INSTANCE.
		{file: "ExtendsEdited.tla", sany: "PLUSCAL_TRANSLATION_CHANGED_SINCE_LAST_TRANSLATION@CounterTranslationEdited: The TLA+ translation in module CounterTranslationEdited has changed since its last translation."},
		{file: "InstancesEdited.tla"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			diags, err := Check(context.Background(), Config{}, filepath.Join("testdata", "pluscal", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, d := range diags {
				if d.Severity == SeverityError {
					t.Errorf("unexpected error %s", d)
				}
				if d.Severity == SeverityWarning {
					if d.HasLocation() {
						t.Errorf("warning %s has a location; SANY gives none", d)
					}
					got = append(got, d.Code.String()+"@"+d.Module+": "+d.Message)
				}
			}
			want := tt.sany
			if tt.unverifiable {
				want = ""
			}
			if strings.Join(got, "\n") != want {
				t.Errorf("warnings\n got %q\nwant %q", got, want)
			}
		})
	}
}
