"""Settings: everything lives in ``base``; ``test`` only swaps in what makes tests fast."""
