"""The actions layer: who did what to whom, coded in CAMEO and PLOVER.

``component`` is the spaCy component that ties the steps: ``triggers`` finds the words the
lexicon (``lexicon``) codes (``trigger_words``: a word split at a hyphen, its coarse part of
speech, the idioms that are no event), with ``objects`` (what a trigger acts on), ``frames`` (the
phrases, clauses and kinds of noun around it that rows require) and ``labels`` (what
a verb calls its object: criticism or praise), ``events`` drops those that are part of another
event or set the scene of the sentence's own, ``parties`` (actors, with ``event_objects``:
where an event noun sits in its clause) and ``targets`` (the
phrases that may name the target, by the ``target_kinds`` of act) read actor and target from
the parse, ``aims`` chooses the target among them or, failing them, among the
``further_targets`` (whom a verbal act addresses, whom a protest's demand names), ``resolve`` gives a party its country or
person, ``phrases`` the words a party is named by,
``location`` where it happened, ``domestic``
gives domestic groups their country, ``places`` a place an act is aimed at, ``coding``
refines the CAMEO code and PLOVER type and ``modality`` reads negation and mood. ``mishaps``
knows harm nobody does, ``filters`` which coded actions are kept (not a dateline taken for a
subject, nor an act aimed at its own actor), and ``headlines`` parses a
headline in title case again in lower case (and one whose verb the parse misread with the verb
in the past tense, which ``headline_verbs`` finds and rewrites); ``parse_repairs`` gives back a
headline's article-less object that the parser read as an adverbial noun, a headline's subject
read as a modifier of its verb, and the subject of a second clause joined by "and" read as a
conjunct of the first clause's object; ``deployments`` tells
forces sent to another country (074) from a mobilisation and from an entry by force (192);
``claims`` gives a claim of responsibility (015) the PLOVER type of the act claimed. ``resultatives``
makes the result word of "let the hostages GO" or "set the workers FREE" the particle of its
verb, so that the lexicon's release rows apply; ``particle_phrases`` reads the by-agent and
the to-phrase the parse hangs on a particle or result word ("was handed back TO BRITAIN BY
IRAN") as the verb's; ``failed_talks`` gives a talks noun the verb of failure it is the subject
of ("talks COLLAPSED", 164). Who a
party is when the parse names it indirectly: ``relatives`` (the noun a relative clause
modifies), ``agents`` (the agent of an event or weapon named as the party or as the means of
a passive), ``announcers`` (the opening speaker of an agentless passive to come),
``shared_subjects`` (whose subject a participle, a complement or a misparsed main verb
takes), ``adjuncts`` (a fronted setting phrase and a with-phrase's munition are no targets),
``nominals`` (the of-phrase of a visit, withdrawal or resignation, and a by-phrase hung on an
event noun's of-phrase), ``antecedents`` (a pronoun after a fronted adverbial clause, the
subjects that report or conjoin a pronoun's clause, and the name a bare "the group" takes
up), ``ranked_doers`` (the subject of
"was the first to"), ``misplaced_subjects`` (a subject the parse hangs on the auxiliary or
puts after "be" in an inversion), ``summoners`` (the office an envoy is summoned to),
``speakers``
(the first person of a quotation), ``several`` (one phrase naming several parties: a meeting's,
or conjoined countries; parties joined by "or" are alternatives, no pair; a meeting hosted by a
party), ``envoys`` (a delegation or mission sent by a country) and
``territory`` (a name its apposition calls a place is territory seized). ``codeclasses`` holds
the classes of codes and verbs the component reads parties by. ``action`` holds the
result types, ``context`` the story's people and dates the coding reads.
"""
