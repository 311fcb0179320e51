package tla2tools

import (
	"regexp"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/semantic"
)

// SANY's command line prints no error codes (-error-codes only changes the
// exit status), so a report's code is recognised from its message, whose
// wording SANY fixes per code. A few wordings serve two codes in SANY's
// sources; the table gives the one SANY reaches in practice.
type messageCode struct {
	pattern *regexp.Regexp
	code    sany.Code
}

// messageCodes is tried in order; the first matching pattern wins.
var messageCodes = []messageCode{
	// Names.
	{regexp.MustCompile("^Unknown operator: `"), semantic.CodeSymbolUndefined},
	{regexp.MustCompile(`^DEF clause entry should describe a defined operator`), semantic.CodeSymbolUndefined},
	{regexp.MustCompile(`^Multiply-defined symbol '`), semantic.CodeSymbolRedefined},
	{regexp.MustCompile(`^Operator \S+ already defined or declared\.`), semantic.CodeSymbolRedefined},
	{regexp.MustCompile("^Function name `.*' already defined or declared"), semantic.CodeSymbolRedefined},
	{regexp.MustCompile(`^Symbol \S+ is a built-in operator, and cannot be redefined`), semantic.CodeBuiltInSymbolRedefined},
	{regexp.MustCompile(`^Operator name \S+ is incomplete`), semantic.CodeOperatorNameIncomplete},
	{regexp.MustCompile(`^Multiply-defined module '`), semantic.CodeModuleRedefined},
	{regexp.MustCompile(`^Could not find declaration or definition of symbol '`), semantic.CodeSuspectedUnreachableCheck},
	{regexp.MustCompile(`^Couldn't resolve (infix|prefix|postfix) operator symbol`), semantic.CodeSuspectedUnreachableCheck},
	{regexp.MustCompile(`^Multiple declarations or definitions for symbol `), semantic.CodeInstancedModulesSymbolUnificationAmbiguity},
	{regexp.MustCompile(`^Warning: the .* of '.*' conflicts with`), semantic.CodeExtendedModulesSymbolUnificationAmbiguity},
	{regexp.MustCompile(`^The .* of '.*' conflicts with`), semantic.CodeExtendedModulesSymbolUnificationConflict},

	// Modules.
	{regexp.MustCompile(`^Cannot find source file for module `), semantic.CodeModuleFileCannotBeFound},
	{regexp.MustCompile(`^File name '.*' does not match the name '.*' of the top level module`), semantic.CodeModuleNameDifferentFromFileName},
	{regexp.MustCompile(`^Circular dependency among \.tla files`), semantic.CodeModuleDependenciesAreCircular},

	// Arity.
	{regexp.MustCompile(`^The operator \S+ requires -?\d+ arguments?\.`), semantic.CodeOperatorGivenIncorrectNumberOfArguments},
	{regexp.MustCompile(`^Function '.*' is defined with \d+ parameters, but is applied to`), semantic.CodeFunctionGivenIncorrectNumberOfArguments},
	{regexp.MustCompile(`^Argument number \d+ to operator '.*' \s*should be a \d+-parameter operator`), semantic.CodeHigherOrderOperatorArgumentHasIncorrectArity},
	{regexp.MustCompile(`^Expected arity \d+ but found operator of arity`), semantic.CodeHigherOrderOperatorArgumentHasIncorrectArity},
	{regexp.MustCompile(`^An expression appears as argument number \d+ \(counting from 1\) to operator`), semantic.CodeHigherOrderOperatorRequiredButExpressionGiven},
	{regexp.MustCompile(`^Lambda expression with arity \d+ used as argument`), semantic.CodeLambdaOperatorArgumentHasIncorrectArity},
	{regexp.MustCompile(`^LAMBDA expression used where an expression is required`), semantic.CodeLambdaGivenWhereExpressionRequired},
	{regexp.MustCompile(`^Definition of \S+ has different arity than its RECURSIVE declaration`), semantic.CodeRecursiveOperatorDeclarationDefinitionArityMismatch},
	{regexp.MustCompile(`^Function \S+ has operator arguments in its RECURSIVE declaration`), semantic.CodeRecursiveOperatorDeclarationDefinitionArityMismatch},
	{regexp.MustCompile(`^Recursive (operator|function) \S+ defined at wrong LET/IN level`), semantic.CodeRecursiveOperatorDefinedInWrongLetInLevel},
	{regexp.MustCompile(`^Symbol \S+ declared in RECURSIVE statement but not defined`), semantic.CodeRecursiveOperatorDeclaredButNotDefined},
	{regexp.MustCompile(`may not appear within a recursive definition section`), semantic.CodeRecursiveSectionContainsIllegalDefinition},

	// Functions and records.
	{regexp.MustCompile(`^Attempted to declare '@' as a`), semantic.CodeFunctionExceptAtUsedWhereUndefined},
	{regexp.MustCompile(`^@ used where its meaning is not defined`), semantic.CodeFunctionExceptAtUsedWhereUndefined},
	{regexp.MustCompile(`^Non-unique fields in constructor`), semantic.CodeRecordConstructorFieldRedefinition},
	{regexp.MustCompile(`^The field name ".*" in the record constructor is identical to`), semantic.CodeRecordConstructorFieldNameClash},

	// Instances.
	{regexp.MustCompile(`^Multiple substitutions for symbol '`), semantic.CodeInstanceSubstitutionSymbolRedefinedMultipleTimes},
	{regexp.MustCompile(`^Substitution missing for symbol `), semantic.CodeInstanceSubstitutionMissingSymbol},
	{regexp.MustCompile(`^Identifier '.*' is not a legal target of a substitution`), semantic.CodeInstanceSubstitutionIllegalSymbolRedefinition},
	{regexp.MustCompile(`^An operator must be substituted for symbol '`), semantic.CodeInstanceSubstitutionOperatorConstantIncorrectArity},
	{regexp.MustCompile(`^Error in instantiating module '.*':\s*A non-Leibniz operator`), semantic.CodeInstanceSubstitutionNonLeibnizOperator},
	{regexp.MustCompile(`^Level error in instantiating module '.*':\s*The level of the expression or operator substituted`), semantic.CodeInstanceSubstitutionLevelConstraintsExceeded},
	{regexp.MustCompile(`^Level error in instantiating module '.*':\s*The level of the argument`), semantic.CodeInstanceSubstitutionLevelConstraintNotMet},
	{regexp.MustCompile(`^Level error when instantiating module '`), semantic.CodeInstanceSubstitutionCoparameterLevelConstraintsExceeded},

	// Levels.
	{regexp.MustCompile(`^Level error in applying operator .*:\s*The permitted level of argument`), semantic.CodeHigherOrderOperatorParameterLevelConstraintNotMet},
	{regexp.MustCompile(`^Level error in applying operator .*:\s*The level of the range for the bounded variable`), semantic.CodeQuantificationWithTemporalLevelBound},
	{regexp.MustCompile(`^Level error in applying operator .*:\s*The level of argument \d+ exceeds`), semantic.CodeOperatorLevelConstraintsExceeded},
	{regexp.MustCompile(`^Level error: assumptions must be level 0`), semantic.CodeAssumptionIsNotConstant},
	{regexp.MustCompile(`^Level error:\s*Temporal formula used as set`), semantic.CodeAssumeProveNewConstantHasTemporalLevelBound},
	{regexp.MustCompile(`^\[\] followed by action not of form \[A\]_v`), semantic.CodeAlwaysPropertySensitiveToStuttering},
	{regexp.MustCompile(`^<> followed by action not of form <<A>>_v`), semantic.CodeEventuallyPropertySensitiveToStuttering},
	{regexp.MustCompile(`^Action used where only temporal formula or state predicate allowed`), semantic.CodeBinaryTemporalOperatorWithActionLevelParameter},
	{regexp.MustCompile(`has both temporal formula and action as arguments`), semantic.CodeLogicalOperatorWithMixedActionTemporalParameters},
	{regexp.MustCompile(`^Action-level bound of quantified temporal formula`), semantic.CodeQuantifiedTemporalFormulaWithActionLevelBound},
	{regexp.MustCompile(`^Argument \d+ of recursive operator \S+ is primed`), semantic.CodeRecursiveOperatorPrimesParameter},
	{regexp.MustCompile(`^Non-constant bound of temporal PICK`), semantic.CodeQuantifiedTemporalPickFormulaWithNonConstantBound},
	{regexp.MustCompile(`^Non-constant TAKE, WITNESS, or HAVE for temporal goal`), semantic.CodeTemporalProofGoalWithNonConstantTakeWitnessHave},
	{regexp.MustCompile(`^Non-constant CASE for temporal goal`), semantic.CodeTemporalProofGoalWithNonConstantCase},

	// Labels.
	{regexp.MustCompile("^Label `.*' used with wrong number of arguments"), semantic.CodeLabelGivenIncorrectNumberOfArguments},
	{regexp.MustCompile(`^Label not in definition or proof step`), semantic.CodeLabelNotInDefinitionOrProofStep},
	{regexp.MustCompile(`^Label not allowed within scope of declaration in nested ASSUME/PROVE`), semantic.CodeLabelNotAllowedInNestedAssumeProveWithNew},
	{regexp.MustCompile(`^Labels inside EXCEPT clauses are not yet implemented`), semantic.CodeLabelNotAllowedInFunctionExcept},
	{regexp.MustCompile("^Illegal parameter \\S+ of label `"), semantic.CodeLabelParameterUnnecessary},
	{regexp.MustCompile("^Duplicate label `"), semantic.CodeLabelRedefinition},
	{regexp.MustCompile(`^Repeated formal parameter \S+\s+in label`), semantic.CodeLabelParameterRepetition},
	{regexp.MustCompile("^Label \\S+ must contain formal parameter `"), semantic.CodeLabelParameterMissing},

	// Proofs.
	{regexp.MustCompile(`^<\*> and <\+> cannot be used for a named step`), semantic.CodeProofStepWithImplicitLevelCannotHaveName},
	{regexp.MustCompile(`^\S+ proof step selected instead of expression`), semantic.CodeProofStepNonExpressionUsedAsExpression},
	{regexp.MustCompile(`^ASSUME/PROVE used where an expression is required`), semantic.CodeAssumeProveUsedWhereExpressionRequired},
	{regexp.MustCompile(`^The only expression allowed as a fact in a HIDE`), semantic.CodeUseOrHideFactNotValid},
	{regexp.MustCompile(`^Empty BY`), semantic.CodeInternalError},

	// PlusCal translation checksums.
	{regexp.MustCompile(`^Both the PlusCal algorithm and its TLA\+ translation in module \S+ have changed`), semantic.CodePlusCalAlgorithmAndTranslationChangedSinceLastTranslation},
	{regexp.MustCompile(`^The TLA\+ translation in module \S+ has changed since its last translation`), semantic.CodePlusCalTranslationChangedSinceLastTranslation},
	{regexp.MustCompile(`^The PlusCal algorithm in module \S+ has changed since its last translation`), semantic.CodePlusCalAlgorithmChangedSinceLastTranslation},

	// Checks SANY's authors believe earlier ones make unreachable.
	{regexp.MustCompile(`^(Module instance identifier where operator should be|Illegal expression used as argument|Wrong number of arguments \(|Non-expression used as argument number|Operator used in argument number|Substitution error, |Illegal identifier '.*' in LHS of substitution|Cannot find label|DEF clause entry refers to a non-definition step|Step number of non-|Module instantiation selected instead of expression|Expected operator argument with arity|Expected \d+ arguments but found|Unknown parameter declaration|Labeled ASSUME/PROVE used where|Module name '.*' used as operator|Too many arguments for operator|Expression used in argument position|Operator with incorrect arity passed as argument|Arity \d+ operator \(not an expression\) is expected|Operator used with the wrong number of arguments)`), semantic.CodeSuspectedUnreachableCheck},

	{regexp.MustCompile(`^Internal error`), semantic.CodeInternalError},
}

// codeOfMessage returns SANY's code for a semantic-phase message, or 0 if
// the wording is not one the table knows.
func codeOfMessage(message string) sany.Code {
	for _, mc := range messageCodes {
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
