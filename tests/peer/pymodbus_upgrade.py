#!/usr/bin/python3
"""A peer nobody here wrote: pymodbus 3.0 reads a meter's identity and upgrades it over
Modbus TCP (BEGIN, data window, COMMIT), per device-protocol.md section 5.
Usage: pymodbus_upgrade.py HOST PORT SIZE  -- prints the image's SHA-256, exits 0 on success."""
import hashlib
import sys
import time
import types

# Debian's pymodbus 3.0 imports serial_asyncio for its serial client; TCP does not need it.
sys.modules.setdefault("serial_asyncio", types.SimpleNamespace(create_serial_connection=None))
from pymodbus.client import ModbusTcpClient  # noqa: E402

UNIT = 1


def fail(msg):
    print("FAIL " + msg, flush=True)
    sys.exit(1)


def regs(client, address, count):
    rr = client.read_holding_registers(address, count, slave=UNIT)
    if rr.isError():
        fail("read %d: %s" % (address, rr))
    return rr.registers


def write(client, address, values):
    rr = client.write_registers(address, values, slave=UNIT)
    if rr.isError():
        fail("write %d: %s" % (address, rr))


def main():
    host, port, size = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    image = bytes((i * 7 + 3) % 256 for i in range(size))
    sha = hashlib.sha256(image).digest()
    client = ModbusTcpClient(host, port=port, timeout=2, retries=1)
    if not client.connect():
        fail("connect")

    ident = regs(client, 0, 32)
    model = b"".join(r.to_bytes(2, "big") for r in ident[14:22]).rstrip(b"\0").decode()
    print("identity type=%d model=%s fw=%d.%d.%d" % (ident[1], model, ident[3], ident[4], ident[5]), flush=True)
    if ident[0] != 1 or ident[1] != 7350 or model != "EM7350":
        fail("identity")
    max_block = regs(client, 9026, 1)[0]

    descriptor = [size >> 16, size & 0xFFFF]
    descriptor += [int.from_bytes(sha[i:i + 2], "big") for i in range(0, 32, 2)]
    descriptor += [7350, 1, 9, 3, 2, 1]
    write(client, 9002, descriptor)
    write(client, 9000, [1])
    if regs(client, 9001, 1)[0] != 1:
        fail("not RECEIVING after BEGIN")

    offset = 0
    while offset < size:
        chunk = image[offset:offset + max_block]
        padded = chunk + b"\0" * (len(chunk) % 2)
        data = [int.from_bytes(padded[i:i + 2], "big") for i in range(0, len(padded), 2)]
        write(client, 9100, [offset >> 16, offset & 0xFFFF, len(chunk)] + data)
        offset += len(chunk)
    nxt = regs(client, 9027, 2)
    if (nxt[0] << 16 | nxt[1]) != size:
        fail("NEXT_OFFSET %s" % nxt)
    write(client, 9000, [2])

    # Verifying, then silent while installing: poll until DONE, reconnecting as needed.
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            rr = client.read_holding_registers(9001, 1, slave=UNIT)
            if not rr.isError() and rr.registers[0] == 4:
                break
            if not rr.isError() and rr.registers[0] == 18:
                fail("VERIFY_FAILED")
        except Exception:  # the meter dropped the connection while installing
            pass
        time.sleep(0.2)
        client.close()
        client.connect()
    else:
        fail("no DONE in time")
    fw = regs(client, 3, 3)
    if fw != [3, 2, 1]:
        fail("firmware %s" % fw)
    client.close()
    print("OK " + hashlib.sha256(image).hexdigest(), flush=True)


if __name__ == "__main__":
    main()
