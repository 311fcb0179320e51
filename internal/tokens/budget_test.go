package tokens

import "testing"

func TestBudget(t *testing.T) {
	prompt := "tiktoken is great!" // 6 tokens in cl100k_base
	promptTokens := 6 + ChatOverhead
	tests := []struct {
		name      string
		window    int
		maxAnswer int
		wantFits  bool
		wantOver  int
		wantSpare int
	}{
		{"roomy", 100, 10, true, 0, 100 - promptTokens - 10},
		{"exact", promptTokens + 10, 10, true, 0, 0},
		{"one over", promptTokens + 9, 10, false, 1, 0},
		{"prompt alone too big", 5, 0, false, promptTokens - 5, 0},
		{"unknown window", 0, 1 << 20, true, 0, 0},
		{"negative answer", promptTokens, -5, true, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := Budget("gpt-4", tt.window, prompt, tt.maxAnswer)
			if f.PromptTokens != promptTokens {
				t.Errorf("PromptTokens = %d, want %d", f.PromptTokens, promptTokens)
			}
			if f.Fits() != tt.wantFits || f.Over != tt.wantOver || f.Spare() != tt.wantSpare {
				t.Errorf("Fits=%t Over=%d Spare=%d, want %t %d %d", f.Fits(), f.Over, f.Spare(), tt.wantFits, tt.wantOver, tt.wantSpare)
			}
		})
	}
}
