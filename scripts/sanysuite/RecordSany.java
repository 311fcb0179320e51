// RecordSany runs SANY in-process on TLA+ root files, one after the other,
// exactly as `tla2sany.SANY -error-codes File.tla` run in the file's folder
// would, and prints one JSON line per file in the schema of the shared SANY
// corpus's manifest.jsonl: verdict, exit code, every error with SANY's
// ErrorCode name, location and message, warnings, and the raw output.
//
// It is not part of any test: scripts/record-sany-suite.sh compiles it
// against a tla2sany classpath the user provides, and the tests read only
// the manifest it writes.
//
//   java -cp CLASSPATH:. RecordSany BASE_DIR < roots.txt > manifest.jsonl
//
// roots.txt lists the root files, relative to BASE_DIR, one a line.

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tla2sany.drivers.FrontEndException;
import tla2sany.drivers.SANY;
import tla2sany.drivers.SanyExitCode;
import tla2sany.drivers.SanySettings;
import tla2sany.modanalyzer.SpecObj;
import tla2sany.output.LogLevel;
import tla2sany.output.SimpleSanyOutput;
import tla2sany.semantic.ErrorCode;
import tla2sany.semantic.Errors.ErrorDetails;
import tla2sany.st.Location;
import util.SimpleFilenameToStream;
import util.ToolIO;

public final class RecordSany {
  private static final Pattern PARSING_FILE = Pattern.compile("^Parsing file (\\S+)");
  private static final Pattern LEXICAL = Pattern.compile("^Lexical error at line (\\d+), column (\\d+)\\.");
  private static final Pattern OPEN_COMMENT =
      Pattern.compile("^Lexical \\{error: EOF reached, possibly open comment starting around line (\\d+)");
  private static final Pattern ENCOUNTERED_AT = Pattern.compile("at line (\\d+), column (\\d+)");
  private static final Pattern LINE_COL = Pattern.compile("line (\\d+), col (\\d+)");
  private static final Pattern RANGE = Pattern.compile("line (\\d+), col (\\d+) to line (\\d+), col (\\d+)");
  private static final Pattern COULD_NOT_PARSE = Pattern.compile("^Could not parse module (\\S+) from file ");

  // Codes reported by SANY's level checker (kind "level" in the manifest).
  private static final Set<String> LEVEL_CODES = Set.of(
      "OPERATOR_LEVEL_CONSTRAINTS_EXCEEDED", "ASSUMPTION_IS_NOT_CONSTANT",
      "INSTANCE_SUBSTITUTION_LEVEL_CONSTRAINTS_EXCEEDED", "INSTANCE_SUBSTITUTION_LEVEL_CONSTRAINT_NOT_MET",
      "INSTANCE_SUBSTITUTION_COPARAMETER_LEVEL_CONSTRAINTS_EXCEEDED",
      "HIGHER_ORDER_OPERATOR_PARAMETER_LEVEL_CONSTRAINT_NOT_MET",
      "HIGHER_ORDER_OPERATOR_COPARAMETER_LEVEL_CONSTRAINTS_EXCEEDED",
      "ALWAYS_PROPERTY_SENSITIVE_TO_STUTTERING", "EVENTUALLY_PROPERTY_SENSITIVE_TO_STUTTERING",
      "BINARY_TEMPORAL_OPERATOR_WITH_ACTION_LEVEL_PARAMETER",
      "LOGICAL_OPERATOR_WITH_MIXED_ACTION_TEMPORAL_PARAMETERS",
      "QUANTIFIED_TEMPORAL_FORMULA_WITH_ACTION_LEVEL_BOUND", "QUANTIFICATION_WITH_TEMPORAL_LEVEL_BOUND",
      "TEMPORAL_PROOF_GOAL_WITH_NON_CONSTANT_TAKE_WITNESS_HAVE", "TEMPORAL_PROOF_GOAL_WITH_NON_CONSTANT_CASE",
      "QUANTIFIED_TEMPORAL_PICK_FORMULA_WITH_NON_CONSTANT_BOUND");

  private static String base, stdlib, tmp;

