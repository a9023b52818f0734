-- Neovim's own LSP client, headless, against the News Lens server (`news-lens-server --stdio`).
-- Written for Debian bookworm's Neovim 0.7.2 (so: `-c 'luafile …'`, never `-l`, which is Vi's lisp
-- mode on 0.7 and hangs; vim.lsp.start_client + buf_attach_client; vim.lsp.stop_client).
--
--   nvim --headless -u NONE -i NONE -n -c 'luafile nvim-test.lua' </dev/null
--
-- Env: NL_CMD      server command, split on whitespace (required)
--      NL_ROOT     workspace folder holding the copied fixture (lisbon.txt, madrid.md)
--      NL_TIMEOUT_MS  per-wait limit (default 15000: a busy 2-core CI box); the run is capped at 4x
--      NL_OFFSET_ENCODING  negative control only: force the client's encoding (utf-8, utf-32 must fail)
--      NL_SELF_KILL  negative control only: SIGKILL this Neovim once the server is ready, so the
--                    caller can check that the server does not outlive a crashed editor
-- stdout: one line per check, `ok - ID detail` or `not ok - ID: detail`, and `# …` notes.
-- exit:   0 every check passed, 1 a check failed, 2 no server (start/attach/ready/timeout), 3 Lua error
local uv = vim.loop
local get_clients = vim.lsp.get_clients or vim.lsp.get_active_clients
local t0 = uv.hrtime()
local function ms(since) return math.floor((uv.hrtime() - (since or t0)) / 1e6) end
local function env(k, d) local v = os.getenv(k); return (v and v ~= '') and v or d end

local CMD = vim.split(env('NL_CMD', ''), '%s+', { trimempty = true })
local ROOT = vim.fn.fnamemodify(env('NL_ROOT', '.'), ':p'):gsub('/$', '')
local TIMEOUT = tonumber(env('NL_TIMEOUT_MS', '15000'))

-- print() goes to stderr without a newline in headless Neovim: write stdout ourselves.
local function say(s) io.stdout:write(s, '\n'); io.stdout:flush() end
local passed, failed, timings = 0, 0, {}
local function ok(id, detail) passed = passed + 1; say(('ok - %s%s'):format(id, detail and (' ' .. detail) or '')) end
local function bad(id, detail) failed = failed + 1; say(('not ok - %s: %s'):format(id, detail)) end
-- Passes when got == want; the log shows what was compared either way.
local function check(id, got, want)
  if got == want then ok(id, type(got) == 'string' and got ~= '' and ('(' .. got .. ')') or nil)
  else bad(id, ('got %s, want %s'):format(vim.inspect(got), vim.inspect(want))) end
end
-- Passes when every wanted item is in the list.
local function check_has(id, list, wanted)
  local missing = vim.tbl_filter(function(w) return not vim.tbl_contains(list, w) end, wanted)
  if #missing == 0 then ok(id, '(' .. table.concat(list, ', ') .. ')')
  else bad(id, ('%s missing from %s'):format(table.concat(missing, ', '), vim.inspect(list))) end
end

local client_id, server_exit = nil, nil
local finished = false
local function finish(code)
  if finished then return end
  finished = true
  timings.total = ms()
  local parts = {}
  for k, v in pairs(timings) do table.insert(parts, k .. '=' .. v) end
  table.sort(parts)
  say('# timings_ms ' .. table.concat(parts, ' '))
  -- shutdown + exit, as a user's :qa would do; force (SIGTERM) only if the server ignores it,
  -- or at once when it never got as far as answering initialize (code 2).
  -- (stop_client by id also reaches a client that is still uninitialized; get_clients() does not.)
  if client_id then vim.lsp.stop_client(client_id, code == 2) end
  if client_id then vim.wait(3000, function() return server_exit ~= nil end, 10) end
  if code <= 1 then
    -- Part of the contract: the server leaves on shutdown + exit, with status 0.
    check('shutdown', server_exit and server_exit.code, 0)
    code = failed == 0 and 0 or 1
  end
  for _, c in pairs(get_clients()) do vim.lsp.stop_client(c.id, true) end
  vim.cmd(code == 0 and 'qall!' or ('cquit ' .. code))
end

-- Watchdog: vim.wait() and buf_request_sync() pump the event loop, so this fires while we block.
local watchdog = uv.new_timer()
watchdog:start(TIMEOUT * 4, 0, vim.schedule_wrap(function()
  bad('watchdog', ('whole run exceeded %d ms'):format(TIMEOUT * 4)); finish(2)
end))

