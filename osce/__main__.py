from osce.cli import app

app(prog_name="osce")
