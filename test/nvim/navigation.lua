-- Headless Neovim (0.7.x) test of tla-gen-lsp's navigation, run by
-- cmd/tla-gen-lsp/nvim_test.go:
--   LSP_BIN=... WORKDIR=... nvim --headless --clean -u NONE -c "luafile navigation.lua"
-- WORKDIR holds Main.tla (EXTENDS Lib, FiniteSets) and Lib.tla. Through
-- the user's commands (vim.lsp.buf.definition and vim.lsp.buf.hover) it
-- goes to a definition in Lib.tla, to Cardinality in the standard module
-- FiniteSets (a read-only file the server wrote), and reads the hover
-- window of an operator. Exits non-zero (cquit) on failure.
local bin, dir = os.getenv("LSP_BIN"), os.getenv("WORKDIR")
local function log(...) io.stdout:write(string.format(...) .. "\n") end
local function fail(msg, ...)
  log("FAIL: " .. msg, ...)
  vim.cmd("cquit 1")
end
local function wait(what, timeout, cond)
  if not vim.wait(timeout, cond, 10) then fail("timed out waiting for %s", what) return false end
  return true
end

vim.cmd("edit " .. dir .. "/Main.tla")
local main = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({ name = "tla-gen-lsp", cmd = { bin }, root_dir = dir, init_options = { tlaGen = {} } })
if not client_id then return fail("start_client returned nil") end
vim.lsp.buf_attach_client(main, client_id)
if not wait("initialize", 15000, function()
  local c = vim.lsp.get_client_by_id(client_id)
  return c and c.initialized
end) then return end

-- Places the cursor on the first occurrence of word on a line holding
-- context.
local function cursor_on(context, word)
  for i, line in ipairs(vim.api.nvim_buf_get_lines(0, 0, -1, false)) do
    local s = line:find(context, 1, true)
    if s then
      local col = line:find(word, s, true)
      vim.api.nvim_win_set_cursor(0, { i, col - 1 })
      return
    end
  end
  fail("no line with %s", context)
end

-- 1. Go to the definition of Double, in Lib.tla.
cursor_on("Next ==", "Double")
vim.lsp.buf.definition()
if not wait("the jump to Lib.tla", 15000, function() return vim.api.nvim_buf_get_name(0):match("Lib%.tla$") ~= nil end) then return end
local row, col = unpack(vim.api.nvim_win_get_cursor(0))
local line = vim.api.nvim_buf_get_lines(0, row - 1, row, false)[1]
if line:sub(col + 1, col + 6) ~= "Double" then return fail("definition landed on %q col %d", line, col) end
log("definition: Lib.tla:%d %s", row, line)

-- 2. Back in Main.tla, go to Cardinality in the standard module.
vim.api.nvim_set_current_buf(main)
cursor_on("Size ==", "Cardinality")
vim.lsp.buf.definition()
if not wait("the jump to FiniteSets.tla", 15000, function() return vim.api.nvim_buf_get_name(0):match("FiniteSets%.tla$") ~= nil end) then return end
row, col = unpack(vim.api.nvim_win_get_cursor(0))
line = vim.api.nvim_buf_get_lines(0, row - 1, row, false)[1]
if line:sub(col + 1, col + 11) ~= "Cardinality" then return fail("standard definition landed on %q col %d", line, col) end
local path = vim.api.nvim_buf_get_name(0)
-- Read-only on disk (filewritable would say yes to root).
if bit.band(vim.loop.fs_stat(path).mode, tonumber("222", 8)) ~= 0 then return fail("%s is writable", path) end
log("standard definition: %s:%d %s", path, row, line)

-- 3. Hover over Double in Main.tla: the floating window shows its
-- signature, level and comment.
vim.api.nvim_set_current_buf(main)
cursor_on("Next ==", "Double")
vim.lsp.buf.hover()
local text
if not wait("the hover window", 15000, function()
  for _, w in ipairs(vim.api.nvim_list_wins()) do
    if vim.api.nvim_win_get_config(w).relative ~= "" then
      text = table.concat(vim.api.nvim_buf_get_lines(vim.api.nvim_win_get_buf(w), 0, -1, false), "\n")
      return true
    end
  end
  return false
end) then return end
for _, want in ipairs({ "Double(n)", "constant-level operator", "from module Lib", "Twice the number." }) do
  if not text:find(want, 1, true) then return fail("hover lacks %q:\n%s", want, text) end
end
log("hover:\n%s", text)
log("OK")
vim.cmd("qall!")
