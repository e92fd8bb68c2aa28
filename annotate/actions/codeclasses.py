"""Classes of CAMEO codes, lexicon keys and verbs by how the actions component reads their
parties: acts two conjoined parties do together, acts done with a partner, forces sent, acts
whose event noun names whom they concern, and acts a state does on its own ground. Each comment
says which reading the class allows; :mod:`.component` applies them.
"""

from __future__ import annotations

# Acts two conjoined parties do together: agreeing (03), meeting (04), signing or endorsing
# (05) and cooperating (06): "Jordan and Britain agreed to ..." is one act between them.
RECIPROCAL_ROOTS = {3, 4, 5, 6}
# Verbs whose conjoined subjects act on each other ("Armenia and Azerbaijan EXCHANGED fire",
# "India and Pakistan SWAPPED prisoners", "Indian and Chinese troops CLASHED"), whatever their
# code.
RECIPROCAL_VERBS = frozenset({"exchange", "swap", "trade", "clash"})
SETTING_ROOTS = {4}
# Acts aimed at their object: disapproval (11), rejection (12), reducing relations and
# expelling (16), coercion (17) and violence (18-20). A verb of one with no object shares the
# object of the verb conjoined after it ("ARRESTED and charged three men"); not meetings or
# protests, whose verbs stand alone ("protesters RALLIED and burned tires").
SHARED_OBJECT_ROOTS = {11, 12, 16, 17, 18, 19, 20}
# Acts done with a partner: meeting (04) and material cooperation (06). Their with-phrase names
# the other party before any object does ("shared evidence WITH INDIA").
PARTNER_ROOTS = {4, 6}
# rows whose recipient (the to-phrase) is the target before the objects: a transfer, forces sent
TRANSFER_KEYS = frozenset({"party:to", "force:to"})
# forces or arms sent to do violence: aimed at what the purpose names ("to destroy THE REACTOR")
STRIKE_KEY = "force:strike"
# Sending peacekeepers (074), forces to help a partner (072) and forces (15): a force sent in
# the passive stands for its sender. Not the other aid codes: "12 crew members WERE RESCUED",
# "refugees were resettled" name who was helped, not who helped.
SENT_FORCE_CODES = ("074", "072", "15")
# A curfew, state of emergency or martial law (CAMEO 1723, 1724): the measure a row names
# ("declared a STATE OF SIEGE") binds the place it is declared in, and is no target itself.
STATE_MEASURES = ("1723", "1724")
# Acts whose event noun names the person they concern: "the BIN LADEN investigation" (09),
# "the NAVALNY arrest" (17).
PATIENT_NAMED_ROOTS = {9, 17}
# Personal pronouns: one in object position names no one the subject named ("Berg called the
# premier to congratulate HER": never Berg).
PRONOUNS = frozenset({"him", "her", "them", "he", "she", "they"})
# Levin's (1993) "banish" verbs (10.2) that a state does to people: whom they send away is sent
# from the state's own ground.
BANISH_VERBS = frozenset({"expel", "banish", "exile", "deport", "extradite"})
# Verbs of a court's judgment (WordNet sentence.v.01, convict.v.01, acquit.v.01, indict.v.01):
# a judgment passed in a country is its courts'.
JUDGING_VERBS = frozenset({"sentence", "convict", "acquit", "indict"})
STATE_ACT_VERBS = BANISH_VERBS | JUDGING_VERBS
