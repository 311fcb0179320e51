package actions

import (
	_ "embed"
	"fmt"
	"os"
	"strings"
)

// translatePrompt is a copy of shared/prompts/translate.txt; a test keeps
// the two equal.
//
//go:embed prompts/translate.txt
var translatePrompt string

// Placeholders in the prompt template, replaced literally (the prompt is
// full of braces, so it is not a Go template).
const (
	placeholderDraft  = "{draft_analysis}"
	placeholderSource = "{source_code}"
)

// loadPromptTemplate returns the template in promptFile, or the embedded
// one when promptFile is "".
func loadPromptTemplate(promptFile string) (string, error) {
	if promptFile == "" {
		return translatePrompt, nil
	}
	data, err := os.ReadFile(promptFile)
	if err != nil {
		return "", fmt.Errorf("cannot read the prompt file (tlaGen.promptFile): %w", err)
	}
	text := string(data)
	if !strings.Contains(text, placeholderSource) {
		return "", fmt.Errorf("prompt file %s has no %s placeholder", promptFile, placeholderSource)
	}
	return text, nil
}

// FillPrompt puts the draft and the source into the template. Each
// placeholder is replaced once, in one pass, so text inside the draft or
// the source that looks like a placeholder is left alone.
func FillPrompt(template, draftText, sourceText string) string {
	return strings.NewReplacer(placeholderDraft, draftText, placeholderSource, sourceText).Replace(template)
}

// TranslationPrompt returns the template Generate fills: the one in
// promptFile, or the embedded translation prompt when promptFile is "".
func TranslationPrompt(promptFile string) (string, error) { return loadPromptTemplate(promptFile) }