  public static void main(String[] args) throws Exception {
    base = new File(args[0]).getCanonicalPath();
    // SANY prints the standard modules' paths where it found them: in a
    // folder of the classpath, or extracted from a jar to the temporary
    // folder (which normalise also replaces).
    java.net.URL naturals = RecordSany.class.getClassLoader().getResource("tla2sany/StandardModules/Naturals.tla");
    stdlib = naturals != null && naturals.getProtocol().equals("file")
        ? new File(naturals.toURI()).getParentFile().getCanonicalPath() : "/nonexistent";
    tmp = new File(System.getProperty("java.io.tmpdir")).getCanonicalPath();
    PrintStream stdout = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, "UTF-8");
    java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String rel; (rel = in.readLine()) != null; ) {
      if (!rel.isEmpty()) {
        stdout.println(record(rel));
      }
    }
  }

  private static String record(String rel) throws Exception {
    File file = new File(base, rel).getCanonicalFile();
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    PrintStream ps = new PrintStream(buf, true, "UTF-8");
    PrintStream savedOut = System.out, savedErr = System.err;
    System.setOut(ps);
    System.setErr(ps);
    ToolIO.reset();
    ToolIO.setUserDir(file.getParent());
    SimpleSanyOutput out = new SimpleSanyOutput(ps, LogLevel.INFO);
    long start = System.nanoTime();
    out.log(LogLevel.INFO, "\n****** SANY2 %s\n", SANY.version);
    SpecObj spec = new SpecObj(file.getName(), new SimpleFilenameToStream());
    int exit;
    boolean crashed = false;
    String crash = null;
    try {
      SanySettings settings = new SanySettings(true, true, true, true, Set.<ErrorCode>of(), Set.<ErrorCode>of());
      exit = SANY.parse(spec, file.getName(), out, settings).code();
    } catch (FrontEndException fe) {
      crashed = true;
      crash = fe.toString();
      exit = SanyExitCode.ERROR.code();
    } catch (Throwable t) {
      crashed = true;
      crash = t.toString();
      exit = SanyExitCode.ERROR.code();
    } finally {
      System.setOut(savedOut);
      System.setErr(savedErr);
    }
    double wall = (System.nanoTime() - start) / 1e9;
    String raw = normalise(buf.toString("UTF-8"));
    if (raw.contains("Fatal errors in semantic processing")) {
      crashed = true;
      if (crash == null) {
        crash = "Fatal errors in semantic processing";
      }
    }

    List<String> errors = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    List<String> parsed = new ArrayList<>();
    String lastParsed = null;
    for (String line : raw.split("\n")) {
      Matcher m = PARSING_FILE.matcher(line);
      if (m.find()) {
        parsed.add(m.group(1));
        lastParsed = stem(m.group(1));
      }
    }
    // Parse-phase problems: the lexical or parse error SANY printed, then
    // what went into its parse-error log (missing modules, name mismatch,
    // circular dependencies), then the PlusCal warnings.
    String syntaxModule = lastParsed;
    for (ErrorDetails d : spec.parseErrors.getErrorDetails()) {
      Matcher m = COULD_NOT_PARSE.matcher(safeMessage(d));
      if (m.find()) {
        syntaxModule = m.group(1);
      }
    }
    String syntax = syntaxError(raw, syntaxModule);
    if (syntax != null) {
      errors.add(syntax);
    }
    Set<String> seen = new LinkedHashSet<>();
    for (ErrorDetails d : spec.parseErrors.getErrorDetails()) {
      String msg = safeMessage(d);
      if (msg == null || (syntax != null && COULD_NOT_PARSE.matcher(msg).find())) {
        continue;
      }
      // The corpus counts a dependency cycle among the semantic errors.
      String kind = d.getCode() == ErrorCode.MODULE_DEPENDENCIES_ARE_CIRCULAR ? "semantic" : "other";
      String e = located(kind, d, msg);
      if (seen.add(e)) {
        errors.add(e);
      }
    }
    for (ErrorDetails d : spec.parseErrors.getWarningDetails()) {
      warnings.add(located("warning", d, safeMessage(d)));
    }
    for (ErrorDetails d : spec.semanticErrors.getErrorDetails()) {
      String msg = safeMessage(d);
      if (msg == null) {
        break; // SANY crashed formatting this message; it printed none after it
      }
      String kind = LEVEL_CODES.contains(d.getCode().name()) ? "level" : "semantic";
      String e = located(kind, d, msg);
      if (seen.add(e)) {
        errors.add(e);
      }
    }
    for (ErrorDetails d : spec.semanticErrors.getWarningDetails()) {
      String msg = safeMessage(d);
      String kind = d.getCode() == ErrorCode.RECORD_CONSTRUCTOR_FIELD_NAME_CLASH ? "lint" : "warning";
      warnings.add(located(kind, d, msg == null ? "" : msg));
    }
    if (crashed) {
      errors.add(error("other", null, null, null, null, null, crash, null, null));
    }
    StringBuilder b = new StringBuilder();
    String group = rel.contains("/") ? rel.substring(0, rel.indexOf('/')) : "";
    String[] parts = rel.split("/");
    if (parts.length > 2) {
      group = parts[0] + "/" + parts[1];
    }
    b.append("{\"path\": ").append(q(rel))
        .append(", \"origin\": \"sany-tests\", \"group\": ").append(q(group))
        .append(", \"libraryDirs\": [], \"mutation\": null")
        .append(", \"verdict\": ").append(q(errors.isEmpty() ? "ok" : "error"))
        .append(", \"exitCode\": ").append(exit)
        .append(", \"errors\": [").append(String.join(", ", errors)).append("]")
        .append(", \"warnings\": [").append(String.join(", ", warnings)).append("]")
        .append(", \"sanyInternalError\": ").append(crashed)
        .append(", \"modulesParsed\": [");
    for (int i = 0; i < parsed.size(); i++) {
      b.append(i > 0 ? ", " : "").append(q(parsed.get(i)));
    }
    b.append("], \"wallSeconds\": ").append(String.format("%.3f", wall))
        .append(", \"rawOutput\": ").append(q(raw))
        .append(", \"rawStderr\": \"\"}");
    return b.toString();
  }

  // syntaxError is the lexical or parse error SANY printed, as a manifest
  // error, or null.
  private static String syntaxError(String raw, String module) {
    String[] lines = raw.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher m = LEXICAL.matcher(lines[i]);
      if (m.find()) {
        return error("lexical", module, Integer.valueOf(m.group(1)), Integer.valueOf(m.group(2)), null, null, lines[i], null, null);
      }
      m = OPEN_COMMENT.matcher(lines[i]);
      if (m.find()) {
        return error("lexical", module, Integer.valueOf(m.group(1)), null, null, null, lines[i], null, null);
      }
      if (lines[i].equals("***Parse Error***")) {
        int j = i + 1;
        while (j < lines.length && lines[j].isEmpty()) j++;
        List<String> msg = new ArrayList<>();
        for (; j < lines.length && !lines[j].isEmpty() && !lines[j].equals("Residual stack trace follows:"); j++) {
          msg.add(lines[j]);
        }
        while (j < lines.length && lines[j].isEmpty()) j++;
        List<String> stack = new ArrayList<>();
        if (j < lines.length && lines[j].equals("Residual stack trace follows:")) {
          for (j++; j < lines.length && !lines[j].isEmpty(); j++) stack.add(lines[j]);
        }
        String text = String.join("\n", msg);
        Integer line = null, col = null, endLine = null, endCol = null;
        Matcher a = ENCOUNTERED_AT.matcher(text);
        Matcher r = RANGE.matcher(text);
        Matcher c = LINE_COL.matcher(text);
        if (a.find()) {
          line = Integer.valueOf(a.group(1));
          col = Integer.valueOf(a.group(2));
        } else if (r.find()) {
          // A precedence conflict names the range of the first operator.
          line = Integer.valueOf(r.group(1));
          col = Integer.valueOf(r.group(2));
          endLine = Integer.valueOf(r.group(3));
          endCol = Integer.valueOf(r.group(4));
        } else if (c.find()) {
          line = Integer.valueOf(c.group(1));
          col = Integer.valueOf(c.group(2));
        }
        return error("parse", module, line, col, endLine, endCol, text, null, stack);
      }
    }
    return null;
  }

  private static String safeMessage(ErrorDetails d) {
    try {
      return normalise(d.getMessage());
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static String located(String kind, ErrorDetails d, String msg) {
    Location loc = d.getLocation();
    String module = null;
    Integer bl = null, bc = null, el = null, ec = null;
    if (loc != null && loc != Location.nullLoc) {
      module = loc.source();
      if (loc.beginLine() != 0 || loc.beginColumn() != 0 || loc.endLine() != 0 || loc.endColumn() != 0) {
        bl = loc.beginLine();
        bc = loc.beginColumn();
        el = loc.endLine();
        ec = loc.endColumn();
      }
    }
    return error(kind, module, bl, bc, el, ec, msg, d.getCode().name(), null);
  }

  private static String error(String kind, String module, Integer line, Integer col, Integer endLine, Integer endCol,
      String message, String code, List<String> stack) {
    StringBuilder b = new StringBuilder();
    b.append("{\"kind\": ").append(q(kind))
        .append(", \"module\": ").append(module == null ? "null" : q(module))
        .append(", \"line\": ").append(line).append(", \"col\": ").append(col)
        .append(", \"endLine\": ").append(endLine).append(", \"endCol\": ").append(endCol)
        .append(", \"message\": ").append(q(message));
    if (stack != null) {
      b.append(", \"parseStack\": [");
      for (int i = 0; i < stack.size(); i++) {
        b.append(i > 0 ? ", " : "").append(q(stack.get(i)));
      }
      b.append("]");
    }
    b.append(", \"code\": ").append(code == null ? "null" : q(code)).append("}");
    return b.toString();
  }

  private static String stem(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    return name.endsWith(".tla") ? name.substring(0, name.length() - 4) : name;
  }

  private static String normalise(String s) {
    return s.replace(stdlib + "/", "${STDLIB}/").replace(base + "/", "${CORPUS}/").replace(tmp + "/", "${TMPDIR}/");
  }

  private static String q(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char ch : s.toCharArray()) {
      switch (ch) {
        case '"': b.append("\\\""); break;
        case '\\': b.append("\\\\"); break;
        case '\n': b.append("\\n"); break;
        case '\r': b.append("\\r"); break;
        case '\t': b.append("\\t"); break;
        default:
          if (ch < 0x20) {
            b.append(String.format("\\u%04x", (int) ch));
          } else {
            b.append(ch);
          }
      }
    }
    return b.append('"').toString();
  }
}
