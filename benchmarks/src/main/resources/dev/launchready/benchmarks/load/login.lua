-- Members logging in with the right password, each from its own address: wrk -s login.lua <url>
dofile((debug.getinfo(1, "S").source:sub(2):match("(.*/)") or "./") .. "report.lua")

local members = {
  {"member@example.com", "launch-ready-1"},
  {"other@example.com", "launch-ready-2"},
}
local think_ms = 0

function init(args)
  math.randomseed(os.time() + (thread_id or 0) * 7919)
  think_ms = tonumber(args[1] or "0")
end

function request()
  local member = members[math.random(1, #members)]
  local headers = proxied({["Content-Type"] = "application/json"}, some_client())
  return wrk.format("POST", "/login", headers, login_body(member[1], member[2]))
end

-- With a think time, members pause 0.5x to 1.5x of it between logins (a spike's members, not a benchmark loop).
function delay()
  if think_ms == 0 then
    return 0
  end
  return math.random(math.floor(think_ms / 2), think_ms + math.floor(think_ms / 2))
end
