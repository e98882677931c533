-- wrk script: spreads the requests over many signed-in sessions (ELP_SESSIONS, comma-separated
-- JSESSIONIDs), as many clerks would load the page, instead of queueing them all on one session.
local sessions = {}
for id in string.gmatch(os.getenv("ELP_SESSIONS") or "", "[^,]+") do
  sessions[#sessions + 1] = id
end
local threads = 0

function setup(thread)
  thread:set("offset", threads * 7)
  threads = threads + 1
end

local n = 0
function request()
  n = n + 1
  local id = sessions[((offset or 0) + n) % #sessions + 1]
  return wrk.format(nil, nil, { ["Cookie"] = "JSESSIONID=" .. id })
end
