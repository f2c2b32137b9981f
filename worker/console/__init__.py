"""The staff console (`gdpr-worker web`): flagged and quarantined mail and every case."""
