-- Launch-spike visitors: the home page, assets and members' pages with a think time between clicks.
-- wrk -s visitor.lua <url> -- <member cookie> <think ms> <public paths, comma-separated>
dofile((debug.getinfo(1, "S").source:sub(2):match("(.*/)") or "./") .. "report.lua")

local cookie = ""
local think_ms = 1000
local public = {"/"}
local members_only = {"/members", "/account"}

function init(args)
  math.randomseed(os.time() + (thread_id or 0) * 7919)
  cookie = args[1] or ""
  think_ms = tonumber(args[2] or "1000")
  if args[3] ~= nil then
    public = {}
    for path in string.gmatch(args[3], "[^,]+") do
      table.insert(public, path)
    end
  end
end

function request()
  local headers = proxied({}, some_client())
  if math.random() < 0.3 then
    headers["Cookie"] = cookie
    return wrk.format("GET", members_only[math.random(1, #members_only)], headers)
  end
  return wrk.format("GET", public[math.random(1, #public)], headers)
end

function delay()
  return math.random(math.floor(think_ms / 2), think_ms + math.floor(think_ms / 2))
end
