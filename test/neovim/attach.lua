-- Neovim 0.7 as a real third-party LSP client: start the server, attach a buffer, wait for
-- publishDiagnostics, write what arrived as JSON, quit. Arguments come from the environment.
local server = os.getenv('TWELVE_FACTOR_SERVER')
local root = os.getenv('TWELVE_FACTOR_ROOT')
local file = os.getenv('TWELVE_FACTOR_FILE')
local out = os.getenv('TWELVE_FACTOR_OUT')

local received = nil
local handlers = {
  ['textDocument/publishDiagnostics'] = function(_, result)
    if result and result.diagnostics and #result.diagnostics > 0 then
      received = result
    end
  end,
}

local client_id = vim.lsp.start_client({
  name = 'twelve-factor',
  cmd = { 'node', server, '--stdio' },
  root_dir = root,
  workspace_folders = { { uri = vim.uri_from_fname(root), name = 'root' } },
  handlers = handlers,
})

vim.cmd('edit ' .. vim.fn.fnameescape(file))
vim.lsp.buf_attach_client(0, client_id)

local ok = vim.wait(15000, function() return received ~= nil end, 50)
local f = io.open(out, 'w')
f:write(vim.fn.json_encode({ ok = ok, uri = received and received.uri or vim.NIL, diagnostics = received and received.diagnostics or {} }))
f:close()
vim.lsp.stop_client(client_id)
vim.cmd('qa!')
