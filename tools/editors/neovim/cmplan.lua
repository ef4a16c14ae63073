-- CmPlan in Neovim 0.7 or later, with the built-in client: one `cmplan lsp` for all *.cmplan buffers.
-- Colours and comments come from the syntax, ftdetect and ftplugin files (cmplan.vim) in ~/.config/nvim/.
local cmplan_client = nil

vim.api.nvim_create_autocmd({ "BufRead", "BufNewFile" }, {
  pattern = "*.cmplan",
  callback = function(args)
    vim.bo[args.buf].filetype = "cmplan"
    if cmplan_client == nil or vim.lsp.get_client_by_id(cmplan_client) == nil then
      cmplan_client = vim.lsp.start_client({
        name = "cmplan",
        cmd = { "cmplan", "lsp", "--stdio" },
        root_dir = vim.fn.getcwd(),
        -- Optional: check the plan as of a fixed date instead of today.
        settings = { cmplan = { now = "2027-02-01" } },
      })
    end
    vim.lsp.buf_attach_client(args.buf, cmplan_client)
  end,
})
