-- Drives Neovim (headless) with docs/editors/crosscheck.lua in a folder holding articles/*.txt: waits for
-- diagnostics, then asks for a hover, a definition, code actions and the code lens, runs the lens command, and
-- writes what came back as JSON to $CROSSCHECK_CHECK_OUT for test/protocol/editors.test.ts to assert.
local result = { diagnostics = {}, actions = {}, errors = {} }
local function first_buffer(pattern)
  vim.cmd('edit ' .. vim.fn.fnameescape(vim.fn.glob(pattern)))
  return vim.api.nvim_get_current_buf()
end
local function request(buf, method, params)
  local responses = vim.lsp.buf_request_sync(buf, method, params, 10000) or {}
  for _, response in pairs(responses) do
    if response.err then table.insert(result.errors, method .. ': ' .. vim.inspect(response.err)) end
    return response.result
  end
end

local buf = first_buffer('articles/004_*.txt')
result.filetype = vim.bo[buf].filetype
vim.wait(20000, function() return #vim.diagnostic.get(buf) > 0 end, 100)
for _, d in ipairs(vim.diagnostic.get(buf)) do
  local lsp = d.user_data and d.user_data.lsp or {}
  table.insert(result.diagnostics, { code = lsp.code, related = #(lsp.relatedInformation or {}) })
end

local row, col
for i, line in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
  local found = line:find('Takaichi', 1, true)
  if found then row, col = i - 1, found break end
end
local position = { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = row, character = col } }
local hover = request(buf, 'textDocument/hover', position)
result.hover = hover and hover.contents or vim.NIL
local definition = request(buf, 'textDocument/definition', position)
local target = definition and (definition[1] or definition)
result.definition = target and vim.fn.fnamemodify(vim.uri_to_fname(target.uri or target.targetUri), ':t') or vim.NIL
local lenses = request(buf, 'textDocument/codeLens', { textDocument = { uri = vim.uri_from_bufnr(buf) } }) or {}
result.lens = lenses[1] and lenses[1].command or vim.NIL
if lenses[1] then request(buf, 'workspace/executeCommand', lenses[1].command) end

local buf3 = first_buffer('articles/003_*.txt')
vim.wait(20000, function() return #vim.diagnostic.get(buf3) > 0 end, 100)
for _, d in ipairs(vim.diagnostic.get(buf3)) do
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(buf3) },
    range = { start = { line = d.lnum, character = d.col }, ['end'] = { line = d.end_lnum, character = d.end_col } },
    context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(buf3, d.lnum) },
  }
  for _, action in ipairs(request(buf3, 'textDocument/codeAction', params) or {}) do
    table.insert(result.actions, action.title)
  end
end

vim.wait(500, function() return false end, 100)
result.messages = vim.fn.execute('messages')
vim.fn.writefile({ vim.fn.json_encode(result) }, vim.env.CROSSCHECK_CHECK_OUT)
vim.cmd('qa!')
