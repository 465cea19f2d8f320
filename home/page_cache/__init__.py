"""The anonymous page cache (docs/caching.md): pages stored whole for visitors without a session,
shared fragments (menu, footer) stored for every request, and one purge that empties both."""