-- UTF-16 (or the client's encoding) column -> byte column, with Neovim's own conversion
-- (vim.str_byteindex changed its signature in 0.11).
local function byte_col(line, col, enc)
  if enc == 'utf-8' then return col end
  local okk, b
  if vim.fn.has('nvim-0.11') == 1 then okk, b = pcall(vim.str_byteindex, line, enc, col, false)
  else okk, b = pcall(vim.str_byteindex, line, col, enc == 'utf-16') end
  return okk and b or nil
end

local function main()
  vim.o.hidden = true -- jumping away from an edited buffer must not ask "No write since last change"
  local client -- set once started
  local ready, attached, logged_errors = false, false, {}
  local enc = function() return client and client.offset_encoding or 'utf-16' end

  local function open(name, filetype)
    vim.cmd('edit ' .. vim.fn.fnameescape(ROOT .. '/' .. name))
    local b = vim.api.nvim_get_current_buf()
    -- -u NONE turns filetype detection off: languageId would be "". Neovim sends the filetype.
    vim.bo[b].filetype = filetype
    return b
  end
  local madrid = open('madrid.md', 'markdown')

  local config = {
    name = 'news-lens', cmd = CMD, root_dir = ROOT,
    offset_encoding = env('NL_OFFSET_ENCODING'), -- nil: UTF-16, the LSP default
    handlers = {
      -- Our server says when its first scan of the workspace is done; cross-file answers need it.
      ['newsLens/status'] = function(_, result) if result and result.state == 'ready' then ready = true end end,
      ['window/logMessage'] = function(_, result)
        if result and result.type == 1 then table.insert(logged_errors, result.message) end
        io.stderr:write('[server] ', tostring(result and result.message), '\n')
      end,
    },
    on_attach = function() attached = true end,
    on_exit = function(code, signal) server_exit = { code = code, signal = signal } end,
  }
  local started, id = pcall(vim.lsp.start_client, config)
  if not started or not id then bad('start', 'cannot start ' .. table.concat(CMD, ' ') .. ': ' .. tostring(id)); return finish(2) end
  client_id = id
  vim.lsp.buf_attach_client(madrid, client_id)
  if not vim.wait(TIMEOUT, function() return attached or server_exit ~= nil end, 5) or not attached then
    bad('attach', server_exit and ('server exited before initialize: ' .. vim.inspect(server_exit))
      or ('no initialize answer within ' .. TIMEOUT .. ' ms'))
    return finish(2)
  end
  timings.attach = ms()
  client = vim.lsp.get_client_by_id(client_id)
  if not vim.wait(TIMEOUT, function() return ready or server_exit ~= nil end, 5) or not ready then
    bad('ready', 'no newsLens/status "ready" within ' .. TIMEOUT .. ' ms'); return finish(2)
  end
  timings.ready = ms()
  check('encoding', enc(), 'utf-16')

  if os.getenv('NL_SELF_KILL') then
    say('# ready; killing this editor with SIGKILL')
    uv.kill(uv.os_getpid(), 9)
    vim.wait(5000, function() return false end)
  end

  -- Buffer lines for any URI the server returns, through the client's own URI -> buffer mapping
  -- (our server writes VS Code's upper-case percent escapes, Neovim lower-case ones).
  local function lines_of(uri)
    local b = vim.uri_to_bufnr(uri)
    vim.fn.bufload(b)
    return vim.api.nvim_buf_get_lines(b, 0, -1, false)
  end
  -- The buffer text a range covers, as this client maps it.
  local function text_of(uri, r)
    if r.start.line ~= r['end'].line then return '<multi-line>' end
    local l = lines_of(uri)[r.start.line + 1] or ''
    local s, e = byte_col(l, r.start.character, enc()), byte_col(l, r['end'].character, enc())
    if not s or not e then return '<out of line>' end
    return l:sub(s + 1, e)
  end
  local function base(uri) return vim.fn.fnamemodify(vim.uri_to_fname(uri), ':t') end
  -- `file:line:start-end=text`: raw UTF-16 numbers from the server and the text they map to here.
  local function loc_str(uri, r)
    return ('%s:%d:%d-%d=%s'):format(base(uri), r.start.line, r.start.character, r['end'].character, text_of(uri, r))
  end

  -- Put the cursor on the last (or first) letter of `name`, found as `text` (default: name) on
  -- 0-based line `lnum`, as a user would, and let Neovim build the position. After non-ASCII text
  -- a client counting bytes lands past the name's last letter, one counting code points before
  -- its first letter after an emoji: either way the request asks about something else.
  local function at(buf, lnum, name, text, first)
    vim.api.nvim_set_current_buf(buf)
    local line = vim.api.nvim_buf_get_lines(buf, lnum, lnum + 1, false)[1]
    local s = line:find(text or name, 1, true)
    assert(s, ('%q not on line %d of %s'):format(text or name, lnum, vim.api.nvim_buf_get_name(buf)))
    vim.api.nvim_win_set_cursor(0, { lnum + 1, s - 1 + (first and 0 or #name - 1) })
    return vim.lsp.util.make_position_params(0, enc())
  end

  local function request(id, method, params, buf)
    local t = uv.hrtime()
    local res, err = vim.lsp.buf_request_sync(buf or madrid, method, params, TIMEOUT)
    timings[id] = ms(t)
    local r = res and res[client_id]
    if not r then bad(id, 'no answer: ' .. tostring(err)); return nil end
    if r.err or r.error then bad(id, 'error: ' .. vim.inspect(r.err or r.error)); return nil end
    if r.result == nil or r.result == vim.NIL then bad(id, 'null result'); return nil end
    return r.result
  end
  local function refs_str(locs)
    local out = {}
    for _, l in ipairs(locs) do table.insert(out, loc_str(l.uri, l.range)) end
    table.sort(out)
    return table.concat(out, ' ')
  end
  -- The hover as Neovim renders it for `K` (MarkupContent -> markdown lines).
  local function hover_lines(h)
    return vim.lsp.util.convert_input_to_markdown_lines(h.contents)
  end

  local M = vim.uri_from_bufnr(madrid)
  local LISBON_HELENA = 'lisbon.txt:4:27-39=Helena Costa' -- after "Portugal’s": ’ is 1 unit, 3 bytes
  local HELENA_REFS = table.concat({ LISBON_HELENA, 'lisbon.txt:5:46-51=Costa',
    'madrid.md:4:34-39=Costa', 'madrid.md:5:55-60=Costa' }, ' ')

  -- 1. Hover on `Costa’s` (line 4, after "Madrid’s"): madrid.md only ever says "Costa"; the card
  --    must be Helena Costa's, merged across the two articles.
  local h = request('hover.costas', 'textDocument/hover', at(madrid, 4, 'Costa', 'Costa’s'))
  if h then
    local first = hover_lines(h)[1]
    check('hover.costas', first, '**Helena Costa** — person')
    check('hover.costas.range', h.range and loc_str(M, h.range), 'madrid.md:4:34-39=Costa')
  end

  -- 2. Definition from madrid.md (the "Costa" after 😀) -> the first full-name mention, in
  --    lisbon.txt (the earlier article); then let Neovim jump there as `gd` would.
  local d = request('definition', 'textDocument/definition', at(madrid, 5, 'Costa'))
  if d then
    local loc = d.uri and d or d[1]
    check('definition', loc and loc_str(loc.uri, loc.range), LISBON_HELENA)
    vim.lsp.util.jump_to_location(loc, enc())
    local row, col = unpack(vim.api.nvim_win_get_cursor(0))
    local line = vim.api.nvim_get_current_line()
    check('definition.jump', ('%s:%d:%s'):format(vim.fn.expand('%:t'), row - 1, line:sub(col + 1, col + 12)),
      'lisbon.txt:4:Helena Costa')
  end

  -- 3. References across both files (one opened buffer, one file only on disk).
  local p = at(madrid, 4, 'Costa', 'Costa’s'); p.context = { includeDeclaration = true }
  local refs = request('references', 'textDocument/references', p)
  if refs then check('references', refs_str(refs), HELENA_REFS) end

  -- 4. Outline: headline, then People / Places / Dates; every mention's range covers its text.
  local syms = request('documentSymbol', 'textDocument/documentSymbol', { textDocument = { uri = M } })
  if syms then
    local groups, people, places, mismatches, leaves = {}, {}, {}, {}, 0
    for _, g in ipairs(syms) do
      if g.children then
        table.insert(groups, g.name)
        for _, e in ipairs(g.children) do
          if g.name == 'People' then table.insert(people, e.name) end
          if g.name == 'Places' then table.insert(places, e.name) end
          for _, m in ipairs(e.children or {}) do
            leaves = leaves + 1
            local t = text_of(M, m.selectionRange)
            if t ~= m.name then table.insert(mismatches, m.name .. '->' .. t) end
          end
        end
      end
    end
    check('documentSymbol.groups', table.concat(groups, ','), 'People,Places,Dates')
    -- madrid.md only says "Costa": she is listed under the full name found in lisbon.txt.
    check_has('documentSymbol.people', people, { 'Helena Costa', 'João Pereira' })
    check_has('documentSymbol.places', places, { 'Madrid' })
    check('documentSymbol.ranges', leaves .. ' mentions, wrong: ' .. table.concat(mismatches, ', '),
      leaves .. ' mentions, wrong: ')
  end

  -- 5. Workspace symbols: "Costa" finds Helena Costa, located at her defining mention.
  local ws = request('workspaceSymbol', 'workspace/symbol', { query = 'Costa' })
  if ws then
    local s = ws[1] or {}
    check('workspaceSymbol', ('%s (%s) %s'):format(s.name, s.containerName,
      s.location and loc_str(s.location.uri, s.location.range)), 'Helena Costa (person) ' .. LISBON_HELENA)
  end

  -- 6. The emoji line: names after 😀 (2 UTF-16 units, 4 bytes) and "João" (ã: 1 unit, 2 bytes).
  local hl = request('highlight.emoji-line', 'textDocument/documentHighlight', at(madrid, 5, 'Madrid', nil, true))
  if hl then
    -- Every highlight must cover the word Madrid (MADRID in the dateline), the one after 😀 included.
    local got, wrong = {}, {}
    for _, x in ipairs(hl) do
      table.insert(got, loc_str(M, x.range))
      if text_of(M, x.range):lower() ~= 'madrid' then table.insert(wrong, got[#got]) end
    end
    check_has('highlight.emoji-line', got, { 'madrid.md:5:76-82=Madrid', 'madrid.md:4:0-6=Madrid' })
    check('highlight.texts', table.concat(wrong, ' '), '')
  end
  local st = request('semanticTokens.emoji-line', 'textDocument/semanticTokens/full', { textDocument = { uri = M } })
  if st then
    local legend = (client.server_capabilities or {}).semanticTokensProvider
    local types = legend and legend.legend and legend.legend.tokenTypes or { 'person', 'place', 'date' }
    local line, col, got = 0, 0, {}
    for i = 1, #st.data, 5 do -- relative (dLine, dStart, length, type, modifiers) quintuples
      local dl, ds, len, ty = st.data[i], st.data[i + 1], st.data[i + 2], st.data[i + 3]
      if dl > 0 then line, col = line + dl, ds else col = col + ds end
      if line == 5 then
        local r = { start = { line = 5, character = col }, ['end'] = { line = 5, character = col + len } }
        table.insert(got, types[ty + 1] .. ' ' .. loc_str(M, r))
      end
    end
    check_has('semanticTokens.emoji-line', got, { 'person madrid.md:5:13-25=João Pereira',
      'person madrid.md:5:55-60=Costa', 'place madrid.md:5:76-82=Madrid' })
  end

  -- 7. The same definition opened the way a user would: lisbon.txt is now a buffer (from the
  --    jump above); attach it as a `text` document and hover the full name there.
  local lisbon = vim.uri_to_bufnr(vim.uri_from_fname(ROOT .. '/lisbon.txt'))
  vim.bo[lisbon].filetype = 'text'
  vim.lsp.buf_attach_client(lisbon, client_id)
  local hl2 = request('hover.lisbon', 'textDocument/hover', at(lisbon, 4, 'Helena Costa'), lisbon)
  if hl2 then
    local hl = hover_lines(hl2)
    check('hover.lisbon', hl[1], '**Helena Costa** — person')
    local counts = vim.tbl_filter(function(l) return l:find(' in this article', 1, true) end, hl)[1]
    check('hover.lisbon.counts', counts and vim.trim(counts), '2 mentions in this article · 4 mentions in 2 articles')
  end

  -- 8. Edit: insert "🚄 " (a non-BMP char and a space: 3 UTF-16 units) after "😀 ", before "and
  --    said Costa". Neovim sends an incremental didChange in UTF-16 before the next request; the
  --    server's copy of the line must then be the buffer's line (a client counting bytes or code
  --    points puts the insertion elsewhere), and its ranges must still map to the right text.
  local l5 = vim.api.nvim_buf_get_lines(madrid, 5, 6, false)[1]
  local e = l5:find('😀 ', 1, true) + #'😀 ' - 1
  vim.api.nvim_buf_set_text(madrid, 5, e, 5, e, { '🚄 ' })
  p = at(madrid, 5, 'Costa'); p.context = { includeDeclaration = true }
  refs = request('edit.references', 'textDocument/references', p)
  if refs then check('edit.references', refs_str(refs), HELENA_REFS:gsub('madrid%.md:5:55%-60', 'madrid.md:5:58-63')) end
  -- João Pereira's defining mention is on the edited line, and his card quotes that sentence
  -- from the server's own copy of the document: it must equal the buffer, character for character.
  local hj = request('edit.server-text', 'textDocument/hover', at(madrid, 5, 'João Pereira'))
  if hj then
    local text = table.concat(hover_lines(hj), '\n')
    local quoted = text:match('First mention[^\n]-: “(.-)”')
    check('edit.server-text', quoted and quoted:gsub('\\(.)', '%1'),
      vim.api.nvim_buf_get_lines(madrid, 5, 6, false)[1])
  end

  check('server log has no errors', table.concat(logged_errors, ' | '), '')
  finish(failed == 0 and 0 or 1)
end

local okk, err = xpcall(main, debug.traceback)
if not okk then bad('lua', tostring(err)); finish(3) end
