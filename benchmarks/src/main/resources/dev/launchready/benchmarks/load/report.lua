-- What every load script shares: per-thread status counts, and a report the harness parses.
-- Loaded with dofile from the scripts, so each wrk thread and the main state run it once.
-- Output lines: "lr <fact> <values...>"; latencies in microseconds.

threads = {}
statuses = {}
by_path = {}
pending = nil

local percentiles = {1, 5, 10, 20, 25, 30, 40, 50, 60, 70, 75, 80, 85, 90, 95, 97.5, 99, 99.5, 99.9, 99.99, 100}

function setup(thread)
  table.insert(threads, thread)
  thread:set("thread_id", #threads)
end

-- Scripts that need to know which path a response answers set `pending` in request(); with one
-- connection per thread (the attacker script) responses come back in request order.
function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
  if pending ~= nil then
    -- Flat keys: wrk copies a thread's table to the main state only one level deep.
    local key = pending .. " " .. status
    by_path[key] = (by_path[key] or 0) + 1
  end
  if on_response ~= nil then
    on_response(status, headers, body)
  end
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("lr requests %d\n", summary.requests))
  io.write(string.format("lr duration_us %d\n", summary.duration))
  io.write(string.format("lr socket_errors %d %d %d %d\n", e.connect, e.read, e.write, e.timeout))
  for _, p in ipairs(percentiles) do
    local micros = p == 100 and latency.max or latency:percentile(p)
    io.write(string.format("lr latency %g %d\n", p, micros))
  end
  for i, thread in ipairs(threads) do
    for status, n in pairs(thread:get("statuses")) do
      io.write(string.format("lr status %d %d %d\n", i, status, n))
    end
    for key, n in pairs(thread:get("by_path")) do
      io.write(string.format("lr path %d %s %d\n", i, key, n))
    end
  end
end

-- Headers a TLS-terminating proxy on loopback adds: the client's address and the original scheme.
function proxied(headers, client)
  headers["X-Forwarded-For"] = client
  headers["X-Forwarded-Proto"] = "https"
  return headers
end

-- A client address from the benchmarking range (RFC 2544), different on almost every call.
function some_client()
  return string.format("198.18.%d.%d", math.random(0, 255), math.random(1, 254))
end

function login_body(email, password)
  return string.format('{"email":"%s","password":"%s"}', email, password)
end
