package tla2tools

import (
	"regexp"
	"sync"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/semantic"
)

// SANY's command line prints no error codes (-error-codes only changes the
// exit status), so a report's code is recognised from its message, whose
// wording SANY fixes per code. A few wordings serve two codes in SANY's
// sources; the table gives the one SANY reaches in practice.
type messageCode struct {
	pattern string // a regular expression
	code    sany.Code
}

type compiledMessageCode struct {
	pattern *regexp.Regexp
	code    sany.Code
}

// compiledMessageCodes compiles messageCodes on first use: compiling them
// at start-up cost every run of the binary about 5 ms, most of a native
// check of a small spec, although only the tla2tools backend needs them.
var compiledMessageCodes = sync.OnceValue(func() []compiledMessageCode {
	out := make([]compiledMessageCode, len(messageCodes))
	for i, mc := range messageCodes {
		out[i] = compiledMessageCode{regexp.MustCompile(mc.pattern), mc.code}
	}
	return out
})

// messageCodes is tried in order; the first matching pattern wins.
var messageCodes = []messageCode{
	// Names.
	{"^Unknown operator: `", semantic.CodeSymbolUndefined},
	{`^DEF clause entry should describe a defined operator`, semantic.CodeSymbolUndefined},
	{`^Multiply-defined symbol '`, semantic.CodeSymbolRedefined},
	{`^Operator \S+ already defined or declared\.`, semantic.CodeSymbolRedefined},
	{"^Function name `.*' already defined or declared", semantic.CodeSymbolRedefined},
	{`^Symbol \S+ is a built-in operator, and cannot be redefined`, semantic.CodeBuiltInSymbolRedefined},
	{`^Operator name \S+ is incomplete`, semantic.CodeOperatorNameIncomplete},
	{`^Multiply-defined module '`, semantic.CodeModuleRedefined},
	{`^Could not find declaration or definition of symbol '`, semantic.CodeSuspectedUnreachableCheck},
	{`^Couldn't resolve (infix|prefix|postfix) operator symbol`, semantic.CodeSuspectedUnreachableCheck},
	{`^Multiple declarations or definitions for symbol `, semantic.CodeInstancedModulesSymbolUnificationAmbiguity},
	{`^Warning: the .* of '.*' conflicts with`, semantic.CodeExtendedModulesSymbolUnificationAmbiguity},
	{`^The .* of '.*' conflicts with`, semantic.CodeExtendedModulesSymbolUnificationConflict},

	// Modules.
	{`^Cannot find source file for module `, semantic.CodeModuleFileCannotBeFound},
	{`^File name '.*' does not match the name '.*' of the top level module`, semantic.CodeModuleNameDifferentFromFileName},
	{`^Circular dependency among \.tla files`, semantic.CodeModuleDependenciesAreCircular},

	// Arity.
	{`^The operator \S+ requires -?\d+ arguments?\.`, semantic.CodeOperatorGivenIncorrectNumberOfArguments},
	{`^Function '.*' is defined with \d+ parameters, but is applied to`, semantic.CodeFunctionGivenIncorrectNumberOfArguments},
	{`^Argument number \d+ to operator '.*' \s*should be a \d+-parameter operator`, semantic.CodeHigherOrderOperatorArgumentHasIncorrectArity},
	{`^Expected arity \d+ but found operator of arity`, semantic.CodeHigherOrderOperatorArgumentHasIncorrectArity},
	{`^An expression appears as argument number \d+ \(counting from 1\) to operator`, semantic.CodeHigherOrderOperatorRequiredButExpressionGiven},
	{`^Lambda expression with arity \d+ used as argument`, semantic.CodeLambdaOperatorArgumentHasIncorrectArity},
	{`^LAMBDA expression used where an expression is required`, semantic.CodeLambdaGivenWhereExpressionRequired},
	{`^Definition of \S+ has different arity than its RECURSIVE declaration`, semantic.CodeRecursiveOperatorDeclarationDefinitionArityMismatch},
	{`^Function \S+ has operator arguments in its RECURSIVE declaration`, semantic.CodeRecursiveOperatorDeclarationDefinitionArityMismatch},
	{`^Recursive (operator|function) \S+ defined at wrong LET/IN level`, semantic.CodeRecursiveOperatorDefinedInWrongLetInLevel},
	{`^Symbol \S+ declared in RECURSIVE statement but not defined`, semantic.CodeRecursiveOperatorDeclaredButNotDefined},
	{`may not appear within a recursive definition section`, semantic.CodeRecursiveSectionContainsIllegalDefinition},

	// Functions and records.
	{`^Attempted to declare '@' as a`, semantic.CodeFunctionExceptAtUsedWhereUndefined},
	{`^@ used where its meaning is not defined`, semantic.CodeFunctionExceptAtUsedWhereUndefined},
	{`^Non-unique fields in constructor`, semantic.CodeRecordConstructorFieldRedefinition},
	{`^The field name ".*" in the record constructor is identical to`, semantic.CodeRecordConstructorFieldNameClash},

	// Instances.
	{`^Multiple substitutions for symbol '`, semantic.CodeInstanceSubstitutionSymbolRedefinedMultipleTimes},
	{`^Substitution missing for symbol `, semantic.CodeInstanceSubstitutionMissingSymbol},
	{`^Identifier '.*' is not a legal target of a substitution`, semantic.CodeInstanceSubstitutionIllegalSymbolRedefinition},
	{`^An operator must be substituted for symbol '`, semantic.CodeInstanceSubstitutionOperatorConstantIncorrectArity},
	{`^Error in instantiating module '.*':\s*A non-Leibniz operator`, semantic.CodeInstanceSubstitutionNonLeibnizOperator},
	{`^Level error in instantiating module '.*':\s*The level of the expression or operator substituted`, semantic.CodeInstanceSubstitutionLevelConstraintsExceeded},
	{`^Level error in instantiating module '.*':\s*The level of the argument`, semantic.CodeInstanceSubstitutionLevelConstraintNotMet},
	{`^Level error when instantiating module '`, semantic.CodeInstanceSubstitutionCoparameterLevelConstraintsExceeded},

	// Levels.
	{`^Level error in applying operator .*:\s*The permitted level of argument`, semantic.CodeHigherOrderOperatorParameterLevelConstraintNotMet},
	{`^Level error in applying operator .*:\s*The level of the range for the bounded variable`, semantic.CodeQuantificationWithTemporalLevelBound},
	{`^Level error in applying operator .*:\s*The level of argument \d+ exceeds`, semantic.CodeOperatorLevelConstraintsExceeded},
	{`^Level error: assumptions must be level 0`, semantic.CodeAssumptionIsNotConstant},
	{`^Level error:\s*Temporal formula used as set`, semantic.CodeAssumeProveNewConstantHasTemporalLevelBound},
	{`^\[\] followed by action not of form \[A\]_v`, semantic.CodeAlwaysPropertySensitiveToStuttering},
	{`^<> followed by action not of form <<A>>_v`, semantic.CodeEventuallyPropertySensitiveToStuttering},
	{`^Action used where only temporal formula or state predicate allowed`, semantic.CodeBinaryTemporalOperatorWithActionLevelParameter},
	{`has both temporal formula and action as arguments`, semantic.CodeLogicalOperatorWithMixedActionTemporalParameters},
	{`^Action-level bound of quantified temporal formula`, semantic.CodeQuantifiedTemporalFormulaWithActionLevelBound},
	{`^Argument \d+ of recursive operator \S+ is primed`, semantic.CodeRecursiveOperatorPrimesParameter},
	{`^Non-constant bound of temporal PICK`, semantic.CodeQuantifiedTemporalPickFormulaWithNonConstantBound},
	{`^Non-constant TAKE, WITNESS, or HAVE for temporal goal`, semantic.CodeTemporalProofGoalWithNonConstantTakeWitnessHave},
	{`^Non-constant CASE for temporal goal`, semantic.CodeTemporalProofGoalWithNonConstantCase},

	// Labels.
	{"^Label `.*' used with wrong number of arguments", semantic.CodeLabelGivenIncorrectNumberOfArguments},
	{`^Label not in definition or proof step`, semantic.CodeLabelNotInDefinitionOrProofStep},
	{`^Label not allowed within scope of declaration in nested ASSUME/PROVE`, semantic.CodeLabelNotAllowedInNestedAssumeProveWithNew},
	{`^Labels inside EXCEPT clauses are not yet implemented`, semantic.CodeLabelNotAllowedInFunctionExcept},
	{"^Illegal parameter \\S+ of label `", semantic.CodeLabelParameterUnnecessary},
	{"^Duplicate label `", semantic.CodeLabelRedefinition},
	{`^Repeated formal parameter \S+\s+in label`, semantic.CodeLabelParameterRepetition},
	{"^Label \\S+ must contain formal parameter `", semantic.CodeLabelParameterMissing},

	// Proofs.
	{`^<\*> and <\+> cannot be used for a named step`, semantic.CodeProofStepWithImplicitLevelCannotHaveName},
	{`^\S+ proof step selected instead of expression`, semantic.CodeProofStepNonExpressionUsedAsExpression},
	{`^ASSUME/PROVE used where an expression is required`, semantic.CodeAssumeProveUsedWhereExpressionRequired},
	{`^The only expression allowed as a fact in a HIDE`, semantic.CodeUseOrHideFactNotValid},
	{`^Empty BY`, semantic.CodeInternalError},

	// PlusCal translation checksums.
	{`^Both the PlusCal algorithm and its TLA\+ translation in module \S+ have changed`, semantic.CodePlusCalAlgorithmAndTranslationChangedSinceLastTranslation},
	{`^The TLA\+ translation in module \S+ has changed since its last translation`, semantic.CodePlusCalTranslationChangedSinceLastTranslation},
	{`^The PlusCal algorithm in module \S+ has changed since its last translation`, semantic.CodePlusCalAlgorithmChangedSinceLastTranslation},

	// Checks SANY's authors believe earlier ones make unreachable.
	{`^(Module instance identifier where operator should be|Illegal expression used as argument|Wrong number of arguments \(|Non-expression used as argument number|Operator used in argument number|Substitution error, |Illegal identifier '.*' in LHS of substitution|Cannot find label|DEF clause entry refers to a non-definition step|Step number of non-|Module instantiation selected instead of expression|Expected operator argument with arity|Expected \d+ arguments but found|Unknown parameter declaration|Labeled ASSUME/PROVE used where|Module name '.*' used as operator|Too many arguments for operator|Expression used in argument position|Operator with incorrect arity passed as argument|Arity \d+ operator \(not an expression\) is expected|Operator used with the wrong number of arguments)`, semantic.CodeSuspectedUnreachableCheck},

	{`^Internal error`, semantic.CodeInternalError},
}

