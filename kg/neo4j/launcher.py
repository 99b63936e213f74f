"""Run a genuine Neo4j Community 5.26 server locally, without Docker.

The server's jars come from Maven Central (``tools/neo4j/pom.xml``, shipped in the wheel as
``kg/_data/neo4j/pom.xml``; resolved once with
``mvn dependency:build-classpath`` and cached under the home directory); the launcher writes a
``neo4j.conf`` that binds Bolt and HTTP to 127.0.0.1, sets the initial password before the first
start and runs ``org.neo4j.server.CommunityEntryPoint`` with Java 17 as a detached process whose
pid is kept in ``<home>/run/neo4j.pid``. ``stop`` signals exactly that pid, never a process
found by name.

Layout of the home directory (default ``<checkout>/.neo4j``, git-ignored; for an installed
wheel ``<user data dir>/neo4j``, see :func:`kg.config.default_neo4j_home`)::

    classpath.txt  classpath.sha256  conf/neo4j.conf  data/  logs/console.log  logs/neo4j.log
    import/  plugins/  run/neo4j.pid  run/launcher.lock
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import logging
import os
import re
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.config import (
    Settings,
    default_neo4j_home,
    get_settings,
    neo4j_pom,
    running_server_ports,
)
from kg.errors import ConfigError, LauncherError, Neo4jUnavailableError

log = logging.getLogger(__name__)

ENTRY_POINT = "org.neo4j.server.CommunityEntryPoint"
ADMIN_TOOL = "org.neo4j.cli.AdminTool"
PID_FILE = "neo4j.pid"
CONSOLE_MARKER = "==== kg neo4j start"
DEFAULT_START_TIMEOUT = 120.0
DEFAULT_STOP_TIMEOUT = 60.0
MIN_PASSWORD_LENGTH = 8  # Neo4j 5 rejects shorter passwords

# The JVM flags of Neo4j 5.26's default conf/neo4j.conf (`server.jvm.additional`). The
# bootloader (bin/neo4j) would pass them to java; we run the entry point directly, so we pass
# them ourselves and also record them in the generated neo4j.conf.
DEFAULT_JVM_FLAGS: tuple[str, ...] = (
    "-XX:+UseG1GC",
    "-XX:-OmitStackTraceInFastThrow",
    "-XX:+AlwaysPreTouch",
    "-XX:+UnlockExperimentalVMOptions",
    "-XX:+TrustFinalNonStaticFields",
    "-XX:+DisableExplicitGC",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-Djdk.tls.ephemeralDHKeySize=2048",
    "-Djdk.tls.rejectClientInitiatedRenegotiation=true",
    "-XX:FlightRecorderOptions=stackdepth=256",
    "-XX:+UnlockDiagnosticVMOptions",
    "-XX:+DebugNonSafepoints",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--enable-native-access=ALL-UNNAMED",
    "-Dlog4j2.disable.jmx=true",
    "-Dlog4j.layout.jsonTemplate.maxStringLength=32768",
)

_SIZE_RE = re.compile(r"^\s*(\d+)\s*([kmgt]?)b?\s*$", re.IGNORECASE)
_SIZE_FACTORS = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3, "t": 1024**4}

Echo = Callable[[str], None]


def _noop(_: str) -> None:
    pass


# --------------------------------------------------------------------------- paths & sizes


@dataclass(frozen=True)
class Neo4jHome:
    """The directories and files of one local server instance."""

    root: Path

    @property
    def conf_dir(self) -> Path:
        return self.root / "conf"

    @property
    def conf_file(self) -> Path:
        return self.conf_dir / "neo4j.conf"

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    @property
    def logs_dir(self) -> Path:
        return self.root / "logs"

    @property
    def run_dir(self) -> Path:
        return self.root / "run"

    @property
    def import_dir(self) -> Path:
        return self.root / "import"

    @property
    def plugins_dir(self) -> Path:
        return self.root / "plugins"

    @property
    def pid_file(self) -> Path:
        return self.run_dir / PID_FILE

    @property
    def lock_file(self) -> Path:
        return self.run_dir / "launcher.lock"

    @property
    def console_log(self) -> Path:
        return self.logs_dir / "console.log"

    @property
    def classpath_file(self) -> Path:
        return self.root / "classpath.txt"

    @property
    def classpath_hash_file(self) -> Path:
        return self.root / "classpath.sha256"

    def ensure_dirs(self) -> None:
        for d in (
            self.conf_dir,
            self.data_dir,
            self.logs_dir,
            self.run_dir,
            self.import_dir,
            self.plugins_dir,
        ):
            d.mkdir(parents=True, exist_ok=True)


def home_of(settings: Settings) -> Neo4jHome:
    return Neo4jHome(Path(settings.neo4j_home).expanduser().resolve())


def pom_path() -> Path:
    return neo4j_pom()


def parse_size(value: str) -> int:
    """``"2g"`` → bytes. Accepts k/m/g/t suffixes (binary units), case-insensitive."""
    match = _SIZE_RE.match(str(value))
    if not match:
        raise ConfigError(
            f"invalid memory size {value!r}", hint="use a number with k/m/g, e.g. 2g or 512m"
        )
    number, unit = match.groups()
    size = int(number) * _SIZE_FACTORS[unit.lower()]
    if size <= 0:
        raise ConfigError(f"memory size must be positive: {value!r}")
    return size


def normalize_size(value: str) -> str:
    """A size in the form both ``-Xmx`` and neo4j.conf accept (``"2G"`` → ``"2g"``)."""
    parse_size(value)
    match = _SIZE_RE.match(str(value))
    assert match is not None
    number, unit = match.groups()
    return f"{int(number)}{unit.lower()}" if unit else str(int(number))


def physical_memory_bytes() -> int:
    """Physical RAM of this machine in bytes."""
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):  # pragma: no cover - non-Linux
        with open("/proc/meminfo", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("MemTotal:"):
                    return int(line.split()[1]) * 1024
    raise LauncherError("cannot determine the physical memory of this machine")


def check_memory(heap: str, pagecache: str, total: int | None = None) -> None:
    """Refuse (LauncherError) when heap + page cache exceed physical RAM."""
    total = physical_memory_bytes() if total is None else total
    want = parse_size(heap) + parse_size(pagecache)
    if want > total:
        raise LauncherError(
            f"Neo4j heap ({heap}) + page cache ({pagecache}) = {want / 1024**3:.1f} GiB exceeds "
            f"the physical memory of this machine ({total / 1024**3:.1f} GiB)",
            hint="lower --heap/--pagecache (KG_NEO4J_HEAP, KG_NEO4J_PAGECACHE)",
        )


# --------------------------------------------------------------------------- java & maven


def find_java() -> str:
    """The ``java`` executable: ``$JAVA_HOME/bin/java`` if set, else ``java`` on PATH (≥ 17)."""
    java_home = os.environ.get("JAVA_HOME")
    candidate: str | None = None
    if java_home and (Path(java_home) / "bin" / "java").exists():
        candidate = str(Path(java_home) / "bin" / "java")
    else:
        candidate = shutil.which("java")
    if not candidate:
        raise LauncherError(
            "Java was not found (neither $JAVA_HOME/bin/java nor `java` on PATH)",
            hint="install Java 17, e.g. `apt-get install -y openjdk-17-jre-headless`",
        )
    try:
        out = subprocess.run(
            [candidate, "-version"], capture_output=True, text=True, timeout=60, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise LauncherError(f"cannot run {candidate} -version: {exc}") from exc
    match = re.search(r'version "(\d+)(?:\.(\d+))?', out.stderr + out.stdout)
    if match:
        major = int(match.group(1))
        if major == 1 and match.group(2):
            major = int(match.group(2))
        if major < 17:
            raise LauncherError(
                f"Neo4j 5 needs Java 17 or newer, {candidate} is Java {major}",
                hint="install openjdk-17 and set JAVA_HOME",
            )
    return candidate


def _pom_hash(pom: Path) -> str:
    return hashlib.sha256(pom.read_bytes()).hexdigest()


def _classpath_ok(home: Neo4jHome, pom: Path) -> bool:
    try:
        cached = home.classpath_hash_file.read_text(encoding="ascii").strip()
        entries = home.classpath_file.read_text(encoding="utf-8").strip()
    except OSError:
        return False
    if cached != _pom_hash(pom) or not entries:
        return False
    return all(Path(p).exists() for p in entries.split(os.pathsep))


def resolve_classpath(settings: Settings | None = None, *, echo: Echo = _noop) -> str:
    """The server classpath; runs Maven only when the cache is missing or the pom changed."""
    settings = settings or get_settings()
    home = home_of(settings)
    pom = pom_path()
    if not pom.exists():
        raise LauncherError(f"missing {pom}")
    if _classpath_ok(home, pom):
        return home.classpath_file.read_text(encoding="utf-8").strip()
    # Another instance (the default home) may already hold a classpath for the same pom.
    shared = Neo4jHome(default_neo4j_home().expanduser().resolve())
    if shared.root != home.root and _classpath_ok(shared, pom):
        home.root.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(shared.classpath_file, home.classpath_file)
        shutil.copyfile(shared.classpath_hash_file, home.classpath_hash_file)
        return home.classpath_file.read_text(encoding="utf-8").strip()
    mvn = shutil.which("mvn")
    if not mvn:
        raise LauncherError(
            "Maven (`mvn`) was not found on PATH; it resolves Neo4j from Maven Central",
            hint="install it, e.g. `apt-get install -y maven`",
        )
    home.root.mkdir(parents=True, exist_ok=True)
    tmp = home.root / "classpath.txt.tmp"
    echo("Resolving Neo4j from Maven Central (first run only; reuses ~/.m2) ...")
    cmd = [
        mvn,
        "-B",
        "-q",
        "-f",
        str(pom),
        "dependency:build-classpath",
        f"-Dmdep.outputFile={tmp}",
    ]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=1800, check=False)
    except subprocess.TimeoutExpired as exc:
        raise LauncherError("Maven did not finish resolving Neo4j within 30 minutes") from exc
    except OSError as exc:
        raise LauncherError(f"cannot run Maven: {exc}") from exc
    if proc.returncode != 0 or not tmp.exists():
        tail = _tail_text(proc.stdout + proc.stderr, 15)
        raise LauncherError(
            f"Maven failed to resolve Neo4j (exit {proc.returncode}): {tail}",
            hint=f"run `mvn -f {pom} dependency:build-classpath` to see the full output",
        )
    classpath = tmp.read_text(encoding="utf-8").strip()
    tmp.replace(home.classpath_file)
    home.classpath_hash_file.write_text(_pom_hash(pom) + "\n", encoding="ascii")
    return classpath


# --------------------------------------------------------------------------- configuration


def jvm_args(settings: Settings) -> list[str]:
    heap = normalize_size(settings.neo4j_heap)
    return [
        f"-Xms{heap}",
        f"-Xmx{heap}",
        *DEFAULT_JVM_FLAGS,
        "-Dfile.encoding=UTF-8",
    ]


def render_conf(settings: Settings) -> str:
    """The neo4j.conf for this instance (regenerated on every start)."""
    home = home_of(settings)
    heap = normalize_size(settings.neo4j_heap)
    pagecache = normalize_size(settings.neo4j_pagecache)
    bolt = f"127.0.0.1:{settings.neo4j_bolt_port}"
    http = f"127.0.0.1:{settings.neo4j_http_port}"
    lines = [
        "# Generated by `kg neo4j start` (kg/neo4j/launcher.py); rewritten on every start.",
        "# A loopback-only local development server: Bolt and HTTP listen on 127.0.0.1 only.",
        "",
        "# Directories",
        f"server.directories.data={home.data_dir}",
        f"server.directories.logs={home.logs_dir}",
        f"server.directories.run={home.run_dir}",
        f"server.directories.import={home.import_dir}",
        f"server.directories.plugins={home.plugins_dir}",
        "",
        "# Network: loopback only",
        "server.default_listen_address=127.0.0.1",
        "server.default_advertised_address=127.0.0.1",
        "server.bolt.enabled=true",
        f"server.bolt.listen_address={bolt}",
        f"server.bolt.advertised_address={bolt}",
        "server.http.enabled=true",
        f"server.http.listen_address={http}",
        f"server.http.advertised_address={http}",
        "server.https.enabled=false",
        "",
        "# Security and privacy",
        "dbms.security.auth_enabled=true",
        "dbms.usage_report.enabled=false",
        "# The Browser's product-analytics consent (its usage-collection banner) starts as off",
        "client.allow_telemetry=false",
        "",
        "# Memory",
        f"server.memory.heap.initial_size={heap}",
        f"server.memory.heap.max_size={heap}",
        f"server.memory.pagecache.size={pagecache}",
        "",
        "# Transaction logs: keep little on a dev machine",
        "db.tx_log.rotation.retention_policy=1 days 512M",
        "",
        "# JVM flags of Neo4j's default neo4j.conf (also passed to java by the launcher)",
        *(f"server.jvm.additional={flag}" for flag in DEFAULT_JVM_FLAGS),
        "",
    ]
    return "\n".join(lines)


def write_conf(settings: Settings) -> Path:
    home = home_of(settings)
    home.ensure_dirs()
    home.conf_file.write_text(render_conf(settings), encoding="utf-8")
    return home.conf_file


# --------------------------------------------------------------------------- pid handling


def _proc_cmdline(pid: int) -> list[str] | None:
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return None
    return [part.decode("utf-8", "replace") for part in raw.split(b"\0") if part]


def _is_zombie(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return True  # gone
    # "pid (comm) S ..." — comm may contain spaces/parens; the state follows the last ')'.
    return stat.rsplit(")", 1)[-1].split()[0] in ("Z", "X")


def is_our_server(pid: int, home: Neo4jHome) -> bool:
    """True iff ``pid`` is a live java running our entry point with this home dir."""
    cmdline = _proc_cmdline(pid)
    if not cmdline or _is_zombie(pid):
        return False
    return ENTRY_POINT in cmdline and f"--home-dir={home.root}" in cmdline


def server_pids(home: Neo4jHome) -> list[int]:
    """All live processes running our entry point for this home (scan of /proc)."""
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and is_our_server(int(entry.name), home):
            pids.append(int(entry.name))
    return sorted(pids)


def read_pid(home: Neo4jHome) -> int | None:
    try:
        text = home.pid_file.read_text(encoding="ascii").strip()
    except OSError:
        return None
    return int(text) if text.isdigit() else None


def running_pid(settings: Settings) -> int | None:
    """The pid of our running server, or None.

    A stale or unreadable pid file is removed. When the pid file is missing but exactly one live
    process runs our entry point with this very home directory (e.g. the pid file was deleted
    by hand), that process is adopted: its pid is written back, so ``stop`` can end it.
    """
    home = home_of(settings)
    pid = read_pid(home)
    if pid is not None and is_our_server(pid, home):
        return pid
    if pid is not None:
        log.info("removing stale pid file %s (pid %d is not our Neo4j)", home.pid_file, pid)
        home.pid_file.unlink(missing_ok=True)
    elif home.pid_file.exists():
        log.warning("removing unreadable pid file %s", home.pid_file)
        home.pid_file.unlink(missing_ok=True)
    if not home.root.exists():
        return None
    orphans = server_pids(home)
    if len(orphans) == 1:
        log.warning("adopting Neo4j pid %d of %s (its pid file was missing)", orphans[0], home.root)
        home.run_dir.mkdir(parents=True, exist_ok=True)
        home.pid_file.write_text(f"{orphans[0]}\n", encoding="ascii")
        return orphans[0]
    if orphans:
        raise LauncherError(
            f"several Neo4j processes run with home {home.root} (pids {orphans}) and none is "
            "recorded in the pid file",
            hint=f"stop them with `kill {' '.join(map(str, orphans))}`",
        )
    return None


@contextlib.contextmanager
def _locked(home: Neo4jHome) -> Iterator[None]:
    """Serialise start/stop of one home between concurrent `kg` processes."""
    home.run_dir.mkdir(parents=True, exist_ok=True)
    with open(home.lock_file, "a+") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


# --------------------------------------------------------------------------- logs


def _tail_text(text: str, lines: int) -> str:
    kept = [line for line in text.strip().splitlines() if line.strip()][-lines:]
    return " | ".join(line.strip() for line in kept)[-2000:]


def log_tail(settings: Settings, lines: int = 12) -> str:
    """The last lines of this start's console output and of neo4j.log, for error messages."""
    home = home_of(settings)
    parts = []
    for candidate in (home.console_log, home.logs_dir / "neo4j.log"):
        try:
            text = candidate.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        if candidate == home.console_log:
            text = text.rsplit(CONSOLE_MARKER, 1)[-1].split("\n", 1)[-1]
        if text.strip():
            parts.append(f"{candidate}: {_tail_text(text, lines)}")
    return " || ".join(parts) if parts else "(no server log yet)"


