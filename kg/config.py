"""Settings (flags > environment > config file > defaults) and where the package's data lives.

Settings come from, highest precedence first:

1. command-line flags (``--neo4j-uri``, ``--heap`` …), passed to :func:`get_settings`;
2. environment variables (``NEO4J_URI``, ``KG_NEO4J_BOLT_PORT`` …);
3. an optional config file: ``$KG_CONFIG``, else the nearest ``kg.toml`` or ``pyproject.toml``
   with a ``[tool.kg]`` table, looking in the working directory and then its parents;
4. the defaults below.

The config file holds the same keys as the environment (``NEO4J_URI = "bolt://…"``, or the
lower-case field names such as ``neo4j_bolt_port = 7701``), validated by :class:`Settings`; an
unknown key or a bad value is a :class:`~kg.errors.ConfigError` (exit 8).

``NEO4J_URI`` defaults to the local server: ``bolt://127.0.0.1:<KG_NEO4J_BOLT_PORT>`` when that
port is set, else the port the server of ``KG_NEO4J_HOME`` really runs on (from its pid file and
generated ``neo4j.conf``), else 7687.

Data: ``cypher/``, ``ontology/`` and the Neo4j ``pom.xml`` ship inside the wheel as
``kg/_data/…`` (copied by ``setup.py`` at build time) and are read with ``importlib.resources``;
in a checkout (editable install) they are read from the repository's top-level folders, which
stay the source of truth.

The default password is for the loopback-only local development server that
``kg neo4j start`` runs; it is documented in README.md and must never guard anything
reachable from another machine.
"""

from __future__ import annotations

import os
import re
import tomllib
from importlib.resources import files
from pathlib import Path
from typing import Any

from pydantic import Field, ValidationError, model_validator
from pydantic.fields import FieldInfo
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
)

from kg.errors import ConfigError

LOCAL_DEV_PASSWORD = "kg-local-dev"  # loopback-only dev default; override with NEO4J_PASSWORD
DEFAULT_BOLT_PORT = 7687
CONFIG_FILE = "kg.toml"
CONFIG_ENV = "KG_CONFIG"

PACKAGE_DIR = Path(__file__).resolve().parent


def project_root() -> Path:
    """The repository root of a checkout (``pyproject.toml``, ``cypher/``, ``ontology/``).

    Outside a checkout (an installed wheel) this is the directory that holds the package,
    e.g. ``site-packages``; use :func:`in_checkout` to tell the two apart.
    """
    return PACKAGE_DIR.parent


def in_checkout() -> bool:
    """True when ``kg`` runs from a source checkout (e.g. an editable install)."""
    root = project_root()
    return (root / "pyproject.toml").is_file() and (root / "cypher").is_dir()


def user_data_dir() -> Path:
    """Per-user state directory of an installed ``kg`` (``platformdirs``; on Linux
    ``$XDG_DATA_HOME/kg``, by default ``~/.local/share/kg``)."""
    from platformdirs import user_data_path

    return user_data_path("kg", appauthor=False)


def default_neo4j_home() -> Path:
    """``<checkout>/.neo4j`` in a checkout, else ``<user data dir>/neo4j``."""
    if in_checkout():
        return project_root() / ".neo4j"
    return user_data_dir() / "neo4j"


def example_input() -> Path:
    """The example abstracts, ``examples/hf-trending-papers.txt`` (may be missing outside a
    checkout; callers check ``is_file()``)."""
    return project_root() / "examples" / "hf-trending-papers.txt"


def _data_path(packaged: str, checkout: str) -> Path:
    """``kg/_data/<packaged>`` of an installed wheel, else ``<checkout>/<checkout>``."""
    resource = files("kg") / "_data" / packaged
    if resource.is_dir() or resource.is_file():
        # Wheels are installed unpacked, so the resource is a real file-system path.
        return Path(str(resource))
    return project_root() / checkout


def cypher_dir() -> Path:
    return _data_path("cypher", "cypher")


def ontology_dir() -> Path:
    return _data_path("ontology", "ontology")


def neo4j_pom() -> Path:
    """The Maven ``pom.xml`` that resolves the local Neo4j server."""
    return _data_path("neo4j/pom.xml", "tools/neo4j/pom.xml")


# --------------------------------------------------------------------------- config file


