"""The spaCy pipeline: the statistical model, our components registered on it, and the
:class:`~annotate.pipeline.annotator.Annotator` that runs stories through it.

``model`` finds and loads the model; ``attribute_index`` replaces its attribute ruler by an
indexed equivalent, ``lemma_cache`` its lemmatizer by one that works each word out once
(``lemma_tables`` gives it hashed word lists, ``lemmas`` corrects some verb lemmas);
``segmenter`` sets the sentence boundaries wire copy makes
plain; ``extensions`` declares the ``doc._.annotate_*`` attributes the layers fill;
``factories`` registers every component; ``longtext`` runs the model over very long stories in
chunks.
"""
