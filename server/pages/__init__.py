"""The HTML pages: jinja2 templates, plain forms, a little JavaScript for the live encounter."""
