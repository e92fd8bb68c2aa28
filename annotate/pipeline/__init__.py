"""The spaCy pipeline: the statistical model, our components registered on it, and the
:class:`~annotate.pipeline.annotator.Annotator` that runs stories through it.

``model`` finds and loads the model; ``attribute_index`` replaces its attribute ruler by an
indexed equivalent; ``segmenter`` sets the sentence boundaries wire copy makes
plain; ``extensions`` declares the ``doc._.annotate_*`` attributes the layers fill;
``factories`` registers every component; ``longtext`` runs the model over very long stories in
chunks.
"""
