"""Quote attribution: quoted spans, their kind, reporting verb, speaker and actor."""
