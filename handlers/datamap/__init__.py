"""The data map's parts: `config` (config/sources.yaml as validated values). The operations on the
company's data (find, export, erase, flags, rectify, purge) are in handlers/sources.py."""
