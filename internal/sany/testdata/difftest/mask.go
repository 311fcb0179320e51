package main

// maskCode returns a copy of a TLA+ module text in which everything that
// is not code — comments, string literals, and the text before the first
// module header and after the closing ==== line — is replaced by spaces
// (newlines kept), and the offset of the closing ==== line (-1 if none),
// so that mutations found by pattern matching on the
// mask never touch comments or strings and offsets stay the same.
func maskCode(src string) (string, int) {
	b := []byte(src)
	out := make([]byte, len(b))
	copy(out, b)
	blank := func(i, j int) {
		for k := i; k < j && k < len(out); k++ {
			if out[k] != '\n' {
				out[k] = ' '
			}
		}
	}
	start := indexHeader(src)
	if start < 0 {
		blank(0, len(out))
		return string(out), -1
	}
	blank(0, start)
	i := start
	for i < len(b) {
		switch {
		case b[i] == '\\' && i+1 < len(b) && b[i+1] == '*':
			j := i
			for j < len(b) && b[j] != '\n' {
				j++
			}
			blank(i, j)
			i = j
		case b[i] == '(' && i+1 < len(b) && b[i+1] == '*':
			depth, j := 0, i
			for j < len(b) {
				if b[j] == '(' && j+1 < len(b) && b[j+1] == '*' {
					depth++
					j += 2
					continue
				}
				if b[j] == '*' && j+1 < len(b) && b[j+1] == ')' {
					depth--
					j += 2
					if depth == 0 {
						break
					}
					continue
				}
				j++
			}
			blank(i, j)
			i = j
		case b[i] == '"':
			j := i + 1
			for j < len(b) && b[j] != '"' && b[j] != '\n' {
				if b[j] == '\\' {
					j++
				}
				j++
			}
			blank(i, j+1)
			i = j + 1
		case b[i] == '=' && atLineStart(b, i) && hasPrefixAt(b, i, "===="):
			blank(i, len(b))
			return string(out), i
		default:
			i++
		}
	}
	return string(out), -1
}

func indexHeader(src string) int {
	for i := 0; i+4 <= len(src); i++ {
		if src[i:i+4] == "----" && atLineStart([]byte(src), i) {
			return i
		}
	}
	return -1
}

func atLineStart(b []byte, i int) bool {
	for k := i - 1; k >= 0; k-- {
		if b[k] == '\n' {
			return true
		}
		if b[k] != ' ' && b[k] != '\t' {
			return false
		}
	}
	return true
}

func hasPrefixAt(b []byte, i int, p string) bool {
	return i+len(p) <= len(b) && string(b[i:i+len(p)]) == p
}
