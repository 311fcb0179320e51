package semantic

// The constants below carry SANY's numeric values so that a Diagnostic's
// Code can be compared with SANY's `-error-codes` output. The examples show
// a typical TLA+ fragment that triggers the code.
const (
	// CodeGeneral is SANY's catch-all code (tlc2.output.EC.GENERAL).
	CodeGeneral Code = 1000

	// CodeInternalError marks a check SANY treats as an assertion, e.g. an
	// empty BY clause:
	//	THEOREM T == TRUE
	//	BY
	CodeInternalError Code = 4003

	// CodeSuspectedUnreachableCheck is used by SANY for checks it believes
	// earlier ones make unreachable; in practice an infix operator that is
	// not defined anywhere:
	//	Next == x' := 1   \* ':=' is not a TLA+ operator
	CodeSuspectedUnreachableCheck Code = 4004

	// CodeUnsupportedLanguageFeature marks features SANY half supports,
	// such as some subexpression selectors:
	//	Op!<<
	CodeUnsupportedLanguageFeature Code = 4005

	// CodeSymbolUndefined: a name is used but never declared or defined.
	//	Spec == Cardinality(S)   \* without EXTENDS FiniteSets
	CodeSymbolUndefined Code = 4200

	// CodeSymbolRedefined: a name is declared or defined twice.
	//	Init == x = 0
	//	Init == x = 1
	CodeSymbolRedefined Code = 4201

	// CodeBuiltInSymbolRedefined: a built-in operator is redefined.
	//	TRUE == 1
	CodeBuiltInSymbolRedefined Code = 4202

	// CodeOperatorNameIncomplete: a subexpression name stops too early.
	//	Foo == Inst!
	CodeOperatorNameIncomplete Code = 4203

	// CodeOperatorGivenIncorrectNumberOfArguments: wrong argument count.
	//	Op(a, b) == a + b
	//	Use == Op(1)
	CodeOperatorGivenIncorrectNumberOfArguments Code = 4204

	// CodeOperatorLevelConstraintsExceeded: an argument's level is above what
	// the operator accepts.
	//	Next == x'' = 1
	CodeOperatorLevelConstraintsExceeded Code = 4205

	// CodeAssumptionIsNotConstant: an ASSUME of state level or above.
	//	VARIABLE x
	//	ASSUME x = 0
	CodeAssumptionIsNotConstant Code = 4206

	// CodeModuleFileCannotBeFound: an EXTENDS or INSTANCE names a module
	// that no file defines.
	//	EXTENDS NoSuchModule
	CodeModuleFileCannotBeFound Code = 4220

	// CodeModuleNameDifferentFromFileName: the MODULE header of Foo.tla
	// names another module.
	//	---- MODULE Bar ----   \* in Foo.tla
	CodeModuleNameDifferentFromFileName Code = 4221

	// CodeModuleDependenciesAreCircular: modules import each other.
	//	---- MODULE A ---- EXTENDS B   and   ---- MODULE B ---- EXTENDS A
	CodeModuleDependenciesAreCircular Code = 4222

	// CodeModuleRedefined: two modules of the same name in one scope.
	//	---- MODULE Inner ---- ... ==== twice inside one module
	CodeModuleRedefined Code = 4223

	// CodeExtendedModulesSymbolUnificationConflict: two EXTENDed modules
	// export different entities under one name.
	//	EXTENDS A, B   \* both define Foo differently
	CodeExtendedModulesSymbolUnificationConflict Code = 4224

	// CodeInstanceSubstitutionMissingSymbol: a WITH substitutes a name that
	// the instantiated module does not declare.
	//	I == INSTANCE M WITH nosuch <- 1
	CodeInstanceSubstitutionMissingSymbol Code = 4240

	// CodeInstanceSubstitutionSymbolRedefinedMultipleTimes: one parameter
	// substituted twice.
	//	I == INSTANCE M WITH x <- 1, x <- 2
	CodeInstanceSubstitutionSymbolRedefinedMultipleTimes Code = 4241

	// CodeInstanceSubstitutionIllegalSymbolRedefinition: a WITH substitutes
	// something that is not a CONSTANT or VARIABLE of the module.
	//	I == INSTANCE M WITH Op <- 1
	CodeInstanceSubstitutionIllegalSymbolRedefinition Code = 4242

	// CodeInstanceSubstitutionOperatorConstantIncorrectArity: an operator
	// constant is substituted by an operator of another arity.
	//	I == INSTANCE M WITH F <- G   \* CONSTANT F(_), G(_, _) == ...
	CodeInstanceSubstitutionOperatorConstantIncorrectArity Code = 4243

	// CodeInstanceSubstitutionNonLeibnizOperator: a non-Leibniz operator is
	// substituted for an operator constant.
	//	I == INSTANCE M WITH F <- ENABLED
	CodeInstanceSubstitutionNonLeibnizOperator Code = 4244

	// CodeInstanceSubstitutionLevelConstraintsExceeded: a substituted
	// expression is above the level the parameter allows.
	//	I == INSTANCE M WITH C <- x   \* C a CONSTANT, x a VARIABLE
	CodeInstanceSubstitutionLevelConstraintsExceeded Code = 4245

	// CodeInstanceSubstitutionLevelConstraintNotMet: a substituted operator
	// does not meet the level constraint of its parameter.
	CodeInstanceSubstitutionLevelConstraintNotMet Code = 4246

	// CodeInstanceSubstitutionCoparameterLevelConstraintsExceeded: a
	// substituted operator breaks a co-parameter level constraint.
	CodeInstanceSubstitutionCoparameterLevelConstraintsExceeded Code = 4247

	// CodeFunctionGivenIncorrectNumberOfArguments: a function application
	// with the wrong number of arguments in a recursive function.
	//	f[i \in S] == f[i, i]
	CodeFunctionGivenIncorrectNumberOfArguments Code = 4260

	// CodeFunctionExceptAtUsedWhereUndefined: @ outside an EXCEPT.
	//	Foo == @ + 1
	CodeFunctionExceptAtUsedWhereUndefined Code = 4261

	// CodeRecordConstructorFieldRedefinition: a record field given twice.
	//	[a |-> 1, a |-> 2]
	CodeRecordConstructorFieldRedefinition Code = 4262

	// CodeHigherOrderOperatorRequiredButExpressionGiven: an expression is
	// passed where an operator parameter is expected.
	//	Apply(F(_), x) == F(x)
	//	Use == Apply(1, 2)
	CodeHigherOrderOperatorRequiredButExpressionGiven Code = 4270

	// CodeHigherOrderOperatorArgumentHasIncorrectArity: an operator argument
	// of the wrong arity.
	//	Apply(F(_, _), x) == F(x, x)
	//	Use == Apply(Len, 1)
	CodeHigherOrderOperatorArgumentHasIncorrectArity Code = 4271

	// CodeHigherOrderOperatorParameterLevelConstraintNotMet: an operator
	// argument does not meet its parameter's level constraint.
	CodeHigherOrderOperatorParameterLevelConstraintNotMet Code = 4272

	// CodeHigherOrderOperatorCoparameterLevelConstraintsExceeded: an
	// operator argument breaks a co-parameter level constraint.
	CodeHigherOrderOperatorCoparameterLevelConstraintsExceeded Code = 4273

	// CodeLambdaOperatorArgumentHasIncorrectArity: a LAMBDA of the wrong
	// arity.
	//	Apply(LAMBDA a, b : a, 1)   \* Apply(F(_), x)
	CodeLambdaOperatorArgumentHasIncorrectArity Code = 4274

	// CodeLambdaGivenWhereExpressionRequired: a LAMBDA where an expression
	// is needed.
	//	Foo == (LAMBDA a : a) + 1
	CodeLambdaGivenWhereExpressionRequired Code = 4275

	// CodeRecursiveOperatorPrimesParameter: a RECURSIVE operator primes a
	// parameter.
	//	RECURSIVE R(_)
	//	R(a) == a'
	CodeRecursiveOperatorPrimesParameter Code = 4290

	// CodeRecursiveOperatorDeclaredButNotDefined: RECURSIVE without a
	// matching definition.
	//	RECURSIVE R(_)
	CodeRecursiveOperatorDeclaredButNotDefined Code = 4291

	// CodeRecursiveOperatorDeclarationDefinitionArityMismatch: the
	// definition's arity differs from its RECURSIVE declaration.
	//	RECURSIVE Sum(_, _)
	//	Sum(s) == ...
	CodeRecursiveOperatorDeclarationDefinitionArityMismatch Code = 4292

	// CodeRecursiveOperatorDefinedInWrongLetInLevel: a RECURSIVE operator
	// defined in another LET than the one that declares it.
	CodeRecursiveOperatorDefinedInWrongLetInLevel Code = 4293

	// CodeRecursiveSectionContainsIllegalDefinition: a mutually recursive
	// section holds something that cannot be recursive.
	CodeRecursiveSectionContainsIllegalDefinition Code = 4294

	// CodeAlwaysPropertySensitiveToStuttering: [] applied to an action that
	// is not of the form [A]_v.
	//	Spec == Init /\ []Next
	CodeAlwaysPropertySensitiveToStuttering Code = 4310

	// CodeEventuallyPropertySensitiveToStuttering: <> applied to an action
	// that is not of the form <<A>>_v.
	//	Live == <>(x' = 1)
	CodeEventuallyPropertySensitiveToStuttering Code = 4311

	// CodeBinaryTemporalOperatorWithActionLevelParameter: ~> or -+-> with
	// an action argument.
	//	P == (x' = 1) ~> (x = 2)
	CodeBinaryTemporalOperatorWithActionLevelParameter Code = 4312

	// CodeLogicalOperatorWithMixedActionTemporalParameters: /\, \/, => ...
	// mixing an action and a temporal formula.
	//	P == (x' = 1) /\ []P0
	CodeLogicalOperatorWithMixedActionTemporalParameters Code = 4313

	// CodeQuantifiedTemporalFormulaWithActionLevelBound: a quantified
	// temporal formula whose bound is an action.
	CodeQuantifiedTemporalFormulaWithActionLevelBound Code = 4314

	// CodeQuantificationWithTemporalLevelBound: a quantifier bound of
	// temporal level.
	//	\E s \in []P : TRUE
	CodeQuantificationWithTemporalLevelBound Code = 4315

	// CodeLabelParameterRepetition: a label repeats a parameter.
	//	L(a, a) :: TRUE
	CodeLabelParameterRepetition Code = 4330

	// CodeLabelParameterMissing: a label omits a bound identifier.
	CodeLabelParameterMissing Code = 4331

	// CodeLabelParameterUnnecessary: a label lists a name that is not
	// bound at that point.
	CodeLabelParameterUnnecessary Code = 4332

	// CodeLabelNotInDefinitionOrProofStep: a label outside a definition or
	// proof step.
	CodeLabelNotInDefinitionOrProofStep Code = 4333

	// CodeLabelNotAllowedInNestedAssumeProveWithNew: a label inside a
	// nested ASSUME/PROVE with NEW.
	CodeLabelNotAllowedInNestedAssumeProveWithNew Code = 4334

	// CodeLabelNotAllowedInFunctionExcept: a label inside an EXCEPT.
	CodeLabelNotAllowedInFunctionExcept Code = 4335

	// CodeLabelRedefinition: one label name used twice in a definition.
	//	Op == /\ L :: TRUE
	//	      /\ L :: FALSE
	CodeLabelRedefinition Code = 4336

	// CodeLabelGivenIncorrectNumberOfArguments: a label reference with the
	// wrong number of arguments.
	CodeLabelGivenIncorrectNumberOfArguments Code = 4337

	// CodeProofStepWithImplicitLevelCannotHaveName: a proof step written
	// with <+> or <*> cannot be named.
	CodeProofStepWithImplicitLevelCannotHaveName Code = 4350

	// CodeProofStepNonExpressionUsedAsExpression: a proof step that is not
	// an expression used as one.
	CodeProofStepNonExpressionUsedAsExpression Code = 4351

	// CodeTemporalProofGoalWithNonConstantTakeWitnessHave: TAKE, WITNESS or
	// HAVE in a proof of a temporal goal.
	CodeTemporalProofGoalWithNonConstantTakeWitnessHave Code = 4352

	// CodeTemporalProofGoalWithNonConstantCase: CASE step in a proof of a
	// temporal goal.
	CodeTemporalProofGoalWithNonConstantCase Code = 4353

	// CodeQuantifiedTemporalPickFormulaWithNonConstantBound: PICK over a
	// non-constant bound in a temporal formula.
	CodeQuantifiedTemporalPickFormulaWithNonConstantBound Code = 4354

	// CodeAssumeProveUsedWhereExpressionRequired: ASSUME/PROVE used where an
	// expression is needed.
	CodeAssumeProveUsedWhereExpressionRequired Code = 4355

	// CodeAssumeProveNewConstantHasTemporalLevelBound: NEW CONSTANT with a
	// temporal bound.
	CodeAssumeProveNewConstantHasTemporalLevelBound Code = 4356

	// CodeUseOrHideFactNotValid: USE or HIDE of something that is not a
	// fact.
	//	USE Naturals!+
	CodeUseOrHideFactNotValid Code = 4357

	// CodeExtendedModulesSymbolUnificationAmbiguity (warning): two EXTENDed
	// modules export the same name for possibly different entities.
	CodeExtendedModulesSymbolUnificationAmbiguity Code = 4800

	// CodeInstancedModulesSymbolUnificationAmbiguity (warning): an unnamed
	// INSTANCE imports a name already defined, e.g. one that came from an
	// EXTENDed module as well.
	//	EXTENDS Naturals
	//	INSTANCE Sequences   \* warns about names both bring
	CodeInstancedModulesSymbolUnificationAmbiguity Code = 4801

	// CodeRecordConstructorFieldNameClash (warning/lint): a record field
	// name equals a defined operator.
	CodeRecordConstructorFieldNameClash Code = 4802

	// CodePlusCalAlgorithmAndTranslationChangedSinceLastTranslation
	// (warning): both checksums of a PlusCal translation differ.
	CodePlusCalAlgorithmAndTranslationChangedSinceLastTranslation Code = 4803

	// CodePlusCalAlgorithmChangedSinceLastTranslation (warning): the
	// PlusCal algorithm changed after it was translated.
	CodePlusCalAlgorithmChangedSinceLastTranslation Code = 4804

	// CodePlusCalTranslationChangedSinceLastTranslation (warning): the
	// TLA+ translation was edited by hand.
	CodePlusCalTranslationChangedSinceLastTranslation Code = 4805
)

