"""``kroniek export --format parquet``: events as a Parquet dataset partitioned by month.

The folder holds ``month=YYYY-MM/part-N.parquet`` files (Hive-style partitions, which
DuckDB, Spark and pandas read as a ``month`` column); events without a date go to
``month=unknown``. Events are written in chunks, so memory stays flat whatever the size
of the store. Evidence is kept as a list of structs (doc_id, start, end, text).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from kroniek.records import EVENT_COLUMNS, Event

CHUNK = 50_000  # events per written file group


def _schema() -> Any:
    import pyarrow as pa

    types = {
        "time_precision": pa.int8(),
        "inter1": pa.int8(),
        "inter2": pa.int8(),
        "interaction": pa.int16(),
        "geo_precision": pa.int8(),
        "fatalities": pa.int32(),
        "latitude": pa.float64(),
        "longitude": pa.float64(),
        "confidence": pa.float64(),
    }
    evidence = pa.list_(
        pa.struct(
            [("doc_id", pa.string()), ("start", pa.int64()), ("end", pa.int64()), ("text", pa.string())]
        )
    )
    fields = [pa.field(c, types.get(c, pa.string())) for c in EVENT_COLUMNS]
    return pa.schema([*fields, pa.field("evidence", evidence), pa.field("month", pa.string())])


def write_parquet(events: Iterable[Event], folder: str | Path) -> int:
    """Write events under ``folder`` (created); returns how many were written."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise SystemExit(
            "error: Parquet export needs pyarrow: pip install 'kroniek[scale]' (or pip install pyarrow)"
        ) from None
    root = Path(folder)
    root.mkdir(parents=True, exist_ok=True)
    schema = _schema()
    rows: list[dict[str, Any]] = []
    count = chunk = 0

    def flush() -> None:
        nonlocal chunk
        if not rows:
            return
        table = pa.Table.from_pylist(rows, schema=schema)
        pq.write_to_dataset(
            table,
            root_path=str(root),
            partition_cols=["month"],
            basename_template=f"part-{chunk}-{{i}}.parquet",
            existing_data_behavior="overwrite_or_ignore",
        )
        chunk += 1
        rows.clear()

    for event in events:
        row = event.to_dict()
        row["month"] = event.event_date[:7] if event.event_date else "unknown"
        rows.append(row)
        count += 1
        if len(rows) >= CHUNK:
            flush()
    flush()
    return count
