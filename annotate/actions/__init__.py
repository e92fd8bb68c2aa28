"""The actions layer: who did what to whom, coded in CAMEO and PLOVER."""
