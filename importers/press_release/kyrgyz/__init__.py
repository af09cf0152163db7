"""Press releases written in Kyrgyz. Kyrgyz names end with their kind word, in whatever case
the verb wants («... жөнүндө макулдашууга кол коюшту»), the parties come first («A менен Б
ортосундагы ...») and the verb last, often in the passive («... протоколго кол коюлду»).

* `is_kyrgyz` tells a Kyrgyz text from a Russian or English one;
* `find_documents` reads the documents a Kyrgyz text says were signed or adopted (see
  kyrgyz.mentions, kyrgyz.signing, kyrgyz.parties), each in the nominative;
* `announced_count` reads how many documents the text says were signed;
* `drafts` makes the parties of Kyrgyz names as written (each body by its country's official
  name);
* `names`, `subject`, `reference` read a Kyrgyz name met in a Russian text's pipeline.
"""

from .amends import reference
from .announced import announced_count
from .earlier import earlier_spans
from .parties import drafts
from .running import names, subject
from .pipeline import (find_documents, is_kyrgyz, meeting_days, meeting_parties,
                       reference_day, table_title)

__all__ = ["announced_count", "drafts", "earlier_spans", "find_documents", "is_kyrgyz", "meeting_days",
           "meeting_parties", "names",
           "reference", "reference_day", "subject", "table_title"]