# --------------------------------------------------------------------------- password


def _set_initial_password(settings: Settings, java: str, classpath: str) -> None:
    """Run `neo4j-admin dbms set-initial-password` before the first start (data/dbms/auth.ini)."""
    password = settings.neo4j_password
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ConfigError(
            f"NEO4J_PASSWORD must have at least {MIN_PASSWORD_LENGTH} characters for Neo4j 5"
        )
    home = home_of(settings)
    env = dict(os.environ, NEO4J_HOME=str(home.root), NEO4J_CONF=str(home.conf_dir))
    cmd = [
        java,
        *DEFAULT_JVM_FLAGS[-6:-2],  # --add-opens / native access, as neo4j-admin passes them
        "-Xmx256m",
        "-cp",
        classpath,
        ADMIN_TOOL,
        "dbms",
        "set-initial-password",
        password,
    ]
    try:
        proc = subprocess.run(
            cmd, capture_output=True, text=True, timeout=180, env=env, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise LauncherError(f"cannot set the initial Neo4j password: {exc}") from exc
    if proc.returncode != 0:
        # Never echo the command line (it holds the password).
        raise LauncherError(
            "setting the initial Neo4j password failed: "
            + _tail_text(proc.stdout + proc.stderr, 8).replace(password, "***")
        )


def _system_db_exists(home: Neo4jHome) -> bool:
    return (home.data_dir / "databases" / "system").exists()


# --------------------------------------------------------------------------- start/stop/status


@dataclass
class ServerStatus:
    running: bool
    pid: int | None
    uri: str
    http_url: str
    browser_url: str
    home: Path
    version: str | None = None
    edition: str | None = None
    answering: bool = False
    managed: bool = True  # False: something else answers on our port (not started by kg)
    error: str | None = None  # why Bolt did not answer, when it did not


def _urls(settings: Settings) -> tuple[str, str, str]:
    uri = f"bolt://127.0.0.1:{settings.neo4j_bolt_port}"
    http = f"http://127.0.0.1:{settings.neo4j_http_port}"
    return uri, http, f"{http}/browser/"


def _bolt_settings(settings: Settings) -> Settings:
    """The settings pointed at this instance's own Bolt port."""
    uri, _, _ = _urls(settings)
    return settings.model_copy(update={"neo4j_uri": uri})


def _port_open(port: int, host: str = "127.0.0.1") -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.5)
        return sock.connect_ex((host, port)) == 0


