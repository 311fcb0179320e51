package semantic

// scope is one level of SANY's symbol table: the module context, a LET,
// the parameters of a definition or the identifiers bound by a quantifier.
// Lookups fall through to the parent and finally to the built-ins.
type scope struct {
	parent *scope
	names  map[string]*Symbol
}

func newScope(parent *scope) *scope { return &scope{parent: parent} }

// lookup finds name in this scope or an enclosing one.
func (s *scope) lookup(name string) *Symbol {
	for sc := s; sc != nil; sc = sc.parent {
		if sym, ok := sc.names[name]; ok {
			return sym
		}
	}
	return builtinScope()[name]
}

// bind adds sym to this scope, replacing any binding of its name here.
func (s *scope) bind(sym *Symbol) {
	if s.names == nil {
		s.names = make(map[string]*Symbol, 4)
	}
	s.names[sym.Name] = sym
}
