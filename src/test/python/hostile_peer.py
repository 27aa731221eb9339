#!/usr/bin/env python3
"""A hostile mfck-wire/1 peer, written in another language than the kit, for the kit's self-tests.

It serves a real session by standing between the kit and an honest peer (the command after
`--`, the kit's own `mfck serve` of the in-memory session): it passes every line through, but
for the one way of misbehaving its first argument names. Each way is a defect class the kit
must survive (HostilePeerSelfTest): floods on standard error, a daemon that keeps standard
output open after the peer exits, numbers beyond the protocol's ranges, a call that never
returns, bytes that are not UTF-8, control characters meant for a terminal or a report.
Every loop here is bounded; the kit is expected to end this process long before.
"""
import json
import os
import subprocess
import sys
import threading
import time

MIB = 1 << 20
MODE = sys.argv[1]
HONEST = sys.argv[sys.argv.index("--") + 1:]

kit_out = sys.stdout.buffer
kit_lock = threading.Lock()
asked = {}  # the kit's request id -> its method


def to_kit(line: bytes) -> None:
    with kit_lock:
        kit_out.write(line if line.endswith(b"\n") else line + b"\n")
        kit_out.flush()


def flood_stderr(piece: bytes) -> None:
    """Writes 1 GiB to standard error, a piece at a time (blocks once the kit stops reading)."""
    for _ in range((1 << 30) // len(piece)):
        sys.stderr.buffer.write(piece)
        sys.stderr.buffer.flush()


def leave_a_daemon_and_exit() -> None:
    """Forks a daemon in a session of its own that keeps standard output open, then exits with code 7."""
    first = os.fork()
    if first == 0:
        os.setsid()
        if os.fork() == 0:
            with open(os.environ["HOSTILE_PIDS"], "a") as pids:
                pids.write(f"{os.getpid()}\n")
            os.close(0)
            os.closerange(3, 4096)
            time.sleep(120)  # standard output and error stay open all that while
            os._exit(0)
        os._exit(0)
    os.waitpid(first, 0)
    sys.stderr.write("hostile peer: leaving a daemon behind and exiting with code 7\n")
    sys.stderr.flush()
    os._exit(7)


def on_request(message: dict) -> bool:
    """Sees a request of the kit's; returns True when it is not passed on (this peer answers it, or never)."""
    method = message.get("method")
    if MODE == "control-chars" and method == "initialize":
        sys.stderr.buffer.write(b"\x1b[2J\x1b[31mhostile\x00\x07 peer\x1b]0;title\x07\r\n")
        sys.stderr.buffer.flush()
    if MODE.startswith("hang:"):
        return method == MODE[5:]  # never answered
    if method != "session.close":
        return False
    if MODE == "stderr-flood":
        flood_stderr(b"x" * MIB)
    elif MODE == "stderr-flood-lines":
        flood_stderr((b"x" * 1023 + b"\n") * 1024)
    elif MODE == "daemon":
        leave_a_daemon_and_exit()
    elif MODE == "control-chars":
        error = {"code": -32603, "message": "\u001b]0;pwned\u0007\u001b[2J failed\u0000 <b>&amp;</b>"}
        to_kit(json.dumps({"jsonrpc": "2.0", "id": message["id"], "error": error}).encode())
        return True
    return False


def on_answer(method: str, line: bytes) -> bytes:
    """Sees the honest peer's answer to the kit's request; returns what the kit gets."""
    message = json.loads(line)
    result = message.get("result")
    if MODE == "huge-topology-id" and method == "provider.createPartialTopology":
        result["topology"]["id"] = 2 ** 64 + 5
    elif MODE == "negative-count" and method == "session.liveResources" and result["resources"]:
        result["resources"][sorted(result["resources"])[0]] = -1
    elif MODE == "huge-count" and method == "session.liveResources" and result["resources"]:
        result["resources"][sorted(result["resources"])[0]] = 2 ** 80
    elif MODE == "not-utf8" and method == "session.close":
        return line.replace(b'"S_OK"', b'"S_\xffOK"', 1)  # a free-text field: only its bytes are wrong
    else:
        return line
    return json.dumps(message).encode()


def honest_to_kit(honest: subprocess.Popen) -> None:
    for line in honest.stdout:
        message = json.loads(line)
        if "method" not in message:
            line = on_answer(asked.pop(message["id"], ""), line)
        to_kit(line)


def main() -> None:
    honest = subprocess.Popen(HONEST, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    threading.Thread(target=honest_to_kit, args=(honest,), daemon=True).start()
    for line in sys.stdin.buffer:
        message = json.loads(line)
        if "method" in message and "id" in message:
            asked[message["id"]] = message["method"]
            if on_request(message):
                continue
        honest.stdin.write(line)
        honest.stdin.flush()
    honest.stdin.close()
    honest.wait(timeout=30)


if __name__ == "__main__":
    main()
