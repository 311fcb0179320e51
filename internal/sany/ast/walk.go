package ast

// Visitor's Visit is called for each node met by Walk. If the result w is
// not nil, Walk visits each child of node with w and then calls
// w.Visit(nil).
type Visitor interface {
	Visit(node Node) (w Visitor)
}

// Walk traverses the tree rooted at node in depth-first source order.
// Nil children are skipped.
func Walk(v Visitor, node Node) {
	if isNil(node) {
		return
	}
	if v = v.Visit(node); v == nil {
		return
	}
	eachChild(node, func(c Node) { Walk(v, c) })
	v.Visit(nil)
}

type inspector func(Node) bool

func (f inspector) Visit(node Node) Visitor {
	if f(node) {
		return f
	}
	return nil
}

// Inspect traverses the tree rooted at node in depth-first order, calling
// f(node) for each node and, when f returns true, descending into its
// children; afterwards f(nil) is called.
func Inspect(node Node, f func(Node) bool) {
	Walk(inspector(f), node)
}

// isNil reports whether n is nil or a typed nil pointer.
func isNil(n Node) bool { return n == nil || isTypedNil(n) }

// Children returns the direct children of n in source order.
func Children(n Node) []Node {
	var out []Node
	eachChild(n, func(c Node) { out = append(out, c) })
	return out
}

// eachChild calls visit on each direct child of n in source order,
// without building a list (Walk and Inspect run over whole modules).
func eachChild(n Node, visit func(Node)) {
	add := func(c Node) {
		if c != nil && !isTypedNil(c) {
			visit(c)
		}
	}
	addExprs := func(xs []Expr) {
		for _, x := range xs {
			add(x)
		}
	}
	addIdents := func(xs []*Ident) {
		for _, x := range xs {
			add(x)
		}
	}
	addParams := func(xs []*Param) {
		for _, x := range xs {
			add(x)
		}
	}
	addBounds := func(xs []*Bound) {
		for _, x := range xs {
			add(x)
		}
	}
	addUnits := func(xs []Unit) {
		for _, x := range xs {
			add(x)
		}
	}
	switch x := n.(type) {
	case *File:
		for _, m := range x.Modules {
			add(m)
		}
	case *Module:
		add(x.Name)
		addIdents(x.Extends)
		addUnits(x.Units)
	case *VarDecl:
		addIdents(x.Names)
	case *ConstDecl:
		addParams(x.Params)
	case *Recursive:
		addParams(x.Decls)
	case *Param:
		add(x.Name)
	case *OpDef:
		if x.Fix == FixInfix || x.Fix == FixPostfix {
			// the first operand is written before the operator
			if len(x.Params) > 0 {
				add(x.Params[0])
			}
			add(x.Name)
			if len(x.Params) > 1 {
				addParams(x.Params[1:])
			}
		} else {
			add(x.Name)
			addParams(x.Params)
		}
		add(x.Body)
	case *FuncDef:
		add(x.Name)
		addBounds(x.Bounds)
		add(x.Body)
	case *Instance:
		add(x.Module)
		for _, s := range x.With {
			add(s)
		}
	case *Substitution:
		add(x.Name)
		add(x.Value)
	case *ModuleDef:
		add(x.Name)
		addParams(x.Params)
		add(x.Instance)
	case *Assume:
		add(x.Name)
		add(x.Body)
	case *Theorem:
		add(x.Name)
		add(x.Body)
		add(x.Proof)
	case *UseOrHide:
		addExprs(x.Facts)
		addExprs(x.Defs)
	case *ModuleRef:
		add(x.Name)
	case *AssumeProve:
		add(x.Label)
		for _, a := range x.Assumps {
			add(a)
		}
		add(x.Goal)
	case *NewDecl:
		add(x.Param)
		add(x.Set)
	case *TerminalProof:
		addExprs(x.Facts)
		addExprs(x.Defs)
	case *StepsProof:
		for _, s := range x.Steps {
			add(s)
		}
	case *Step:
		add(x.Body)
		addBounds(x.Bounds)
		addExprs(x.Exprs)
		addUnits(x.Defs)
		add(x.UseHide)
		add(x.Proof)
	case *OpApp:
		if x.Fix == FixInfix || x.Fix == FixPostfix {
			if len(x.Args) > 0 {
				add(x.Args[0])
			}
			add(x.Op)
			if len(x.Args) > 1 {
				addExprs(x.Args[1:])
			}
		} else {
			add(x.Op)
			addExprs(x.Args)
		}
	case *OpSymbol:
		add(x.Op)
	case *Paren:
		add(x.X)
	case *SubexprName:
		for _, p := range x.Parts {
			add(p)
		}
	case *NamePart:
		addExprs(x.Args)
	case *FuncApp:
		add(x.Fn)
		addExprs(x.Args)
	case *FieldSel:
		add(x.X)
		add(x.Field)
	case *IfExpr:
		add(x.Cond)
		add(x.Then)
		add(x.Else)
	case *CaseExpr:
		for _, a := range x.Arms {
			add(a)
		}
		add(x.Other)
	case *CaseArm:
		add(x.Guard)
		add(x.Body)
	case *LetExpr:
		addUnits(x.Defs)
		add(x.Body)
	case *Bound:
		addIdents(x.Names)
		add(x.Set)
	case *QuantExpr:
		addBounds(x.Bounds)
		add(x.Body)
	case *ChooseExpr:
		add(x.Bound)
		add(x.Body)
	case *SetEnum:
		addExprs(x.Elems)
	case *SetFilter:
		add(x.Bound)
		add(x.Pred)
	case *SetMap:
		add(x.Elem)
		addBounds(x.Bounds)
	case *FuncCons:
		addBounds(x.Bounds)
		add(x.Body)
	case *FuncSet:
		add(x.Domain)
		add(x.Range)
	case *RecordField:
		add(x.Name)
		add(x.Value)
	case *RecordCons:
		for _, f := range x.Fields {
			add(f)
		}
	case *RecordSet:
		for _, f := range x.Fields {
			add(f)
		}
	case *Except:
		add(x.Fn)
		for _, u := range x.Updates {
			add(u)
		}
	case *ExceptUpdate:
		for _, s := range x.Path {
			add(s)
		}
		add(x.Value)
	case *ExceptSel:
		add(x.Field)
		addExprs(x.Index)
	case *Tuple:
		addExprs(x.Elems)
	case *BracketList:
		addExprs(x.Elems)
	case *ActionExpr:
		add(x.Action)
		add(x.Sub)
	case *Fairness:
		add(x.Sub)
		add(x.Action)
	case *Lambda:
		addIdents(x.Params)
		add(x.Body)
	case *Label:
		add(x.Name)
		addIdents(x.Params)
		add(x.Body)
	case *JunctionList:
		addExprs(x.Items)
	}
}
