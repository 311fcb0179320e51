package lsp

import (
	"os"
	"path/filepath"
	"strings"

	"go.lsp.dev/protocol"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/actions"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/parser"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// Kinds of the model-checking code actions.
const (
	codeActionKindGenerateConfig protocol.CodeActionKind = "source.generateModelConfig"
	codeActionKindModelCheck     protocol.CodeActionKind = "source.modelCheck"
)

// Titles of the model-checking lenses and actions.
const (
	titleModelCheck     = "▶ Model check"
	titleGenerateConfig = "⚙ Generate model config"
	titleFixTrace       = "Ask the model to fix the spec for this trace"
)

// modelCheckLenses are "▶ Model check" above the spec's behaviour (Spec)
// when the spec has a configuration, "⚙ Generate model config" when it
// has none, and "▶ Model check" at the top of a .cfg.
func (s *Server) modelCheckLenses(path string) []protocol.CodeLens {
	if strings.Contains(filepath.ToSlash(path), "/"+actions.StateDirName+"/") {
		return nil // rounds and traces kept by tla-gen-lsp are records, not models
	}
	uri := uriFromPath(path)
	if doc := s.docs.snapshot().document(path); doc != nil {
		uri = doc.uri
	}
	arg := []any{generateArgs{URI: uri}}
	if isCfgPath(path) {
		top := protocol.Range{}
		return []protocol.CodeLens{{Range: top, Command: &protocol.Command{Title: titleModelCheck + " " + filepath.Base(specOfConfig(path)), Command: commandModelCheck, Arguments: arg}}}
	}
	at := s.behaviourRange(path)
	if s.hasConfig(path) {
		return []protocol.CodeLens{{Range: at, Command: &protocol.Command{Title: titleModelCheck, Command: commandModelCheck, Arguments: arg}}}
	}
	return []protocol.CodeLens{{Range: at, Command: &protocol.Command{Title: titleGenerateConfig, Command: commandGenerateConfig, Arguments: arg}}}
}

// hasConfig reports whether the spec at path has <M>.cfg (open or on disk).
func (s *Server) hasConfig(spec string) bool {
	cfgPath := actions.ConfigPathOf(spec)
	if s.docs.snapshot().document(cfgPath) != nil {
		return true
	}
	_, err := os.Stat(cfgPath)
	return err == nil
}

// behaviourRange is the name of the definition Spec in the module at
// path (its open buffer or the file), else the module's first line.
func (s *Server) behaviourRange(path string) protocol.Range {
	var text []byte
	if doc := s.docs.snapshot().document(path); doc != nil {
		text = doc.file.Text()
	} else if data, err := os.ReadFile(path); err == nil {
		text = data
	}
	f := token.NewFile(path, text)
	file, _ := parser.ParseFileMode(f, parser.Recover)
	if file == nil || len(file.Modules) == 0 {
		return protocol.Range{}
	}
	for _, u := range file.Modules[0].Units {
		if d, ok := u.(*ast.OpDef); ok && d.Name != nil && d.Name.Name == "Spec" {
			return protocol.Range{Start: toProtocolPosition(f.LSPPosition(d.Name.Pos())), End: toProtocolPosition(f.LSPPosition(d.Name.End()))}
		}
	}
	return protocol.Range{Start: toProtocolPosition(f.LSPPosition(file.Modules[0].Pos()))}
}

// specCodeActions are the actions on a .tla: generate its model config,
// model-check it, and, on a counterexample the model checker reported,
// ask the model to fix the spec for that trace.
func (s *Server) specCodeActions(p protocol.CodeActionParams, path string) []protocol.CodeAction {
	var out []protocol.CodeAction
	arg := []any{generateArgs{URI: p.TextDocument.URI}}
	add := func(kind protocol.CodeActionKind, title, command string, diags []protocol.Diagnostic) {
		if !kindRequested(p.Context.Only, kind) {
			return
		}
		out = append(out, protocol.CodeAction{Title: title, Kind: kind, Diagnostics: diags,
			Command: &protocol.Command{Title: title, Command: command, Arguments: arg}})
	}
	var counterexamples []protocol.Diagnostic
	for _, d := range p.Context.Diagnostics {
		if d.Source == tlcSource && len(d.RelatedInformation) > 0 {
			counterexamples = append(counterexamples, d)
		}
	}
	if len(counterexamples) > 0 && s.effective().UsesModel() {
		add(protocol.QuickFix, titleFixTrace, commandFixTrace, counterexamples)
	}
	if s.hasConfig(path) {
		add(codeActionKindModelCheck, "Model check "+filepath.Base(path), commandModelCheck, nil)
	}
	add(codeActionKindGenerateConfig, "Generate model config", commandGenerateConfig, nil)
	return out
}
