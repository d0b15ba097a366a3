-- wrk script for the HTTP workload (bench/README.md): every request approves the next open task of a list
-- ("<bearer token> <task id>" per line, written by Oa.Bench http) with the bearer token of that task's assignee.
-- Thread k of n takes lines k, k+n, k+2n…; once its share is used up it repeats its last task (the API then
-- answers 404/409, counted as non-2xx) — the bench creates enough tasks for the run, and reports any such answers.
local threads = {}
local counter = 0

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  local nthreads = tonumber(args[2])
  items = {}
  local i = 0
  for line in io.lines(args[1]) do
    if i % nthreads == id then
      local token, task = line:match("(%S+) (%S+)")
      table.insert(items, { token, task })
    end
    i = i + 1
  end
  nextItem = 1
  ok = 0
  conflict = 0
  missing = 0
  other = 0
end

function request()
  local item = items[nextItem] or items[#items]
  nextItem = nextItem + 1
  return wrk.format("POST", "/api/tasks/" .. item[2] .. "/approve",
    { ["Authorization"] = "Bearer " .. item[1], ["Content-Type"] = "application/json" }, "{}")
end

function response(status, headers, body)
  if status >= 200 and status < 300 then ok = ok + 1
  elseif status == 409 then conflict = conflict + 1
  elseif status == 404 then missing = missing + 1
  else other = other + 1 end
end

function done(summary, latency, requests)
  local s = { ok = 0, conflict = 0, missing = 0, other = 0 }
  for _, t in ipairs(threads) do
    for k, _ in pairs(s) do s[k] = s[k] + (t:get(k) or 0) end
  end
  io.write(string.format(
    "WRKJSON {\"requests\":%d,\"seconds\":%.3f,\"ok\":%d,\"conflict\":%d,\"missing\":%d,\"other\":%d,\"socketErrors\":%d,\"timeouts\":%d,\"p50ms\":%.3f,\"p90ms\":%.3f,\"p99ms\":%.3f,\"maxms\":%.3f,\"meanms\":%.3f}\n",
    summary.requests, summary.duration / 1e6, s.ok, s.conflict, s.missing, s.other,
    summary.errors.connect + summary.errors.read + summary.errors.write, summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000, latency.mean / 1000))
end
