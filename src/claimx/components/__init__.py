"""spaCy pipeline components of claimx (registered in :mod:`claimx.factories`)."""
