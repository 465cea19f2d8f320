"""The Open Referral UK (HSDS 3.0 UK profile) feed at /api/openreferral/: see docs/open-data.md."""
