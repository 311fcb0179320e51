package tlc

import "testing"

// FuzzProperty checks arbitrary PROPERTY formulas (and a fairness
// conjunct) on a small spec: Check must answer, never panic or hang, and
// a liveness counterexample must be a well-formed lasso.
func FuzzProperty(f *testing.F) {
	for _, seed := range [][2]string{
		{"<>(x = 2)", "WF_x(Next)"},
		{"[]<>(x = 0) /\\ <>[](x # 5)", "SF_x(Next)"},
		{"(x = 1) ~> (x = 0)", "\\A i \\in 0..1 : WF_x(Step(i))"},
		{"[][x' # x]_x", "TRUE"},
		{"[](x < 3)", "WF_x(Next)"},
		{"\\A i \\in 0..2 : []<>(x = i)", "WF_x(Step(0))"},
		{"\\E i \\in 0..2 : <>[](x = i) \\/ ~[]<>(x = 1)", "SF_x(Step(1)) /\\ WF_x(Step(0))"},
		{"<><<x' = x + 1>>_x", "WF_x(Next)"},
		{"IF x = 0 THEN <>(x = 1) ELSE []TRUE", "[]<>(x = 0)"},
		{"LET P == x = 2 IN <>P", "WF_x(Next)"},
		{"ENABLED Next ~> (x = 0)", "WF_x(Next)"},
	} {
		f.Add(seed[0], seed[1])
	}
	f.Fuzz(func(t *testing.T, prop, fairness string) {
		module := "---- MODULE Fuzz ----\nEXTENDS Naturals\nVARIABLE x\nInit == x = 0\nStep(i) == x' = (x + i + 1) % 3\n" +
			"Next == \\E i \\in 0..1 : Step(i)\nSpec == Init /\\ [][Next]_x /\\ (" + fairness + ")\nProp == " + prop + "\n====\n"
		res := checkText(t, module, "SPECIFICATION Spec\nPROPERTY Prop\n")
		if res != nil && res.Result == LivenessFailure {
			checkLassoTrace(t, res.Trace)
		}
	})
}