def _server_version(settings: Settings) -> tuple[str | None, str | None]:
    from kg.neo4j.driver import connect

    driver = connect(_bolt_settings(settings), connection_timeout=5.0)
    try:
        records, _, _ = driver.execute_query(
            "CALL dbms.components() YIELD name, versions, edition "
            "RETURN name, versions[0] AS version, edition",
            database_="system",
        )
    finally:
        driver.close()
    for record in records:
        if record["name"] == "Neo4j Kernel":
            return record["version"], record["edition"]
    return (records[0]["version"], records[0]["edition"]) if records else (None, None)


def _try_bolt(settings: Settings) -> Exception | None:
    """None when Bolt answers with our credentials, else the exception."""
    from kg.neo4j.driver import connect

    try:
        connect(_bolt_settings(settings), connection_timeout=3.0).close()
    except Neo4jUnavailableError as exc:
        return exc
    return None


def _change_default_password(settings: Settings) -> bool:
    """Fallback for a server that still has the factory password ``neo4j``."""
    from neo4j import GraphDatabase
    from neo4j.exceptions import DriverError, Neo4jError

    uri, _, _ = _urls(settings)
    try:
        with GraphDatabase.driver(uri, auth=(settings.neo4j_user, "neo4j")) as driver:
            driver.execute_query(
                "ALTER CURRENT USER SET PASSWORD FROM 'neo4j' TO $pw",
                pw=settings.neo4j_password,
                database_="system",
            )
    except (DriverError, Neo4jError, OSError):
        return False
    return True


