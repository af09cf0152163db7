"""A guard against a reference-counting fault of PySide6 6.12.0 on CPython 3.11.

That release drops one reference to None with every call of a Qt method that returns nothing
(`timer.start()`, `widget.setEnabled(True)`, …) and one reference to True with every
`Signal.emit()`. CPython 3.11 counts references to None, True and False like any object's, so
after some tens of thousands of such calls (None) or a few thousand signals (True: about 13,000
references in the running program, five or six signals per list query) the interpreter aborts
with "Fatal Python error: none_dealloc" or "bool_dealloc", taking the clerk's window with it.
PySide6 6.11 does not do this, but QtPdf (the report preview) comes as the lean PySide6-Pdf
package only from 6.12; before that it needs the whole PySide6-Addons. From CPython 3.12 these
three objects are immortal (their counts are never decremented), so the fault is harmless there.

`pin_singletons` does for 3.11 what 3.12 does: it raises the three counts so far (2**40) that
no session can bring them to zero. The objects are never freed in any case.
"""

from __future__ import annotations

import ctypes
import sys

PINNED = 1 << 40


def pin_singletons() -> bool:
    """Make None, True and False practically immortal on CPython before 3.12. True if done."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    if sys.getrefcount(None) >= PINNED:
        return True  # already done
    for obj in (None, True, False):
        # ob_refcnt is the first field of every object (a Py_ssize_t) in CPython's layout.
        ctypes.c_ssize_t.from_address(id(obj)).value += PINNED
    return True
