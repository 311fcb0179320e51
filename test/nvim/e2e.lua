-- Headless Neovim (0.7.x) end-to-end test of tla-gen-lsp, run by
-- cmd/tla-gen-lsp/nvim_test.go:
--   LSP_BIN=... WORKDIR=... MODEL_URL=... nvim --headless --clean -u NONE -c "luafile e2e.lua"
-- WORKDIR holds spinlock.go with its draft, Edit.tla, Main.tla and Lib.tla.
-- It drives the user's path: the code action through vim.lsp.buf.code_action()
-- with vim.ui.select answered, the draft-conformance note (source tla-gen)
-- on the generated spec, code lenses on the source, diagnostics after an
-- unsaved edit, validation triggered by :write, and model checking from
-- the lens (the tlc diagnostic and the trace document). Exits non-zero
-- (cquit) on failure.
local bin, dir, model_url = os.getenv("LSP_BIN"), os.getenv("WORKDIR"), os.getenv("MODEL_URL")
local t0 = vim.loop.hrtime()
local function log(...) io.stdout:write(string.format(...) .. "\n") end
local function ms() return (vim.loop.hrtime() - t0) / 1e6 end
local function fail(msg, ...)
  log("FAIL: " .. msg, ...)
  vim.cmd("cquit 1")
end

