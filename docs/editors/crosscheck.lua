-- Crosscheck for Neovim 0.7 and later: put this file in ~/.config/nvim/plugin/ (or `luafile` it from init.lua).
-- It needs `crosscheck-language-server` on PATH (npm install -g crosscheck-0.1.0.tgz). Neovim 0.7 has no semantic
-- highlighting; hover (K), go to definition (gd), references (gr), diagnostics, code actions and code lenses work.

-- .article and .news files are News Articles; add patterns here for your .txt articles.
vim.api.nvim_create_autocmd({ 'BufRead', 'BufNewFile' }, {
  pattern = { '*.article', '*.news', '*/articles/*.txt' },
  command = 'setfiletype article',
})

-- The corpus: the same settings as VS Code's crosscheck.* (see docs/EDITORS.md). They are read at start from
-- init_options; Neovim answers workspace/configuration from `settings`, so give them there too.
local crosscheck_settings = { corpus = { '**/*.article', '**/*.news', 'articles/**/*.txt' } }

local client_id = nil
vim.api.nvim_create_autocmd('FileType', {
  pattern = 'article',
  callback = function(args)
    if client_id == nil or vim.lsp.get_client_by_id(client_id) == nil then
      local root = vim.fn.getcwd()
      client_id = vim.lsp.start_client({
        name = 'crosscheck',
        cmd = { 'crosscheck-language-server', '--stdio' },
        root_dir = root,
        workspace_folders = { { uri = vim.uri_from_fname(root), name = vim.fn.fnamemodify(root, ':t') } },
        init_options = { settings = crosscheck_settings },
        settings = { crosscheck = crosscheck_settings },
        on_attach = function(_, bufnr)
          local map = function(keys, fn) vim.keymap.set('n', keys, fn, { buffer = bufnr }) end
          map('K', vim.lsp.buf.hover)
          map('gd', vim.lsp.buf.definition)
          map('gr', vim.lsp.buf.references)
          map('<leader>ca', vim.lsp.buf.code_action)
          map('<leader>cl', vim.lsp.codelens.run)
          vim.lsp.codelens.refresh()
        end,
      })
    end
    vim.lsp.buf_attach_client(args.buf, client_id)
  end,
})
