"""Running many stories: the batch (``batch``), where records are written (``writers``) and
where stories are annotated: in this process, in worker processes or on Dask (``engines``)."""
