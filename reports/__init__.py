"""Printed reports (PDF, A4) made from what the registry API returns: no Qt, no SQL.

`build.build_report(registry, ReportRequest(...), out)` writes one; see request.KINDS.
"""
