"""Readers: files, directories and stdin in, :class:`~kroniek.records.Document` out.

Every reader yields documents and reports bad input through an ``on_error`` callback
with a :class:`ReadIssue` that names the file and line, so one bad record never stops
a batch.
"""

from kroniek.readers.base import ErrorHandler, ReadIssue, make_document
from kroniek.readers.dispatch import iter_documents, read_path

__all__ = ["ErrorHandler", "ReadIssue", "iter_documents", "make_document", "read_path"]