def _http_ok(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=3) as resp:  # loopback only
            return resp.status == 200
    except (urllib.error.URLError, OSError):
        return False


def start(
    settings: Settings | None = None,
    *,
    timeout: float = DEFAULT_START_TIMEOUT,
    echo: Echo = _noop,
) -> ServerStatus:
    """Start the local server (no-op when it already runs) and wait until Bolt answers."""
    settings = settings or get_settings()
    home = home_of(settings)
    uri, _http, browser = _urls(settings)
    with _locked(home):
        pid = running_pid(settings)
        if pid is not None:
            echo(f"Neo4j is already running (pid {pid}) at {uri}; nothing to do.")
            _wait_ready(settings, pid, None, timeout, echo)
            return status(settings)
        check_memory(settings.neo4j_heap, settings.neo4j_pagecache)
        for port in (settings.neo4j_bolt_port, settings.neo4j_http_port):
            if _port_open(port):
                if port == settings.neo4j_bolt_port and _try_bolt(settings) is None:
                    echo(
                        f"A Neo4j not started by kg already answers at {uri}; using it "
                        "(nothing to do)."
                    )
                    return status(settings)
                raise LauncherError(
                    f"port {port} on 127.0.0.1 is already in use by another process",
                    hint="stop it, or choose other ports with KG_NEO4J_BOLT_PORT / "
                    "KG_NEO4J_HTTP_PORT",
                )
        java = find_java()
        classpath = resolve_classpath(settings, echo=echo)
        write_conf(settings)
        fresh = not _system_db_exists(home)
        if fresh:
            _set_initial_password(settings, java, classpath)
        cmd = [
            java,
            *jvm_args(settings),
            "-cp",
            classpath,
            ENTRY_POINT,
            f"--home-dir={home.root}",
            f"--config-dir={home.conf_dir}",
        ]
        echo(
            f"Starting Neo4j (heap {settings.neo4j_heap}, page cache "
            f"{settings.neo4j_pagecache}) in {home.root} ..."
        )
        env = dict(os.environ, NEO4J_HOME=str(home.root), NEO4J_CONF=str(home.conf_dir))
        with open(home.console_log, "ab") as console:
            console.write(f"\n{CONSOLE_MARKER} {time.strftime('%F %T')} ====\n".encode())
            console.flush()
            try:
                proc = subprocess.Popen(
                    cmd,
                    cwd=home.root,
                    env=env,
                    stdin=subprocess.DEVNULL,
                    stdout=console,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,
                    close_fds=True,
                )
            except OSError as exc:
                raise LauncherError(f"cannot run {java}: {exc}") from exc
        home.pid_file.write_text(f"{proc.pid}\n", encoding="ascii")
        _wait_ready(settings, proc.pid, proc, timeout, echo, fresh=fresh)
        echo(f"Neo4j is up (pid {proc.pid}): {uri}  Browser: {browser}")
        return status(settings)


