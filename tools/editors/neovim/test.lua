-- Headless Neovim against `cmplan lsp`, with the configuration of docs/editors.md (cmplan.lua):
-- diagnostics, hover, a quick fix applied to the buffer; then the colours of the Vim syntax file
-- (installed in the config folder as the docs say). Run by tools/editors/run.sh.
local here = vim.fn.fnamemodify(debug.getinfo(1, "S").source:sub(2), ":p:h")
local plan = assert(os.getenv("CMPLAN_PLAN"), "CMPLAN_PLAN: the plan to open")
local patience = 30000

local function fail(message)
  io.stderr:write("neovim: FAILED: " .. message .. "\n")
  vim.cmd("cquit 1")
end

local function wait_for(what, condition, now)
  if not vim.wait(patience, condition, 50) then
    fail("timed out waiting for " .. what .. (now and (": " .. now()) or ""))
  end
end

local function codes(bufnr)
  local found = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
    table.insert(found, string.format("%s@%d", tostring(code), d.lnum + 1))
  end
  table.sort(found)
  return table.concat(found, " ")
end

local function main()
  vim.lsp.set_log_level("debug")
  -- What an init.lua gives (this run has -u NONE): filetype detection, ftplugins and syntax.
  vim.cmd("filetype plugin on")
  vim.cmd("syntax on")
  dofile(here .. "/cmplan.lua")
  vim.cmd("edit " .. vim.fn.fnameescape(plan))
  local bufnr = vim.api.nvim_get_current_buf()
  assert(vim.bo[bufnr].filetype == "cmplan", "filetype not set")
  assert(vim.bo[bufnr].commentstring == "# %s", "the ftplugin did not set commentstring: " .. vim.bo[bufnr].commentstring)

  -- 1. Diagnostics, published after the server asked for cmplan.now (workspace/configuration).
  local function shown() return codes(bufnr) end
  wait_for("diagnostics", function() return shown() == "unbounded-repost@12 whitespace@13" end, shown)
  local client = vim.lsp.get_active_clients()[1]
  assert(client and client.name == "cmplan", "no cmplan client")

  -- 2. Hover on the post's id: its publication dates.
  vim.api.nvim_win_set_cursor(0, { 9, 6 })
  local hovers = vim.lsp.buf_request_sync(bufnr, "textDocument/hover", vim.lsp.util.make_position_params(), patience)
  local hover = hovers and hovers[client.id] and hovers[client.id].result
  assert(hover, "no hover")
  local text = hover.contents.value
  assert(text:find("Wed 10 Mar 2027 12:30", 1, true) and text:find("Wed 30 Jun 2027 12:30", 1, true), "hover without the dates: " .. text)

  -- 3. The preferred quick fix for the unbounded repeat, applied as the client does.
  vim.api.nvim_win_set_cursor(0, { 12, 9 })
  local params = vim.lsp.util.make_range_params()
  params.context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(bufnr), only = { "quickfix" } }
  local answers = vim.lsp.buf_request_sync(bufnr, "textDocument/codeAction", params, patience)
  local actions = answers and answers[client.id] and answers[client.id].result or {}
  local chosen = nil
  for _, action in ipairs(actions) do
    if action.isPreferred then chosen = action end
  end
  assert(chosen and chosen.edit, "no preferred quick fix among " .. #actions .. " actions")
  vim.lsp.util.apply_workspace_edit(chosen.edit, client.offset_encoding)

  -- 4. The buffer holds the fix; the server, told of the change, drops unbounded-repost and
  -- raises nothing (a fix only removes problems: it stops at the 10th repost, max-repeats).
  local line = vim.api.nvim_buf_get_lines(bufnr, 11, 12, true)[1]
  assert(line == "  repeat every 7d until 2027-05-19 12:30", "line 12 is now: " .. line)
  wait_for("the diagnostics after the fix", function() return shown() == "whitespace@13" end, shown)

  vim.lsp.stop_client(client.id)
  wait_for("the server to stop", function() return vim.lsp.get_client_by_id(client.id) == nil end)
  io.stdout:write("neovim: diagnostics, hover and quick fix OK\n")

  -- 5. The syntax file's groups, without the server (Neovim 0.7 has no semantic tokens).
  local colours = assert(os.getenv("CMPLAN_COLOURS"), "CMPLAN_COLOURS: the colours fixture")
  vim.cmd("edit " .. vim.fn.fnameescape(colours))
  local expected = {
    { 'plan "', "cmplanBlock" }, { '"Printemps', "cmplanString" }, { "# the plan", "cmplanComment" },
    { "timezone", "cmplanKey" }, { "2027-03-01", "cmplanDate" }, { "weekdays", "cmplanDays" },
    { "09:00", "cmplanTime" }, { "atelier$", "cmplanBlockId" }, { "7d ", "cmplanDuration" },
    { "Atelier «", "cmplanTextBlock" }, { "#Lyon", "cmplanHashtag" }, { "@cyclo", "cmplanMention" },
    { "https://example", "cmplanUrl" }, { "# pas un", "cmplanTextBlock" }, { "tags printemps", "cmplanKey" },
  }
  for _, e in ipairs(expected) do
    -- Very nomagic: the text as it is; a final $ anchors it at the end of its line.
    local text, at_end = e[1]:gsub("%$$", "")
    vim.fn.cursor(1, 1)
    local found = vim.fn.searchpos("\\V" .. vim.fn.escape(text, "\\") .. (at_end > 0 and "\\$" or ""), "cw")
    assert(found[1] > 0, e[1] .. " is not in the colours fixture")
    local name = vim.fn.synIDattr(vim.fn.synID(found[1], found[2], 1), "name")
    assert(name == e[2], string.format("%q at %d:%d is %s, not %s", e[1], found[1], found[2], name, e[2]))
  end
  io.stdout:write("neovim: syntax colours OK\n")
end

local ok, err = pcall(main)
if not ok then fail(tostring(err)) end
vim.cmd("qall!")