// codeOfMessage returns SANY's code for a semantic-phase message, or 0 if
// the wording is not one the table knows.
func codeOfMessage(message string) sany.Code {
	for _, mc := range compiledMessageCodes() {
		if mc.pattern.MatchString(message) {
			return mc.code
		}
	}
	return 0
}

// isLevelCode reports whether SANY reports the code from its level checker,
// which runs only when semantic analysis found no error.
func isLevelCode(c sany.Code) bool {
	switch c {
	case semantic.CodeOperatorLevelConstraintsExceeded,
		semantic.CodeAssumptionIsNotConstant,
		semantic.CodeInstanceSubstitutionNonLeibnizOperator,
		semantic.CodeInstanceSubstitutionLevelConstraintsExceeded,
		semantic.CodeInstanceSubstitutionLevelConstraintNotMet,
		semantic.CodeInstanceSubstitutionCoparameterLevelConstraintsExceeded,
		semantic.CodeHigherOrderOperatorParameterLevelConstraintNotMet,
		semantic.CodeHigherOrderOperatorCoparameterLevelConstraintsExceeded,
		semantic.CodeRecursiveOperatorPrimesParameter,
		semantic.CodeAlwaysPropertySensitiveToStuttering,
		semantic.CodeEventuallyPropertySensitiveToStuttering,
		semantic.CodeBinaryTemporalOperatorWithActionLevelParameter,
		semantic.CodeLogicalOperatorWithMixedActionTemporalParameters,
		semantic.CodeQuantifiedTemporalFormulaWithActionLevelBound,
		semantic.CodeQuantificationWithTemporalLevelBound,
		semantic.CodeTemporalProofGoalWithNonConstantTakeWitnessHave,
		semantic.CodeTemporalProofGoalWithNonConstantCase,
		semantic.CodeQuantifiedTemporalPickFormulaWithNonConstantBound,
		semantic.CodeAssumeProveNewConstantHasTemporalLevelBound:
		return true
	}
	return false
}

// isModuleCode reports whether the code is about finding or naming module
// files rather than about a module's contents.
func isModuleCode(c sany.Code) bool {
	switch c {
	case semantic.CodeModuleFileCannotBeFound,
		semantic.CodeModuleNameDifferentFromFileName,
		semantic.CodeModuleDependenciesAreCircular:
		return true
	}
	return false
}
