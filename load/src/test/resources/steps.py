"""Prints the per-step figures of a Gatling report (js/stats.js): count, failures, p50, p95, p99, req/s."""
import re
import sys

text = open(sys.argv[1], encoding="utf-8").read()
print("  %-22s %7s %5s %7s %7s %7s %7s" % ("step (ms)", "count", "KO", "p50", "p95", "p99", "req/s"))
for block in re.split(r'"req_[^"]*":\s*\{', text)[1:]:
    def value(key, sub="ok"):
        m = re.search(r'"%s":\s*\{[^}]*"%s":\s*"([^"]*)"' % (key, sub), block)
        return m.group(1) if m else "-"
    name = re.search(r'\bname:\s*"([^"]*)"', block).group(1)
    print("  %-22s %7s %5s %7s %7s %7s %7s" % (name, value("numberOfRequests", "total"), value("numberOfRequests", "ko"),
          value("percentiles1"), value("percentiles3"), value("percentiles4"),
          value("meanNumberOfRequestsPerSecond", "total")))
