"""What notebooks show: pandas and matplotlib over the tables, never spaCy or an extractor."""

import warnings

# A name in a script the bundled font lacks (Devanagari, Arabic …) is drawn as boxes in a
# chart label; the table beside every chart spells it. Matplotlib's warning about each
# missing glyph would otherwise print a red block on the report page.
warnings.filterwarnings("ignore", message=r"Glyph \d+ .* missing from font", category=UserWarning)
