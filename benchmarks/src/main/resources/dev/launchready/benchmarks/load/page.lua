-- One page, as fast as the connections allow: wrk -s page.lua <url> -- <path> [cookie]
dofile((debug.getinfo(1, "S").source:sub(2):match("(.*/)") or "./") .. "report.lua")

function init(args)
  wrk.path = args[1] or "/"
  proxied(wrk.headers, "198.18.0.10")
  if args[2] ~= nil and args[2] ~= "" then
    wrk.headers["Cookie"] = args[2]
  end
end
