package tokens

// Fit says whether a prompt and the room reserved for the answer fit a
// model's context window.
type Fit struct {
	PromptTokens  int // tokens in the prompt
	AnswerTokens  int // tokens reserved for the answer
	ContextWindow int // the model's window; 0 if unknown
	// Over is how many tokens the prompt must lose to fit; 0 when it fits.
	Over int
}

// Fits reports whether nothing needs to be cut.
func (f Fit) Fits() bool { return f.Over == 0 }

// Spare returns how many more prompt tokens would still fit (0 when the
// prompt is already over, or the window is unknown).
func (f Fit) Spare() int {
	if f.ContextWindow <= 0 {
		return 0
	}
	if s := f.ContextWindow - f.PromptTokens - f.AnswerTokens; s > 0 {
		return s
	}
	return 0
}

// ChatOverhead is the number of tokens a chat API adds around the messages
// of one request (role markers and the primer of the reply). Budget adds it
// to the prompt so that a prompt reported as fitting really does.
const ChatOverhead = 8

// Budget counts prompt for model and compares it, with maxAnswer tokens
// reserved for the answer, against contextWindow. A contextWindow of zero
// or less means the window is unknown, and everything fits. A negative
// maxAnswer counts as zero.
func Budget(model string, contextWindow int, prompt string, maxAnswer int) Fit {
	if maxAnswer < 0 {
		maxAnswer = 0
	}
	f := Fit{
		PromptTokens:  Count(model, prompt) + ChatOverhead,
		AnswerTokens:  maxAnswer,
		ContextWindow: contextWindow,
	}
	if contextWindow > 0 {
		if over := f.PromptTokens + f.AnswerTokens - contextWindow; over > 0 {
			f.Over = over
		}
	}
	return f
}
