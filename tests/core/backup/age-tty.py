# Runs the `age` command with a terminal (age reads a passphrase only from a TTY) and types the
# passphrase at each prompt. Usage: python3 age-tty.py PASSPHRASE age ARGS...
# The exit code is age's; what age printed on the terminal goes to stderr.
import os, pty, sys, select

passphrase = sys.argv[1].encode()
pid, fd = pty.fork()
if pid == 0:
    os.execvp(sys.argv[2], sys.argv[2:])
out = b''
typed = 0
while True:
    try:
        r, _, _ = select.select([fd], [], [], 20)
    except OSError:
        break
    if not r:
        break
    try:
        data = os.read(fd, 1024)
    except OSError:
        break
    if not data:
        break
    out += data
    # age asks "Enter passphrase" (and, when encrypting, "Confirm passphrase").
    prompts = out.lower().count(b'passphrase')
    while typed < prompts:
        os.write(fd, passphrase + b'\n')
        typed += 1
_, status = os.waitpid(pid, 0)
sys.stderr.write(out.decode('utf8', 'replace'))
sys.exit(os.waitstatus_to_exitcode(status))
