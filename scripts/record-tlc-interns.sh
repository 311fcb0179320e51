#!/bin/sh
# record-tlc-interns.sh records the order in which a real TLC interns
# names, which is the order in which TLC compares strings and model
# values (UniqueString compares by intern token). It writes
# internal/tlc/eval/tlcinterns.json, which the model checker embeds:
#
#   builtins  the names TLC interns before it reads the spec (its
#             operator table), after the .cfg's values
#   modules   for each standard module: the modules it EXTENDS and
#             INSTANCEs, in order, and the token images TLC's parser
#             interns while it reads the module, in order
#
#   TLA2TOOLS=/path/to/tla2tools.jar-or-classes scripts/record-tlc-interns.sh
#
# TLA2TOOLS is the classpath of a TLC you have (see record-tlc.sh).
# Nothing is fetched or built here but the small harness below, which
# runs TLC's own parser; the standard modules are read from that
# classpath (tla2sany/StandardModules).
set -eu
cp=${TLA2TOOLS:?set TLA2TOOLS to tla2tools.jar or a folder of TLC classes}
java=${JAVA:-java}
javac=${JAVAC:-javac}
here=$(cd "$(dirname "$0")" && pwd)
out=$here/../internal/tlc/eval/tlcinterns.json
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cat > "$work/TLCInterns.java" <<'EOF'
import java.io.*;
import java.nio.file.*;
import java.util.*;
import java.util.regex.*;
import util.UniqueString;

// TLCInterns prints, one per line, the names TLC interns: "builtins"
// runs TLC on a one-variable spec and prints those interned before the
// spec's module name; "module NAME" parses the standard module NAME (after
// a first parse, so that only NAME's own names are new) and prints its
// imports, then its tokens.
public class TLCInterns {
  static List<UniqueString> sorted() {
    List<UniqueString> l = new ArrayList<>(UniqueString.internTbl.toMap().values());
    l.sort((a, b) -> a.getTok() - b.getTok());
    return l;
  }

  static int maxTok() {
    int m = -1;
    for (UniqueString u : UniqueString.internTbl.toMap().values()) m = Math.max(m, u.getTok());
    return m;
  }

  static String text(String name) throws IOException {
    try (InputStream in = TLCInterns.class.getResourceAsStream("/tla2sany/StandardModules/" + name + ".tla")) {
      if (in == null) throw new FileNotFoundException(name);
      return new String(in.readAllBytes(), "UTF-8");
    }
  }

  public static void main(String[] args) throws Exception {
    PrintStream out = new PrintStream(new FileOutputStream(args[1]), true, "UTF-8");
    if (args[0].equals("builtins")) {
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        for (UniqueString u : sorted()) {
          if (u.toString().equals("ZZInternRoot")) break;
          if (!u.toString().startsWith("----")) out.println(u); // not the module header
        }
      }));
      tlc2.TLC.main(new String[] {"-workers", "1", "-metadir", args[2], args[3]});
      return;
    }
    String name = args[0];
    new tla2sany.parser.TLAplusParser(new tla2sany.output.SilentSanyOutput(),
        "---- MODULE ZZWarmUp ----\n====\n".getBytes("UTF-8")).parse();
    int before = maxTok();
    String src = text(name);
    // Imports: the EXTENDS list, then each INSTANCE, in order.
    Matcher ext = Pattern.compile("(?m)^\\s*EXTENDS\\s+([\\w\\s,]+?)\\s*$").matcher(src);
    StringBuilder ex = new StringBuilder("extends");
    if (ext.find()) for (String e : ext.group(1).split("[\\s,]+")) if (!e.isEmpty()) ex.append(' ').append(e);
    out.println(ex);
    // Top-level INSTANCEs only (LOCAL INSTANCE M, D == INSTANCE M), as
    // SANY's module relatives: one in a LET is not a dependency.
    Matcher inst = Pattern.compile("(?m)^(?:LOCAL\\s+)?(?:\\w+(?:\\([^)]*\\))?\\s*==\\s*)?INSTANCE\\s+(\\w+)").matcher(src);
    StringBuilder in = new StringBuilder("instances");
    while (inst.find()) in.append(' ').append(inst.group(1));
    out.println(in);
    if (!new tla2sany.parser.TLAplusParser(new tla2sany.output.SilentSanyOutput(), src.getBytes("UTF-8")).parse()) {
      throw new IllegalStateException("TLC's parser refused " + name);
    }
    for (UniqueString u : sorted()) if (u.getTok() > before) out.println("token " + u);
  }
}
EOF
"$javac" -nowarn -cp "$cp" -d "$work" "$work/TLCInterns.java"

mkdir -p "$work/spec"
printf -- '---- MODULE ZZInternRoot ----\nVARIABLE zzv\nInit == zzv = 0\nNext == zzv'"'"' = 0\n====\n' > "$work/spec/ZZInternRoot.tla"
printf 'INIT Init\nNEXT Next\n' > "$work/spec/ZZInternRoot.cfg"
(cd "$work/spec" && "$java" -cp "$cp:$work" TLCInterns builtins "$work/builtins.txt" "$work/spec/meta" ZZInternRoot.tla > /dev/null 2>&1) || true

modules="Naturals Integers Reals Sequences FiniteSets Bags TLC TLCExt Json Randomization RealTime Toolbox _TLCTrace"
for m in $modules; do
  "$java" -cp "$cp:$work" TLCInterns "$m" "$work/$m.txt"
done

python3 - "$work" "$out" $modules <<'EOF'
import json, sys
work, out, modules = sys.argv[1], sys.argv[2], sys.argv[3:]
data = {"builtins": [l.rstrip("\n") for l in open(f"{work}/builtins.txt", encoding="utf-8") if l.strip()], "modules": {}}
for m in modules:
    mod = {"extends": [], "instances": [], "tokens": []}
    for line in open(f"{work}/{m}.txt", encoding="utf-8"):
        line = line.rstrip("\n")
        kind, _, rest = line.partition(" ")
        if kind == "extends":
            mod["extends"] = rest.split()
        elif kind == "instances":
            mod["instances"] = rest.split()
        elif kind == "token":
            mod["tokens"].append(rest)
    data["modules"][m] = mod
with open(out, "w", encoding="utf-8") as f:
    json.dump(data, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(f"recorded {len(data['builtins'])} built-in names and {len(modules)} modules in {out}")
EOF