def find_config_file(start: Path | None = None) -> Path | None:
    """``$KG_CONFIG`` (empty: none), else the nearest ``kg.toml`` or ``pyproject.toml`` with
    ``[tool.kg]`` in ``start`` (default: the working directory) or a parent of it."""
    explicit = os.environ.get(CONFIG_ENV)
    if explicit is not None:
        if not explicit.strip():
            return None
        path = Path(explicit).expanduser()
        if not path.is_file():
            raise ConfigError(f"{CONFIG_ENV}={explicit}: no such file")
        return path
    here = (start or Path.cwd()).resolve()
    for directory in (here, *here.parents):
        candidate = directory / CONFIG_FILE
        if candidate.is_file():
            return candidate
        pyproject = directory / "pyproject.toml"
        if pyproject.is_file() and "kg" in _read_toml(pyproject).get("tool", {}):
            return pyproject
    return None


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except OSError as exc:
        raise ConfigError(f"cannot read {path}: {exc.strerror or exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from exc


def read_config_file(path: Path) -> dict[str, Any]:
    """The settings table of a config file (all of ``kg.toml``, or ``[tool.kg]``)."""
    data = _read_toml(path)
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("kg", {})
        if not isinstance(data, dict):
            raise ConfigError(f"{path}: [tool.kg] must be a table")
    known: dict[str, str] = {}
    for name, info in Settings.model_fields.items():
        known[name] = name
        if info.alias:
            known[info.alias.lower()] = name
    values: dict[str, Any] = {}
    for key, value in data.items():
        field = known.get(str(key).lower())
        if field is None:
            raise ConfigError(
                f"{path}: unknown setting {key!r}",
                hint="known: " + ", ".join(sorted(i.alias or n for n, i in _fields())),
            )
        values[field] = value
    return values


def _fields() -> list[tuple[str, FieldInfo]]:
    return list(Settings.model_fields.items())


class _ConfigFileSource(PydanticBaseSettingsSource):
    """Settings from :func:`find_config_file` (below the environment, above the defaults)."""

    def __init__(self, settings_cls: type[BaseSettings]) -> None:
        super().__init__(settings_cls)
        path = find_config_file()
        self.path = path
        self.values = read_config_file(path) if path is not None else {}

    def get_field_value(self, field: FieldInfo, field_name: str) -> tuple[Any, str, bool]:
        return self.values.get(field_name), field_name, False

    def __call__(self) -> dict[str, Any]:
        return dict(self.values)


# --------------------------------------------------------------------------- the local server

_LISTEN_RE = re.compile(r"^server\.(bolt|http)\.listen_address=.*:(\d+)\s*$", re.MULTILINE)


def running_server_ports(home: Path) -> dict[str, int]:
    """``{"bolt": port, "http": port}`` of the local server of ``home`` when its pid file names
    a live process, read from the ``neo4j.conf`` it was started with; else ``{}``."""
    try:
        pid_text = (home / "run" / "neo4j.pid").read_text(encoding="ascii").strip()
        conf = (home / "conf" / "neo4j.conf").read_text(encoding="utf-8")
    except OSError:
        return {}
    if not pid_text.isdigit() or not Path(f"/proc/{pid_text}").exists():
        return {}
    return {kind: int(port) for kind, port in _LISTEN_RE.findall(conf)}


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="", extra="ignore", populate_by_name=True)

    neo4j_uri: str = Field(
        default=f"bolt://127.0.0.1:{DEFAULT_BOLT_PORT}", alias="NEO4J_URI", min_length=1
    )
    neo4j_user: str = Field(default="neo4j", alias="NEO4J_USER")
    neo4j_password: str = Field(default=LOCAL_DEV_PASSWORD, alias="NEO4J_PASSWORD")
    neo4j_database: str = Field(default="neo4j", alias="NEO4J_DATABASE")
    # Where the local server keeps its classpath, config, data, logs and pid file.
    neo4j_home: Path = Field(default_factory=default_neo4j_home, alias="KG_NEO4J_HOME")
    neo4j_http_port: int = Field(default=7474, alias="KG_NEO4J_HTTP_PORT", ge=1, le=65535)
    neo4j_bolt_port: int = Field(
        default=DEFAULT_BOLT_PORT, alias="KG_NEO4J_BOLT_PORT", ge=1, le=65535
    )
    neo4j_heap: str = Field(default="2g", alias="KG_NEO4J_HEAP")
    neo4j_pagecache: str = Field(default="1g", alias="KG_NEO4J_PAGECACHE")
    # Base IRI of exported resources (default kg.schema.RESOURCE_NS); `kg export --base-iri`.
    base_iri: str | None = Field(default=None, alias="KG_BASE_IRI")

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # flags (init kwargs) > environment > config file > defaults
        return (init_settings, env_settings, _ConfigFileSource(settings_cls))

    @model_validator(mode="after")
    def _local_server_address(self) -> Settings:
        """One source of truth for the local server's address (see the module docstring)."""
        explicit = self.model_fields_set
        if "neo4j_bolt_port" not in explicit or "neo4j_http_port" not in explicit:
            running = running_server_ports(Path(self.neo4j_home).expanduser().resolve())
            if "neo4j_bolt_port" not in explicit and "bolt" in running:
                self.neo4j_bolt_port = running["bolt"]
            if "neo4j_http_port" not in explicit and "http" in running:
                self.neo4j_http_port = running["http"]
        if "neo4j_uri" not in explicit:
            self.neo4j_uri = f"bolt://127.0.0.1:{self.neo4j_bolt_port}"
        return self


def get_settings(**overrides: object) -> Settings:
    """Settings from flags (non-None keyword overrides) > environment > config file > defaults.

    A bad value anywhere is a :class:`~kg.errors.ConfigError` naming the setting.
    """
    clean = {k: v for k, v in overrides.items() if v is not None}
    try:
        return Settings(**clean)
    except ValidationError as exc:
        fields = Settings.model_fields
        names = [
            (fields[str(err["loc"][0])].alias or str(err["loc"][0]))
            if err["loc"] and str(err["loc"][0]) in fields
            else ".".join(str(p) for p in err["loc"]) or "settings"
            for err in exc.errors()
        ]
        problems = "; ".join(
            f"{name}: {err['msg']}" for name, err in zip(names, exc.errors(), strict=True)
        )
        source = find_config_file()
        raise ConfigError(
            f"invalid setting: {problems}",
            hint=f"settings come from flags, the environment and {source}" if source else None,
        ) from exc