// codeName returns SANY's name for c, or "" for codes SANY does not define.
func codeName(c Code) string {
	switch c {
	case CodeGeneral:
		return "GENERAL"
	case CodeInternalError:
		return "INTERNAL_ERROR"
	case CodeSuspectedUnreachableCheck:
		return "SUSPECTED_UNREACHABLE_CHECK"
	case CodeUnsupportedLanguageFeature:
		return "UNSUPPORTED_LANGUAGE_FEATURE"
	case CodeSymbolUndefined:
		return "SYMBOL_UNDEFINED"
	case CodeSymbolRedefined:
		return "SYMBOL_REDEFINED"
	case CodeBuiltInSymbolRedefined:
		return "BUILT_IN_SYMBOL_REDEFINED"
	case CodeOperatorNameIncomplete:
		return "OPERATOR_NAME_INCOMPLETE"
	case CodeOperatorGivenIncorrectNumberOfArguments:
		return "OPERATOR_GIVEN_INCORRECT_NUMBER_OF_ARGUMENTS"
	case CodeOperatorLevelConstraintsExceeded:
		return "OPERATOR_LEVEL_CONSTRAINTS_EXCEEDED"
	case CodeAssumptionIsNotConstant:
		return "ASSUMPTION_IS_NOT_CONSTANT"
	case CodeModuleFileCannotBeFound:
		return "MODULE_FILE_CANNOT_BE_FOUND"
	case CodeModuleNameDifferentFromFileName:
		return "MODULE_NAME_DIFFERENT_FROM_FILE_NAME"
	case CodeModuleDependenciesAreCircular:
		return "MODULE_DEPENDENCIES_ARE_CIRCULAR"
	case CodeModuleRedefined:
		return "MODULE_REDEFINED"
	case CodeExtendedModulesSymbolUnificationConflict:
		return "EXTENDED_MODULES_SYMBOL_UNIFICATION_CONFLICT"
	case CodeInstanceSubstitutionMissingSymbol:
		return "INSTANCE_SUBSTITUTION_MISSING_SYMBOL"
	case CodeInstanceSubstitutionSymbolRedefinedMultipleTimes:
		return "INSTANCE_SUBSTITUTION_SYMBOL_REDEFINED_MULTIPLE_TIMES"
	case CodeInstanceSubstitutionIllegalSymbolRedefinition:
		return "INSTANCE_SUBSTITUTION_ILLEGAL_SYMBOL_REDEFINITION"
	case CodeInstanceSubstitutionOperatorConstantIncorrectArity:
		return "INSTANCE_SUBSTITUTION_OPERATOR_CONSTANT_INCORRECT_ARITY"
	case CodeInstanceSubstitutionNonLeibnizOperator:
		return "INSTANCE_SUBSTITUTION_NON_LEIBNIZ_OPERATOR"
	case CodeInstanceSubstitutionLevelConstraintsExceeded:
		return "INSTANCE_SUBSTITUTION_LEVEL_CONSTRAINTS_EXCEEDED"
	case CodeInstanceSubstitutionLevelConstraintNotMet:
		return "INSTANCE_SUBSTITUTION_LEVEL_CONSTRAINT_NOT_MET"
	case CodeInstanceSubstitutionCoparameterLevelConstraintsExceeded:
		return "INSTANCE_SUBSTITUTION_COPARAMETER_LEVEL_CONSTRAINTS_EXCEEDED"
	case CodeFunctionGivenIncorrectNumberOfArguments:
		return "FUNCTION_GIVEN_INCORRECT_NUMBER_OF_ARGUMENTS"
	case CodeFunctionExceptAtUsedWhereUndefined:
		return "FUNCTION_EXCEPT_AT_USED_WHERE_UNDEFINED"
	case CodeRecordConstructorFieldRedefinition:
		return "RECORD_CONSTRUCTOR_FIELD_REDEFINITION"
	case CodeHigherOrderOperatorRequiredButExpressionGiven:
		return "HIGHER_ORDER_OPERATOR_REQUIRED_BUT_EXPRESSION_GIVEN"
	case CodeHigherOrderOperatorArgumentHasIncorrectArity:
		return "HIGHER_ORDER_OPERATOR_ARGUMENT_HAS_INCORRECT_ARITY"
	case CodeHigherOrderOperatorParameterLevelConstraintNotMet:
		return "HIGHER_ORDER_OPERATOR_PARAMETER_LEVEL_CONSTRAINT_NOT_MET"
	case CodeHigherOrderOperatorCoparameterLevelConstraintsExceeded:
		return "HIGHER_ORDER_OPERATOR_COPARAMETER_LEVEL_CONSTRAINTS_EXCEEDED"
	case CodeLambdaOperatorArgumentHasIncorrectArity:
		return "LAMBDA_OPERATOR_ARGUMENT_HAS_INCORRECT_ARITY"
	case CodeLambdaGivenWhereExpressionRequired:
		return "LAMBDA_GIVEN_WHERE_EXPRESSION_REQUIRED"
	case CodeRecursiveOperatorPrimesParameter:
		return "RECURSIVE_OPERATOR_PRIMES_PARAMETER"
	case CodeRecursiveOperatorDeclaredButNotDefined:
		return "RECURSIVE_OPERATOR_DECLARED_BUT_NOT_DEFINED"
	case CodeRecursiveOperatorDeclarationDefinitionArityMismatch:
		return "RECURSIVE_OPERATOR_DECLARATION_DEFINITION_ARITY_MISMATCH"
	case CodeRecursiveOperatorDefinedInWrongLetInLevel:
		return "RECURSIVE_OPERATOR_DEFINED_IN_WRONG_LET_IN_LEVEL"
	case CodeRecursiveSectionContainsIllegalDefinition:
		return "RECURSIVE_SECTION_CONTAINS_ILLEGAL_DEFINITION"
	case CodeAlwaysPropertySensitiveToStuttering:
		return "ALWAYS_PROPERTY_SENSITIVE_TO_STUTTERING"
	case CodeEventuallyPropertySensitiveToStuttering:
		return "EVENTUALLY_PROPERTY_SENSITIVE_TO_STUTTERING"
	case CodeBinaryTemporalOperatorWithActionLevelParameter:
		return "BINARY_TEMPORAL_OPERATOR_WITH_ACTION_LEVEL_PARAMETER"
	case CodeLogicalOperatorWithMixedActionTemporalParameters:
		return "LOGICAL_OPERATOR_WITH_MIXED_ACTION_TEMPORAL_PARAMETERS"
	case CodeQuantifiedTemporalFormulaWithActionLevelBound:
		return "QUANTIFIED_TEMPORAL_FORMULA_WITH_ACTION_LEVEL_BOUND"
	case CodeQuantificationWithTemporalLevelBound:
		return "QUANTIFICATION_WITH_TEMPORAL_LEVEL_BOUND"
	case CodeLabelParameterRepetition:
		return "LABEL_PARAMETER_REPETITION"
	case CodeLabelParameterMissing:
		return "LABEL_PARAMETER_MISSING"
	case CodeLabelParameterUnnecessary:
		return "LABEL_PARAMETER_UNNECESSARY"
	case CodeLabelNotInDefinitionOrProofStep:
		return "LABEL_NOT_IN_DEFINITION_OR_PROOF_STEP"
	case CodeLabelNotAllowedInNestedAssumeProveWithNew:
		return "LABEL_NOT_ALLOWED_IN_NESTED_ASSUME_PROVE_WITH_NEW"
	case CodeLabelNotAllowedInFunctionExcept:
		return "LABEL_NOT_ALLOWED_IN_FUNCTION_EXCEPT"
	case CodeLabelRedefinition:
		return "LABEL_REDEFINITION"
	case CodeLabelGivenIncorrectNumberOfArguments:
		return "LABEL_GIVEN_INCORRECT_NUMBER_OF_ARGUMENTS"
	case CodeProofStepWithImplicitLevelCannotHaveName:
		return "PROOF_STEP_WITH_IMPLICIT_LEVEL_CANNOT_HAVE_NAME"
	case CodeProofStepNonExpressionUsedAsExpression:
		return "PROOF_STEP_NON_EXPRESSION_USED_AS_EXPRESSION"
	case CodeTemporalProofGoalWithNonConstantTakeWitnessHave:
		return "TEMPORAL_PROOF_GOAL_WITH_NON_CONSTANT_TAKE_WITNESS_HAVE"
	case CodeTemporalProofGoalWithNonConstantCase:
		return "TEMPORAL_PROOF_GOAL_WITH_NON_CONSTANT_CASE"
	case CodeQuantifiedTemporalPickFormulaWithNonConstantBound:
		return "QUANTIFIED_TEMPORAL_PICK_FORMULA_WITH_NON_CONSTANT_BOUND"
	case CodeAssumeProveUsedWhereExpressionRequired:
		return "ASSUME_PROVE_USED_WHERE_EXPRESSION_REQUIRED"
	case CodeAssumeProveNewConstantHasTemporalLevelBound:
		return "ASSUME_PROVE_NEW_CONSTANT_HAS_TEMPORAL_LEVEL_BOUND"
	case CodeUseOrHideFactNotValid:
		return "USE_OR_HIDE_FACT_NOT_VALID"
	case CodeExtendedModulesSymbolUnificationAmbiguity:
		return "EXTENDED_MODULES_SYMBOL_UNIFICATION_AMBIGUITY"
	case CodeInstancedModulesSymbolUnificationAmbiguity:
		return "INSTANCED_MODULES_SYMBOL_UNIFICATION_AMBIGUITY"
	case CodeRecordConstructorFieldNameClash:
		return "RECORD_CONSTRUCTOR_FIELD_NAME_CLASH"
	case CodePlusCalAlgorithmAndTranslationChangedSinceLastTranslation:
		return "PLUSCAL_ALGORITHM_AND_TRANSLATION_CHANGED_SINCE_LAST_TRANSLATION"
	case CodePlusCalAlgorithmChangedSinceLastTranslation:
		return "PLUSCAL_ALGORITHM_CHANGED_SINCE_LAST_TRANSLATION"
	case CodePlusCalTranslationChangedSinceLastTranslation:
		return "PLUSCAL_TRANSLATION_CHANGED_SINCE_LAST_TRANSLATION"
	}
	return ""
}
