package mcp

import (
	"context"
	"strings"

	sdk "github.com/modelcontextprotocol/go-sdk/mcp"

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
func addResources(srv *sdk.Server, promptFile string) {
	srv.AddResource(&sdk.Resource{
		URI: promptURI, Name: "translation-prompt", Title: "TLA+ translation prompt", MIMEType: "text/plain",
		Description: "The template tla_generate_spec fills with the draft analysis ({draft_analysis}) and the source code ({source_code}) and sends to the model.",
	}, func(context.Context, *sdk.ReadResourceRequest) (*sdk.ReadResourceResult, error) {
		text, err := actions.TranslationPrompt(promptFile)
		if err != nil {
			return nil, err
		}
		return &sdk.ReadResourceResult{Contents: []*sdk.ResourceContents{{URI: promptURI, MIMEType: "text/plain", Text: text}}}, nil
	})
	for _, name := range stdlib.Names() {
		srv.AddResource(&sdk.Resource{
			URI: stdlibURIPrefix + name, Name: name + ".tla", Title: "Standard module " + name, MIMEType: "text/x-tlaplus",
			Description: "The declarations of the standard module " + name + " as this checker knows them.",
		}, readStandardModule)
	}
	srv.AddResourceTemplate(&sdk.ResourceTemplate{
		URITemplate: stdlibURITemplate, Name: "standard-module", Title: "Standard TLA+ module", MIMEType: "text/x-tlaplus",
		Description: "A standard module (Naturals, Integers, Reals, Sequences, FiniteSets, Bags, TLC, ...) by name.",
	}, readStandardModule)
}

func readStandardModule(_ context.Context, req *sdk.ReadResourceRequest) (*sdk.ReadResourceResult, error) {
	uri := req.Params.URI
	text, ok := stdlib.Lookup(strings.TrimSuffix(strings.TrimPrefix(uri, stdlibURIPrefix), ".tla"))
	if !ok {
		return nil, sdk.ResourceNotFoundError(uri)
	}
	return &sdk.ReadResourceResult{Contents: []*sdk.ResourceContents{{URI: uri, MIMEType: "text/x-tlaplus", Text: string(text)}}}, nil
}
