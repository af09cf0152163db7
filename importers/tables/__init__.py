"""Spreadsheet import: XLSX and CSV registers brought into the registry through a column mapping.

`reading` turns a file into a header and rows of cells, `mapping` says which column holds what,
`convert` makes one `InstrumentDraft` per row and reports every problem by row and column,
`plan` adds the duplicate checks and writes the result in one transaction, all or nothing.
"""