def _wait_ready(
    settings: Settings,
    pid: int,
    proc: subprocess.Popen[bytes] | None,
    timeout: float,
    echo: Echo,
    *,
    fresh: bool = False,
) -> None:
    home = home_of(settings)
    uri, _http, browser = _urls(settings)
    deadline = time.monotonic() + timeout
    # Only a brand-new database may still have the factory password (if setting the initial
    # password did not take); never probe it otherwise (failed logins lock the user briefly).
    tried_default = not fresh
    last: Exception | None = None
    while True:
        if proc is not None and proc.poll() is not None:
            home.pid_file.unlink(missing_ok=True)
            raise LauncherError(
                f"Neo4j exited during start-up with code {proc.returncode}; {log_tail(settings)}",
                hint=f"see {home.logs_dir}",
            )
        if proc is None and not is_our_server(pid, home):
            raise LauncherError(f"Neo4j (pid {pid}) went away; {log_tail(settings)}")
        last = _try_bolt(settings)
        if last is None:
            break
        cause = last.__cause__
        from neo4j.exceptions import AuthError

        if isinstance(cause, AuthError):
            if not tried_default:
                tried_default = True
                if _change_default_password(settings):
                    continue
            raise Neo4jUnavailableError(
                f"Neo4j is running (pid {pid}) at {uri} but rejects the configured password",
                hint=f"the server keeps the password it was first started with; use that "
                f"NEO4J_PASSWORD, or `kg neo4j stop` and delete {home.data_dir} to reset",
            )
        if time.monotonic() > deadline:
            raise LauncherError(
                f"Neo4j did not answer at {uri} within {timeout:.0f}s (pid {pid} keeps "
                f"running; `kg neo4j stop` ends it); {log_tail(settings)}"
            )
        time.sleep(1.0)
    # Bolt is up; the Browser (Jetty) comes up alongside it. Give it a few seconds.
    web_deadline = min(deadline, time.monotonic() + 30)
    while not _http_ok(browser):
        if time.monotonic() > web_deadline:
            echo(f"warning: Bolt answers but {browser} does not (yet)")
            break
        time.sleep(0.5)


