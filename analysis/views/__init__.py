"""What notebooks show: pandas and matplotlib over the tables, never spaCy or an extractor."""
