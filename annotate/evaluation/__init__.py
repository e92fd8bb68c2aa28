"""Measuring the annotator against gold annotations: ``run`` annotates a gold file and times
each component, one scorer per layer (``people``, ``dates``, ``actions``), and ``report``
prints the metrics as tables."""
