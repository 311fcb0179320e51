module github.com/tla-gen-lsp/tla-gen-lsp

go 1.26.8
