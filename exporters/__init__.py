"""Taking records out: any filtered instrument list to XLSX or CSV, deadlines to an iCalendar
file. No Qt, no SQL: everything comes from the registry API."""
