"""Looking at the memo in a real browser: see ``memo_shot``."""