def stop(
    settings: Settings | None = None,
    *,
    timeout: float = DEFAULT_STOP_TIMEOUT,
    echo: Echo = _noop,
) -> int | None:
    """Stop the server we started (pid file only): SIGTERM, wait, SIGKILL after ``timeout``.

    Returns the stopped pid, or None when nothing of ours was running.
    """
    settings = settings or get_settings()
    home = home_of(settings)
    with _locked(home):
        pid = running_pid(settings)
        if pid is None:
            echo(f"Neo4j is not running (no live server for {home.root}).")
            return None
        echo(f"Stopping Neo4j (pid {pid}) ...")
        _signal(pid, signal.SIGTERM)
        if not _wait_gone(pid, home, timeout):
            echo(f"Neo4j (pid {pid}) did not stop within {timeout:.0f}s; sending SIGKILL")
            _signal(pid, signal.SIGKILL)
            if not _wait_gone(pid, home, 15):
                raise LauncherError(f"Neo4j (pid {pid}) survived SIGKILL")
        home.pid_file.unlink(missing_ok=True)
        echo("Neo4j stopped.")
        return pid


def _signal(pid: int, sig: signal.Signals) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, sig)


def _wait_gone(pid: int, home: Neo4jHome, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        # Reap it if it is our own child (start and stop in one Python process, e.g. tests).
        with contextlib.suppress(ChildProcessError, OSError):
            os.waitpid(pid, os.WNOHANG)
        if not is_our_server(pid, home):
            return True
        time.sleep(0.25)
    return not is_our_server(pid, home)


def status(settings: Settings | None = None) -> ServerStatus:
    """What runs at this instance's ports; ``running`` is False when nothing answers.

    When our server runs, its address is the one it really listens on (the ports of the
    ``neo4j.conf`` it was started with), whatever the current settings say.
    """
    settings = settings or get_settings()
    home = home_of(settings)
    pid = running_pid(settings)
    if pid is not None:
        real = running_server_ports(home.root)
        update = {
            field: real[kind]
            for field, kind in (("neo4j_bolt_port", "bolt"), ("neo4j_http_port", "http"))
            if kind in real
        }
        if update:
            settings = settings.model_copy(update=update)
    uri, http, browser = _urls(settings)
    result = ServerStatus(
        running=pid is not None,
        pid=pid,
        uri=uri,
        http_url=http,
        browser_url=browser,
        home=home.root,
        managed=pid is not None,
    )
    try:
        result.version, result.edition = _server_version(settings)
        result.answering = True
        result.running = True
    except Neo4jUnavailableError as exc:
        result.answering = False
        result.error = exc.message
    return result
