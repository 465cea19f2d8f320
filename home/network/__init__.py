"""Joining the Communities Network or the Neighbourhood Planning Network: one mechanism for both
(docs/networks.md). `forms` checks what was sent; `membership` records it, emails the confirmation
link and acts on the links in the emails."""
