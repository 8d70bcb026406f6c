"""Icons, translations and form assets, installed as the package ``unioncase_resources``."""
