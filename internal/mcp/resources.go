package mcp

import (
	"strings"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/actions"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/stdlib"
)

// Resource addresses.
const (
	promptURI         = "tla-gen://prompt/translate"
	stdlibURIPrefix   = "tla-gen://stdlib/"
	stdlibURITemplate = stdlibURIPrefix + "{module}"
)

// addResources registers the translation prompt (promptFile's, or the
// embedded one) and each standard module.
func addResources(srv *Server, promptFile string) {
	srv.resources = append(srv.resources, resourceInfo{
		URI: promptURI, Name: "translation-prompt", Title: "TLA+ translation prompt", MIMEType: "text/plain",
		Description: "The template tla_generate_spec fills with the draft analysis ({draft_analysis}) and the source code ({source_code}) and sends to the model.",
	})
	for _, name := range stdlib.Names() {
		srv.resources = append(srv.resources, resourceInfo{
			URI: stdlibURIPrefix + name, Name: name + ".tla", Title: "Standard module " + name, MIMEType: "text/x-tlaplus",
			Description: "The declarations of the standard module " + name + " as this checker knows them.",
		})
	}
	srv.templates = append(srv.templates, resourceTemplate{
		URITemplate: stdlibURITemplate, Name: "standard-module", Title: "Standard TLA+ module", MIMEType: "text/x-tlaplus",
		Description: "A standard module (Naturals, Integers, Reals, Sequences, FiniteSets, Bags, TLC, ...) by name.",
	})
	srv.read = func(uri string) (resourceContents, error) {
		if uri == promptURI {
			text, err := actions.TranslationPrompt(promptFile)
			if err != nil {
				return resourceContents{}, err
			}
			return resourceContents{URI: promptURI, MIMEType: "text/plain", Text: text}, nil
		}
		return readStandardModule(uri)
	}
}

// readStandardModule reads tla-gen://stdlib/Name (or Name.tla).
func readStandardModule(uri string) (resourceContents, error) {
	name, ok := strings.CutPrefix(uri, stdlibURIPrefix)
	var text []byte
	if ok {
		text, ok = stdlib.Lookup(strings.TrimSuffix(name, ".tla"))
	}
	if !ok {
		return resourceContents{}, &rpcError{Code: codeResourceNotFound, Message: "Resource not found: " + uri}
	}
	return resourceContents{URI: uri, MIMEType: "text/x-tlaplus", Text: string(text)}, nil
}