local messages, published = {}, {}
-- Record every publication (uri -> list of {version, count}), then let
-- Neovim's own handler turn it into vim.diagnostic entries.
local orig_publish = vim.lsp.handlers["textDocument/publishDiagnostics"]
vim.lsp.handlers["textDocument/publishDiagnostics"] = function(err, result, ctx, config)
  published[result.uri] = published[result.uri] or {}
  table.insert(published[result.uri], { version = result.version, count = #result.diagnostics })
  return orig_publish(err, result, ctx, config)
end

local client_id
local function attach(bufnr)
  if not client_id then
    client_id = vim.lsp.start_client({
      name = "tla-gen-lsp",
      cmd = { bin },
      root_dir = dir,
      init_options = { tlaGen = { model = "test-model", baseURL = model_url, debounceMillis = 50, modelCheckAfterGenerate = false } },
      handlers = {
        ["window/showMessage"] = function(_, result) table.insert(messages, result.message) end,
        ["workspace/configuration"] = function(_, result)
          return vim.tbl_map(function() return vim.NIL end, result.items)
        end,
      },
    })
    if not client_id then return fail("start_client returned nil") end
  end
  vim.lsp.buf_attach_client(bufnr, client_id)
end

local function wait(what, timeout, cond)
  if not vim.wait(timeout, cond, 10) then fail("timed out waiting for %s", what) return false end
  return true
end

local function uri(name) return vim.uri_from_fname(dir .. "/" .. name) end

-- 1. Code action on the Go source, picked through vim.ui.select.
vim.cmd("edit " .. dir .. "/spinlock.go")
attach(vim.api.nvim_get_current_buf())
if not wait("initialize", 5000, function()
  local c = vim.lsp.get_client_by_id(client_id)
  return c and c.initialized
end) then return end
log("initialized at %.0f ms", ms())

local offered
vim.ui.select = function(items, opts, on_choice)
  offered = opts.format_item and opts.format_item(items[1]) or vim.inspect(items[1])
  log("ui.select offered %d item(s): %s", #items, offered)
  on_choice(items[1], 1)
end
vim.lsp.buf.code_action()
if not wait("the code action menu", 5000, function() return offered ~= nil end) then return end
if not offered:find("Generate TLA+ spec from spinlock.draft.md", 1, true) then
  return fail("unexpected action %s", offered)
end
local spec = dir .. "/SpinLock.tla"
if not wait("the generated spec's diagnostics", 10000, function() return published[uri("SpinLock.tla")] ~= nil end) then
  return
end
-- Neovim 0.7 advertises resourceOperations but not documentChanges, so the
-- server writes to disk rather than through workspace/applyEdit; a later
-- Neovim gets the file as a buffer.
local sb, text, via = vim.fn.bufnr(spec), "", "disk"
if sb ~= -1 and vim.api.nvim_buf_is_loaded(sb) then
  text, via = table.concat(vim.api.nvim_buf_get_lines(sb, 0, -1, false), "\n"), "buffer"
else
  local fh = io.open(spec, "r")
  if fh then text = fh:read("*a"); fh:close() end
end
if not text:find("MODULE SpinLock", 1, true) then
  return fail("SpinLock.tla (%s) does not hold the module: %q", via, text)
end
log("SpinLock.tla written (%s)", via)
if not wait("the final message", 5000, function()
  for _, m in ipairs(messages) do if m:find("Wrote SpinLock.tla", 1, true) then return true end end
  return false
end) then return end
log("generated SpinLock.tla at %.0f ms; messages: %s", ms(), vim.inspect(messages))

-- 1b. The generated spec, opened: the model called the draft's core
-- function Lock "lock", which the draft-conformance check notes (an
-- information, source tla-gen) in the same list as SANY's findings.
vim.cmd("edit " .. spec)
local specbuf = vim.api.nvim_get_current_buf()
attach(specbuf)
local note
if not wait("the conformance note on SpinLock.tla", 5000, function()
  for _, dg in ipairs(vim.diagnostic.get(specbuf)) do
    if dg.source == "tla-gen" and dg.severity == vim.diagnostic.severity.INFO and dg.message:find("`lock`", 1, true) then
      note = dg
      return true
    end
  end
  return false
end) then
  return fail("diagnostics on SpinLock.tla: %s", vim.inspect(vim.diagnostic.get(specbuf)))
end
log("conformance note: %d:%d %s", note.lnum, note.col, note.message)
if note.lnum ~= 4 or note.col ~= 0 then return fail("the note is at %d:%d, want 4:0 (the name lock)", note.lnum, note.col) end
for _, dg in ipairs(vim.diagnostic.get(specbuf)) do
  if dg.source == "sany" then return fail("SANY diagnostic on the clean spec: %s", vim.inspect(dg)) end
end

-- 1c. Code lenses on the source point at the spec's actions.
vim.cmd("edit " .. dir .. "/spinlock.go")
local srcbuf = vim.api.nvim_get_current_buf()
vim.lsp.codelens.refresh()
local titles
if not wait("code lenses on spinlock.go", 5000, function()
  local ls = vim.lsp.codelens.get(srcbuf)
  if #ls == 0 then return false end
  titles = {}
  for _, l in ipairs(ls) do table.insert(titles, l.command.title) end
  table.sort(titles)
  return true
end) then return end
log("code lenses: %s", table.concat(titles, " | "))
if table.concat(titles, " | ") ~= "→ Unlock in SpinLock.tla | → lock in SpinLock.tla" then
  return fail("unexpected code lenses")
end

-- 2. Diagnostics after an unsaved edit, at the right place: ≜ is one UTF-16
-- unit but three bytes, and Neovim shows byte columns.
vim.cmd("edit " .. dir .. "/Edit.tla")
local eb = vim.api.nvim_get_current_buf()
attach(eb)
if not wait("Edit.tla's first publication", 5000, function() return published[uri("Edit.tla")] ~= nil end) then return end
vim.api.nvim_buf_set_lines(eb, 2, 3, false, { "Init ≜ x = Undefined" })
if not wait("a diagnostic after the unsaved edit", 5000, function() return #vim.diagnostic.get(eb) > 0 end) then return end
local d = vim.diagnostic.get(eb)[1]
log("unsaved edit: %d:%d %s (modified=%s)", d.lnum, d.col, d.message, tostring(vim.bo[eb].modified))
if d.lnum ~= 2 or d.col ~= 13 or not d.message:find("Undefined", 1, true) or d.source ~= "sany" then
  return fail("diagnostic %s, want line 2 byte column 13 about Undefined", vim.inspect(d))
end

-- 3. Validation on save: Main EXTENDS Lib (not open); break Lib on disk,
-- then :write Main without changing it. Only the save can make the server
-- look again.
vim.cmd("edit " .. dir .. "/Main.tla")
local mb = vim.api.nvim_get_current_buf()
attach(mb)
if not wait("Main.tla's first publication", 5000, function() return published[uri("Main.tla")] ~= nil end) then return end
if published[uri("Lib.tla")] ~= nil then return fail("Lib.tla has diagnostics before it was broken") end
local f = io.open(dir .. "/Lib.tla", "w")
f:write("---- MODULE Lib ----\nZ == Missing\n====\n")
f:close()
vim.cmd("write")
if not wait("Lib.tla's diagnostics after :write", 5000, function()
  local p = published[uri("Lib.tla")]
  return p ~= nil and p[#p].count > 0
end) then return end
log("save-triggered: Lib.tla published %s", vim.inspect(published[uri("Lib.tla")]))

-- 4. Model checking: the "▶ Model check" lens above Spec runs
-- tlaGen.modelCheck; the violated invariant is a diagnostic (source tlc) on
-- its definition, and the counterexample is the trace document
-- .tla-gen/Bounded/trace.tla.
vim.cmd("edit " .. dir .. "/Bounded.tla")
local bb = vim.api.nvim_get_current_buf()
attach(bb)
vim.lsp.codelens.refresh()
local mc
if not wait("the model-check lens on Bounded.tla", 5000, function()
  for _, l in ipairs(vim.lsp.codelens.get(bb)) do
    if l.command and l.command.command == "tlaGen.modelCheck" then mc = l return true end
  end
  return false
end) then return end
log("lens %q on line %d", mc.command.title, mc.range.start.line)
-- What vim.lsp.codelens.run() sends for the lens under the cursor.
local reply
vim.lsp.get_client_by_id(client_id).request("workspace/executeCommand", mc.command, function(err, result)
  reply = { err = err, result = result }
end, bb)
if not wait("tlaGen.modelCheck's reply", 20000, function() return reply ~= nil end) then return end
if reply.err then return fail("tlaGen.modelCheck: %s", vim.inspect(reply.err)) end
local v
if not wait("the tlc diagnostic on Bounded.tla", 5000, function()
  for _, dg in ipairs(vim.diagnostic.get(bb)) do
    if dg.source == "tlc" then v = dg return true end
  end
  return false
end) then return fail("diagnostics: %s", vim.inspect(vim.diagnostic.get(bb))) end
log("model check: %s; tlc diagnostic %d:%d %s", reply.result.summary, v.lnum, v.col, v.message)
if v.lnum ~= 14 or v.col ~= 0 or not v.message:find("Invariant Small is violated.", 1, true) then
  return fail("the violation is at %d:%d, want 14:0 (Small)", v.lnum, v.col)
end
vim.cmd("edit " .. vim.uri_to_fname(reply.result.traceUri))
local trace = table.concat(vim.api.nvim_buf_get_lines(0, 0, -1, false), "\n")
if not trace:find("State 4: <Incr line 10, col 9 to line 10, col 41 of module Bounded>", 1, true) or not trace:find("/\\ count = 3    <- changed", 1, true) then
  return fail("trace document:\n%s", trace)
end
log("trace document %s: %d lines", vim.fn.expand("%:t"), vim.api.nvim_buf_line_count(0))

log("OK in %.0f ms", ms())
vim.lsp.stop_client(client_id)
vim.cmd("qall!")
