package draft

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func names(fs []Function) []string {
	out := []string{}
	for _, f := range fs {
		out = append(out, f.Name)
	}
	return out
}

func TestParseDraftShapes(t *testing.T) {
	type variable struct{ Name, Type string }
	cases := []struct {
		file                 string
		module               string
		core, helper, infra  []string
		vars                 []variable
		propNames, propTexts []string
	}{
		{
			file: "hashes_backticks.md", module: "KVStore",
			core: []string{"Put", "Delete", "Get"}, helper: []string{"hash"}, infra: []string{"main", "Printf"},
			vars:      []variable{{"data", "[Keys -> Values]"}, {"version", "Nat"}},
			propNames: []string{"TypeOK", "VersionMonotonic"},
		},
		{
			file: "bold_numbered.md", module: "RaftLog",
			core: []string{"AppendEntries", "HandleAppend", "Commit"}, helper: []string{"lastLogTerm", "min"}, infra: []string{"NewServer", "rpcLoop"},
			vars:      []variable{{"log", "Seq(Entries)"}, {"commitIndex", "Nat"}, {"term", ""}},
			propNames: []string{"LogMatching", ""}, propTexts: []string{"", "The commit index never goes back."},
		},
		{
			file: "caps_inline.txt", module: "",
			core: []string{"put", "get", "evict"}, helper: []string{"_touch"}, infra: []string{"__init__", "__repr__"},
			vars:      []variable{{"entries", "set of keys"}, {"capacity", ""}},
			propNames: []string{"", ""}, propTexts: []string{"The cache never holds more than capacity entries.", "evicted keys are not returned by get"},
		},
		{
			file: "analysis_only.md", module: "TicketLock",
			core: []string{"Acquire", "Release"}, helper: []string{}, infra: []string{},
			vars: []variable{{"next_ticket", "Nat"}, {"now_serving", "Nat"}},
		},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", c.file))
			if err != nil {
				t.Fatal(err)
			}
			d := Parse(string(data))
			if d.ModuleName != c.module {
				t.Errorf("module = %q, want %q", d.ModuleName, c.module)
			}
			for _, l := range []struct {
				what      string
				got, want []string
			}{{"core", names(d.Core), c.core}, {"helper", names(d.Helper), c.helper}, {"infrastructure", names(d.Infrastructure), c.infra}} {
				if !reflect.DeepEqual(l.got, l.want) {
					t.Errorf("%s = %q, want %q", l.what, l.got, l.want)
				}
			}
			var vars []variable
			for _, v := range d.Variables {
				vars = append(vars, variable{v.Name, v.Type})
			}
			if !reflect.DeepEqual(vars, c.vars) {
				t.Errorf("variables = %+v, want %+v", vars, c.vars)
			}
			if len(d.Properties) != len(c.propNames) {
				t.Fatalf("properties = %+v, want names %q", d.Properties, c.propNames)
			}
			for i, p := range d.Properties {
				if p.Name != c.propNames[i] || (c.propTexts != nil && c.propTexts[i] != "" && p.Description != c.propTexts[i]) {
					t.Errorf("property %d = %+v", i, p)
				}
			}
		})
	}
}

func TestParseKeepsDescriptions(t *testing.T) {
	d := Parse("## Core functions\n- `Lock`: spins on a CAS\n## State variables\n- locked (BOOLEAN): whether held\n")
	if len(d.Core) != 1 || d.Core[0].Description != "spins on a CAS" {
		t.Fatalf("core = %+v", d.Core)
	}
	if len(d.Variables) != 1 || d.Variables[0].Description != "whether held" || d.Variables[0].Type != "BOOLEAN" {
		t.Fatalf("variables = %+v", d.Variables)
	}
}

func TestParseExampleDrafts(t *testing.T) {
	for file, core := range map[string][]string{
		"../../examples/spinlock/spinlock.draft.md": {"Lock", "Unlock", "Increment"},
		"../../examples/leader/election.draft.md":   {"Timeout", "HandleVoteRequest", "HandleVoteReply"},
	} {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		if got := names(Parse(string(data)).Core); !reflect.DeepEqual(got, core) {
			t.Errorf("%s: core = %q, want %q", file, got, core)
		}
	}
}

func TestParseNothingUsable(t *testing.T) {
	for _, text := range []string{"", "just prose\nwith no lists", "# CORE FUNCTIONS\n- not a name at all\n", "```\n- `X`: y\n"} {
		d := Parse(text)
		if len(d.Core)+len(d.Variables)+len(d.Properties) != 0 {
			t.Errorf("Parse(%q) = %+v, want nothing", text, d)
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"# Core\n- `a`: b", "**Core Functions:**\n1. X()", "Module name: (", "- `"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { Parse(s) })
}
