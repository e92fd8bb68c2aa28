"""The dates layer: time expressions, typed and normalised to TIMEX3 values against the
story's own date."""
