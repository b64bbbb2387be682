"""Services: accounts, secrets, task running, downloads and preferences, on asyncio only (no Qt)."""
