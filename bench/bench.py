#!/usr/bin/env python3
"""bantin's benchmark driver (standard library only). Run it through bench/run.sh; see bench/README.md.

For each size N it generates a deterministic corpus with bench/CorpusGenerator.java, then measures,
each bake in a fresh process under /usr/bin/time -v:

  bantin  full bake into an empty output folder, no memory   (--runs times, median reported)
  bantin  rebuild, nothing changed (output and memory kept)  (incremental: the previous bake's memory
  bantin  rebuild, one article changed                         beside the output is used)
  Hugo    full bake of the equivalent Hugo site               (when `hugo` is on the PATH)
  JBake   full bake with jbake-core 2.7.0's Oven             (with --jbake, for sizes <= --jbake-max)

and writes one Markdown report to bench/results/<date>-<host>.md and to the terminal. After the bakes of
each size, bench/SearchReport.java measures the search index of bantin's output (its size and shard
count, and the bytes the search page downloads for sample queries), and the report shows that too.
"""

import argparse
import datetime
import os
import platform
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
TARGET = BENCH / "target"
TIME = "/usr/bin/time"

SUMMARY = re.compile(r"bantin: baked (\d+) pages \((\d+) files(?:; [^)]*)?\) in ([\d.]+) s")
# A stage line of --verbose: "  load      1252 ms" (first versions) or "  load     1010 files     7.23 s".
STAGE = re.compile(r"^\s+(load|model|render|finish|write)\b.*?(\d+(?:\.\d+)?) (ms|s)\s*$", re.M)
STAGES = ["load", "model", "render", "finish", "write"]
JVM = re.compile(r"^  jvm\s+(.+)$", re.M)


def log(message=""):
    print(message, flush=True)


def fail(message):
    print("bench: " + message, file=sys.stderr, flush=True)
    sys.exit(1)


def run_quiet(command, **kwargs):
    """Runs a setup command; returns (ok, combined output)."""
    result = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, **kwargs)
    return result.returncode == 0, result.stdout


# ---------------------------------------------------------------------------------------------
# Measuring one process.
# ---------------------------------------------------------------------------------------------
class Measurement:
    def __init__(self, wall, user, sys_, rss_kb, exit_code, stdout, stderr):
        self.wall = wall
        self.cpu = user + sys_
        self.rss_mb = rss_kb / 1024
        self.exit_code = exit_code
        self.stdout = stdout
        self.stderr = stderr
        self.pages = None
        self.files = None
        self.stages = {}
        self.jvm = None


def measure(command, cwd=None, timeout=None, env=None):
    """Runs `command` under /usr/bin/time -v in its own process group; wall time from the monotonic clock."""
    time_file = TARGET / "time.txt"
    full = [TIME, "-v", "-o", str(time_file)] + [str(c) for c in command]
    start = time.perf_counter()
    process = subprocess.Popen(full, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               start_new_session=True, env=env)
    try:
        stdout, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        return None
    wall = time.perf_counter() - start
    report = time_file.read_text(errors="replace") if time_file.exists() else ""

    def field(name, default=0.0):
        match = re.search(re.escape(name) + r":\s*([\d.]+)", report)
        return float(match.group(1)) if match else default

    return Measurement(wall, field("User time (seconds)"), field("System time (seconds)"),
                       field("Maximum resident set size (kbytes)"), process.returncode, stdout, stderr)


def count_files(folder):
    pages = files = 0
    for _, _, names in os.walk(folder):
        files += len(names)
        pages += sum(1 for n in names if n.endswith(".html"))
    return pages, files


def remove(path):
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    elif path.exists() or path.is_symlink():
        path.unlink()


# ---------------------------------------------------------------------------------------------
# Set-up: tools, the engine's classes and classpath.
# ---------------------------------------------------------------------------------------------
def apt_install(package):
    log(f"bench: apt-get install -y {package}")
    ok, out = run_quiet(["apt-get", "install", "-y", package])
    if not ok:
        ok, out = run_quiet(["sh", "-c", f"apt-get update && apt-get install -y {package}"])
    if not ok:
        log(out[-2000:])
        fail(f"could not install {package}")


def prepare_engine(args):
    """Compiles bantin, writes its runtime classpath, and snapshots target/classes into bench/target so
    that other builds (mvn clean) running meanwhile cannot change the engine under the benchmark."""
    TARGET.mkdir(parents=True, exist_ok=True)
    pom = REPO / "pom.xml"
    if not args.no_compile:
        log("bench: mvn -q -B compile")
        ok, out = run_quiet(["mvn", "-q", "-B", "-f", str(pom), "compile"])
        if not ok:
            log(out[-4000:])
            fail("mvn compile failed")
    classpath_file = TARGET / "classpath.txt"
    fresh = TARGET / "classpath.new"
    ok, out = run_quiet(["mvn", "-q", "-B", "-f", str(pom), "dependency:build-classpath", "-DincludeScope=runtime",
                         f"-Dmdep.outputFile={fresh}"])
    if ok and fresh.exists():
        fresh.replace(classpath_file)
    elif classpath_file.exists():
        log("bench: warning: mvn dependency:build-classpath failed (test dependencies that cannot be resolved?);"
            " reusing the classpath of the previous run in bench/target/classpath.txt")
    else:
        log(out[-4000:])
        fail("mvn dependency:build-classpath failed")
    classes = REPO / "target" / "classes"
    if not (classes / "vn" / "bantin" / "cli" / "Main.class").exists():
        fail("target/classes has no vn/bantin/cli/Main.class: run mvn compile")
    snapshot = TARGET / "engine-classes"
    remove(snapshot)
    shutil.copytree(classes, snapshot)
    dependencies = classpath_file.read_text().strip()
    args.cds_archive = None
    jar_tool = Path(args.javac).parent / "jar"
    if args.java_opts.strip() or not jar_tool.exists():
        return str(snapshot) + os.pathsep + dependencies
    # As the bantin script starts a bake: the engine in a jar, its classes shared from an archive
    # that a first bake (of the sample site, not timed) made.
    jar = TARGET / "engine.jar"
    ok, out = run_quiet([str(jar_tool), "cf", str(jar), "-C", str(snapshot), "."])
    if not ok:
        log(out[-2000:])
        fail("jar cf failed")
    classpath = str(jar) + os.pathsep + dependencies
    archive = TARGET / "engine.jsa"
    remove(archive)
    training = TARGET / "training-output"
    clear_bantin_output(training)
    log("bench: class data sharing archive: a bake of the sample site")
    ok, out = run_quiet([args.java] + launcher_options() + [f"-XX:ArchiveClassesAtExit={archive}", "-Xlog:cds*=off",
                         "-cp", classpath, "vn.bantin.cli.Main", "bake", "--source", str(REPO),
                         "--output", str(training)])
    clear_bantin_output(training)
    if ok and archive.exists():
        args.cds_archive = archive
    else:
        log("bench: warning: no class data sharing archive was made; bantin bakes without:\n" + out[-1000:])
    return classpath


def engine_version():
    ok, commit = run_quiet(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"])
    commit = commit.strip() if ok else "unknown"
    ok, status = run_quiet(["git", "-C", str(REPO), "status", "--porcelain", "--", "src/main", "pom.xml", "templates"])
    dirty = ok and status.strip() != ""
    return commit + (" + uncommitted changes" if dirty else "")


def machine():
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = "?"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                memory = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    return cpu, os.cpu_count(), memory


def java_version(java):
    ok, out = run_quiet([java, "-version"])
    first = out.splitlines()[0] if out else "java"
    match = re.search(r'"([^"]+)"', first)
    return (first.split()[0] + " " + match.group(1)) if match else first


# ---------------------------------------------------------------------------------------------
# The scenarios.
# ---------------------------------------------------------------------------------------------
class Row:
    def __init__(self, size, engine, scenario, runs):
        self.size = size
        self.engine = engine
        self.scenario = scenario
        self.runs = runs  # list of Measurement; empty when it failed or timed out
        self.note = ""
        self.failure = ""

    def median(self, attribute):
        values = [getattr(m, attribute) for m in self.runs if getattr(m, attribute) is not None]
        return statistics.median(values) if values else None

    def stage(self, name):
        values = [m.stages[name] for m in self.runs if name in m.stages]
        return statistics.median(values) if values else None


def print_run(label, index, m):
    if m is None:
        log(f"  {label} #{index}: timed out")
        return
    extra = f", {m.pages} pages, {m.files} files" if m.pages is not None else ""
    stages = " ".join(f"{k} {v:.2f}" for k, v in m.stages.items())
    log(f"  {label} #{index}: {m.wall:.2f} s wall, {m.cpu:.2f} s CPU, {m.rss_mb:.0f} MB peak RSS{extra}"
        + (f"  [{stages}]" if stages else ""))


def launcher_options():
    """The JVM options the `bantin` script starts a bake with: a user's bake, measured as it runs."""
    m = re.search(r'batch_options="([^"]*)"', (REPO / "bantin").read_text(encoding="utf-8"))
    if not m:
        sys.exit("bench: the bantin script names no batch_options")
    return m.group(1).split() + ["-Dbantin.launched=true"]


def bantin_bake(args, classpath, site, output):
    jvm_options = args.java_opts.split() if args.java_opts.strip() else launcher_options()
    if args.cds_archive:
        jvm_options = jvm_options + [f"-XX:SharedArchiveFile={args.cds_archive}", "-Xlog:cds*=off"]
    command = [args.java] + jvm_options + ["-cp", classpath, "vn.bantin.cli.Main", "bake",
                                           "--source", site, "--output", output, "--verbose"]
    m = measure(command, timeout=args.timeout)
    if m is None or m.exit_code != 0:
        return m
    summary = SUMMARY.search(m.stdout)
    if summary:
        m.pages, m.files = int(summary.group(1)), int(summary.group(2))
    m.stages = {name: float(value) / (1000 if unit == "ms" else 1) for name, value, unit in STAGE.findall(m.stdout)}
    jvm = JVM.search(m.stdout)  # the options bantin chose for the JVM it bakes in, if it chose any
    m.jvm = jvm.group(1).strip() if jvm else "as started"
    if not m.stages and not re.search(r"^\s*unchanged\s", m.stdout, re.M):  # a bake with nothing to do has no stages
        log("bench: warning: no stage times found in bantin's --verbose output:\n" + m.stdout[-1000:])
    return m


def clear_bantin_output(output):
    """An empty output and no memory of a previous bake (kept in <output>.bantin): a full bake."""
    for suffix in ("", ".staging", ".previous", ".bantin"):
        remove(Path(str(output) + suffix))


def changed_article(site):
    """The article edited before each 'one article changed' rebuild: the middle one in path order."""
    articles = sorted(p for p in (site / "content").rglob("*.md")
                      if p.name != "_index.md" and p.parent != site / "content")
    return articles[len(articles) // 2] if articles else None


def hugo_bake(args, hugo_site, output):
    remove(output)
    remove(hugo_site / "resources")
    m = measure([args.hugo, "--quiet", "-s", hugo_site, "-d", output], timeout=args.timeout)
    if m is not None and m.exit_code == 0:
        m.pages, m.files = count_files(output)
    return m


def default_outputs():
    """A folder on the memory file system (/dev/shm) when there is one with at least 8 GiB free, else None:
    the outputs then go beside the corpus. Why: bench/README.md, "Where the outputs go"."""
    shm = Path("/dev/shm")
    try:
        mounts = Path("/proc/mounts").read_text()
        in_memory = any(line.split()[1:3] == ["/dev/shm", "tmpfs"] for line in mounts.splitlines() if line.strip())
        if in_memory and os.access(shm, os.W_OK) and shutil.disk_usage(shm).free >= 8 * 1024 ** 3:
            return shm / f"bantin-bench-{os.getpid()}"
    except OSError:
        pass
    return None


def measure_size(args, size, folder, outputs, classpath, hugo_version, jbake_classpath):
    """Measures every scenario of one corpus, each engine baking into its own folder in `outputs`. The runs
    are interleaved, round after round (bantin full, bantin rebuilds, Hugo, JBake, then again), so that a
    change in the machine's load during the benchmark spreads over all scenarios instead of favouring the
    ones measured last."""
    site = folder / "bantin-site"
    output = outputs / "bantin-output"
    scenarios = [("bantin", "full bake, empty output", "")]
    if not args.no_rebuild:
        scenarios += [("bantin", "rebuild, nothing changed", "incremental"),
                      ("bantin", "rebuild, one article changed", "incremental")]
    if hugo_version:
        scenarios.append((f"Hugo {hugo_version}", "full bake, empty output", ""))
    if jbake_classpath:
        scenarios.append(("JBake 2.7.0", "full bake, empty output", ""))
    rows = []
    for engine, scenario, note in scenarios:
        row = Row(size, engine, scenario, [])
        row.note = note
        rows.append(row)
    stopped = set()
    article = changed_article(site)
    original = article.read_bytes() if article else None

    for r in range(1, args.runs + 1):
        for row in rows:
            key = (row.engine, row.scenario)
            if key in stopped:
                continue
            label = f"{row.engine.split()[0].lower()} {row.scenario}"
            if row.engine == "bantin" and row.scenario.startswith("full"):
                clear_bantin_output(output)
                m = bantin_bake(args, classpath, site, output)
            elif row.engine == "bantin" and "nothing changed" in row.scenario:
                if not output.exists():
                    bantin_bake(args, classpath, site, output)  # the full bake timed out: make an output first
                m = bantin_bake(args, classpath, site, output)
            elif row.engine == "bantin":
                if article is None:
                    stopped.add(key)
                    continue
                if not output.exists():
                    bantin_bake(args, classpath, site, output)
                try:
                    # An author's edits come one after another: the first after a full bake keeps the
                    # replaced output as the spare folder, which every later one brings up to date.
                    # That first one is not timed; the next is, as every edit after it would be.
                    article.write_bytes(original + f"\nBản nháp {r}: bài viết đang được bổ sung.\n".encode())
                    bantin_bake(args, classpath, site, output)
                    article.write_bytes(original + f"\nCập nhật lần {r}: bài viết được bổ sung thông tin mới.\n".encode())
                    m = bantin_bake(args, classpath, site, output)
                finally:
                    article.write_bytes(original)
            elif row.engine.startswith("Hugo"):
                m = hugo_bake(args, folder / "hugo-site", outputs / "hugo-output")
            else:
                m = jbake_bake(args, jbake_classpath, folder / "jbake-site", outputs / "jbake-output")
            failure = None
            if m is None:
                failure = f"timed out after {args.timeout} s"
            elif m.exit_code != 0:
                text = m.stderr + "\n" + m.stdout
                lines = [l.strip() for l in text.splitlines() if l.strip()]
                oom = re.search(r"java\.lang\.OutOfMemoryError: [\w ]+", text)
                cause = oom.group(0).strip() if oom else (lines[-1] if lines else "")
                done = [name for name, _, _ in STAGE.findall(m.stdout)] if row.engine == "bantin" else []
                during = ""
                if done and done[-1] in STAGES[:-1]:
                    during = f" during {STAGES[STAGES.index(done[-1]) + 1]}"
                failure = f"failed after {m.wall:.0f} s{during} (exit {m.exit_code}): {cause[:160]}"
                log(m.stdout[-2000:])
                log(m.stderr[-4000:])
            if failure:
                log(f"  {label} #{r}: {failure}")
                row.failure = failure
                stopped.add(key)  # not measured again
                if row.engine == "bantin" and row.scenario.startswith("full") and not row.runs:
                    for other in rows:  # the rebuilds need a bake that works
                        if other.engine == "bantin" and other is not row:
                            other.failure = other.failure or "not run: the full bake failed"
                            stopped.add((other.engine, other.scenario))
                continue
            print_run(label, r, m)
            row.runs.append(m)
    return rows


def search_report(args, classpath, output):
    """The search index of a baked output, measured by bench/SearchReport.java (Markdown), or None when
    the output has no index (no search template) or the measurement failed."""
    if not (output / "tim-kiem" / "chi-muc" / "manifest.json").exists():
        return None
    ok, out = run_quiet([args.java, "-cp", classpath, str(BENCH / "SearchReport.java"), str(output)])
    if not ok:
        log(out[-3000:])
        log("bench: warning: bench/SearchReport.java failed: search index not measured")
        return None
    return out.strip()


# ---------------------------------------------------------------------------------------------
# JBake 2.7.0 (optional, --jbake): jbake-core from Maven Central driven through org.jbake.app.Oven.
# ---------------------------------------------------------------------------------------------
def prepare_jbake(args):
    """Resolves jbake-core 2.7.0 with OrientDB and Freemarker into bench/target/jbake and compiles the launcher."""
    folder = TARGET / "jbake"
    folder.mkdir(parents=True, exist_ok=True)
    pom = BENCH / "jbake" / "pom.xml"
    classpath_file = folder / "classpath.txt"
    ok, out = run_quiet(["mvn", "-q", "-B", "-f", str(pom), "dependency:build-classpath",
                         f"-Dmdep.outputFile={classpath_file}"])
    if not ok:
        log(out[-3000:])
        log("bench: cannot resolve jbake-core 2.7.0's dependencies: JBake skipped")
        return None
    classes = folder / "classes"
    classes.mkdir(exist_ok=True)
    classpath = classpath_file.read_text().strip()
    ok, out = run_quiet([args.javac, "-d", str(classes), "-cp", classpath, str(BENCH / "jbake" / "JBakeLauncher.java")])
    if not ok:
        log(out[-3000:])
        log("bench: cannot compile bench/jbake/JBakeLauncher.java: JBake skipped")
        return None
    shutil.copy(BENCH / "jbake" / "logback.xml", classes / "logback.xml")
    return str(classes) + os.pathsep + classpath


def jbake_bake(args, classpath, jbake_site, output):
    """One JBake bake; False when JBake itself failed (then it is not measured again)."""
    remove(output)
    for cache in jbake_site.glob("cache*"):
        remove(cache)
    command = [args.java] + args.java_opts.split() + ["-cp", classpath, "JBakeLauncher", jbake_site, output]
    m = measure(command, timeout=args.timeout)
    if m is not None and m.exit_code == 0:
        m.pages, m.files = count_files(output)
    return m


# ---------------------------------------------------------------------------------------------
# The report.
# ---------------------------------------------------------------------------------------------
def fmt(value, digits=2):
    if value is None:
        return "–"
    return f"{value:,.{digits}f}"


def report(args, rows, generation, started, header, searches=()):
    lines = [f"# bantin benchmark, {started:%Y-%m-%d %H:%M} on {header['host']}", ""]
    lines.append(f"- Machine: {header['cpu']}, nproc {header['nproc']}, {header['memory']} memory, "
                 f"{header['os']}")
    lines.append(f"- bantin {header['engine']} on {header['java']}"
                 + (f" (JVM options: `{args.java_opts}`)" if args.java_opts.strip()
                    else " (started as the `bantin` script starts it: bantin chooses its JVM's options, see below"
                    + ("; its classes shared from an archive a first bake made" if args.cds_archive else "") + ")")
                 + f"; {header['hugo'] or 'Hugo not measured'}")
    lines.append(f"- Command: `bench/run.sh {' '.join(header['argv'])}`".replace("run.sh ` ", "run.sh`"))
    lines.append(f"- The engines wrote their sites to {'`' + str(args.outputs) + '`' if args.outputs else 'the work folder'}"
                 f" and read the corpora from `{args.work}` (bench/README.md, \"Where the outputs go\").")
    lines.append(f"- Each bake runs in a fresh process; every figure is the median of {args.runs} run"
                 + ("s. " if args.runs > 1 else " (a single run, no median). ") +
                 "Peak RSS is the maximum resident set size from `/usr/bin/time -v`; CPU is user + system time. "
                 "Stage times (load … write) are bantin's own `--verbose` figures, in seconds.")
    lines.append("- bantin's rebuilds are incremental: each starts from the memory the previous bake kept beside the "
                 "output (`<output>.bantin/`), parses only changed files, renders only pages whose fingerprint "
                 "changed and writes only files whose content changed. Before each timed 'one article changed' "
                 "rebuild, an untimed one with another edit of the same article makes the output that of an "
                 "author's second edit: the first edit after a full bake assembles a new output folder, every "
                 "later one brings the previous output (kept as a spare) up to date.")
    chosen = {}
    for row in rows:
        if row.engine == "bantin":
            for m in row.runs:
                if m.jvm:
                    chosen.setdefault(row.size, set()).add(m.jvm)
    if chosen and not args.java_opts.strip():
        lines.append("- The JVM options bantin chose for the JVM it bakes in (`BatchJvm`; \"as started\": the JVM's "
                     "defaults): " + "; ".join(f"{size:,} articles " + ", ".join(f"`{j}`" if j != "as started" else j
                                                                            for j in sorted(jvms))
                                               for size, jvms in sorted(chosen.items())))
    if generation:
        lines.append("- Corpus generation (java bench/CorpusGenerator.java, all twins included): "
                     + ", ".join(f"{size:,} articles in {secs:.1f} s" for size, secs in generation))
    lines.append("")
    lines.append("| articles | engine | bake | wall s | wall min–max | CPU s | peak RSS MB | pages | files | pages/s "
                 "| load | model | render | finish | write |")
    lines.append("|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for row in rows:
        if not row.runs:
            lines.append(f"| {row.size:,} | {row.engine} | {row.scenario} | {row.failure or 'not measured'} "
                         "| | | | | | | | | | | |")
            continue
        wall = row.median("wall")
        walls = [m.wall for m in row.runs]
        pages = row.median("pages")
        files = row.median("files")
        scenario = row.scenario + (f" ({row.note})" if row.note else "")
        if len(row.runs) < args.runs:
            scenario += f" [{len(row.runs)} of {args.runs} runs" + (f"; then {row.failure}" if row.failure else "") + "]"
        lines.append("| " + " | ".join([
            f"{row.size:,}", row.engine, scenario, fmt(wall), f"{min(walls):.2f}–{max(walls):.2f}",
            fmt(row.median("cpu")), fmt(row.median("rss_mb"), 0),
            fmt(pages, 0), fmt(files, 0), fmt(pages / wall if pages and wall else None, 0),
            *[fmt(row.stage(s)) for s in STAGES]]) + " |")
    ratios = []
    for size in sorted({row.size for row in rows}):
        base = next((r for r in rows if r.size == size and r.engine == "bantin" and r.scenario.startswith("full") and r.runs), None)
        for other in rows:
            if other.size == size and other.engine != "bantin" and other.runs and base:
                ratios.append((size, other.engine, base, other))
    if ratios:
        lines.append("")
        lines.append("Ratios, full bakes (below 1: bantin is faster or smaller):")
        lines.append("")
        lines.append("| articles | bantin / … | wall | CPU | peak RSS | pages/s (… / bantin) |")
        lines.append("|---:|---|---:|---:|---:|---:|")
        for size, engine, base, other in ratios:
            def ratio(attr):
                a, b = base.median(attr), other.median(attr)
                return f"{a / b:.2f}" if a and b else "–"
            bp = base.median("pages") / base.median("wall")
            op = other.median("pages") / other.median("wall")
            lines.append(f"| {size:,} | {engine} | {ratio('wall')} | {ratio('cpu')} | {ratio('rss_mb')} | {op / bp:.2f} |")
        rounds = [(size, engine, base, other) for size, engine, base, other in ratios
                  if len(base.runs) == len(other.runs) > 1]
        if rounds:
            # The medians can come from different rounds; within a round the two bakes ran a minute apart
            # at most, so the machine's swings, which move both, cancel out of each round's ratio.
            lines.append("")
            lines.append("Round by round (each round bakes bantin and then the others within a minute or two; "
                         "below 1: bantin was faster in that round):")
            lines.append("")
            lines.append("| articles | bantin / … | wall, each round | CPU, each round | bantin faster |")
            lines.append("|---:|---|---|---|---:|")
            for size, engine, base, other in rounds:
                walls = [b.wall / o.wall for b, o in zip(base.runs, other.runs)]
                cpus = [b.cpu / o.cpu for b, o in zip(base.runs, other.runs)]
                faster = sum(1 for w in walls if w < 1)
                lines.append(f"| {size:,} | {engine} | {', '.join(f'{w:.2f}' for w in walls)} | "
                             f"{', '.join(f'{c:.2f}' for c in cpus)} | {faster} of {len(walls)} rounds |")
    lines.append("")
    for size, text in searches:
        lines.append(f"Search index of bantin's output, {size:,} articles (bench/SearchReport.java: bytes a query "
                     "downloads on a freshly opened search page, manifest and the shards of its first 10 results "
                     "included; gzipped as a compressing host would send them):")
        lines.append("")
        lines.append(text)
        lines.append("")
    return "\n".join(lines)


def results_file(started, host):
    folder = BENCH / "results"
    folder.mkdir(parents=True, exist_ok=True)
    name = f"{started:%Y-%m-%d}-{host}"
    path = folder / f"{name}.md"
    n = 2
    while path.exists():
        path = folder / f"{name}-{n}.md"
        n += 1
    return path


# ---------------------------------------------------------------------------------------------
def main():
    parser = argparse.ArgumentParser(prog="bench/run.sh", description=(
        "bantin's benchmark: generates deterministic corpora of N articles, bakes each several times in "
        "fresh JVMs (and with Hugo when installed), and writes a Markdown table to bench/results/."))
    parser.add_argument("sizes", nargs="*", type=int, default=[1000, 10000, 50000],
                        help="articles per corpus (default: 1000 10000 50000)")
    parser.add_argument("--runs", type=int, default=3, help="bakes per measurement, median reported (default 3)")
    parser.add_argument("--install", action="store_true",
                        help="apt-get install -y hugo (and time) when missing; never done without this flag")
    parser.add_argument("--no-hugo", action="store_true", help="do not bake with Hugo even when it is installed")
    parser.add_argument("--jbake", action="store_true",
                        help="also bake with JBake 2.7.0 (jars from Maven Central) for sizes up to --jbake-max")
    parser.add_argument("--jbake-max", type=int, default=2000,
                        help="largest corpus given to JBake, whose bake time grows quadratically (default 2000)")
    parser.add_argument("--no-rebuild", action="store_true", help="skip the two rebuild measurements")
    parser.add_argument("--seed", type=int, default=20240321, help="corpus seed (default 20240321)")
    parser.add_argument("--work", type=Path, default=TARGET / "work",
                        help="where the corpora go, and the outputs when --outputs finds no memory file system "
                             "(default bench/target/work)")
    parser.add_argument("--outputs", type=Path, default=default_outputs(),
                        help="where the engines write their sites (default: a folder in /dev/shm when it is a "
                             "memory file system with room, else the --work folder); see bench/README.md")
    parser.add_argument("--keep", action="store_true", help="keep each size's corpus and outputs afterwards")
    parser.add_argument("--java", default="java", help="the java command (default: java on the PATH)")
    parser.add_argument("--java-opts", default="", help="JVM options for bantin's and JBake's bakes, written with '=': --java-opts=-Xmx2g (default none)")
    parser.add_argument("--hugo", default="hugo", help="the hugo command (default: hugo on the PATH)")
    parser.add_argument("--timeout", type=int, default=3600, help="seconds before one bake is killed (default 3600)")
    parser.add_argument("--no-compile", action="store_true", help="use target/classes as it is (no mvn compile)")
    parser.add_argument("--output", type=Path, help="write the report here instead of bench/results/<date>-<host>.md")
    args = parser.parse_args()
    args.javac = str(Path(shutil.which(args.java) or "java").resolve().parent / "javac")
    if args.runs < 1 or any(size < 1 for size in args.sizes):
        parser.error("runs and sizes must be positive")

    started = datetime.datetime.now()
    host = re.sub(r"[^A-Za-z0-9.-]+", "-", socket.gethostname()) or "host"
    TARGET.mkdir(parents=True, exist_ok=True)

    if not Path(TIME).exists():
        if args.install:
            apt_install("time")
        else:
            fail("/usr/bin/time is missing: install Debian's time package (apt-get install time), or run with --install")
    use_hugo = not args.no_hugo
    if use_hugo and shutil.which(args.hugo) is None:
        if args.install:
            apt_install("hugo")
        else:
            log("bench: hugo is not installed: Hugo skipped (bench/run.sh --install installs Debian's hugo)")
            use_hugo = False
    hugo_version = ""
    if use_hugo:
        ok, out = run_quiet([args.hugo, "version"])
        match = re.search(r"v(\d+\.\d+\.\d+)", out)
        hugo_version = match.group(1) if match else "?"

    classpath = prepare_engine(args)
    jbake_classpath = prepare_jbake(args) if args.jbake else None
    cpu, nproc, memory = machine()
    header = {
        "host": host, "cpu": cpu, "nproc": nproc, "memory": memory,
        "os": f"{platform.system()} {platform.release()}",
        "engine": engine_version(), "java": java_version(args.java),
        "hugo": f"Hugo {hugo_version}" if use_hugo else "",
        "argv": sys.argv[1:],
    }
    log(f"bench: {cpu}, nproc {nproc}, {memory}; bantin {header['engine']}; {header['java']}"
        + (f"; Hugo {hugo_version}" if use_hugo else ""))

    rows = []
    generation = []
    searches = []
    for size in args.sizes:
        folder = args.work / str(size)
        site = folder / "bantin-site"
        hugo_site = folder / "hugo-site"
        log(f"\nbench: {size:,} articles: generating the corpus in {folder}")
        remove(folder)
        folder.mkdir(parents=True)
        command = [args.java, str(BENCH / "CorpusGenerator.java"), str(size), str(site), "--repo", str(REPO),
                   "--seed", str(args.seed)]
        if use_hugo:
            command += ["--hugo", str(hugo_site)]
        if jbake_classpath and size <= args.jbake_max:
            command += ["--jbake", str(folder / "jbake-site")]
        start = time.perf_counter()
        ok, out = run_quiet(command)
        if not ok:
            log(out[-4000:])
            fail("corpus generation failed")
        generation.append((size, time.perf_counter() - start))
        log("  " + out.strip().splitlines()[-1])
        if use_hugo:
            shutil.copytree(BENCH / "hugo-layouts", hugo_site / "layouts")
        if jbake_classpath and size <= args.jbake_max:
            shutil.copytree(BENCH / "jbake" / "templates", folder / "jbake-site" / "templates")

        outputs = (args.outputs / str(size)) if args.outputs else folder
        outputs.mkdir(parents=True, exist_ok=True)
        rows += measure_size(args, size, folder, outputs, classpath, hugo_version if use_hugo else "",
                             jbake_classpath if size <= args.jbake_max else None)
        search = search_report(args, classpath, outputs / "bantin-output")
        if search:
            log(search)
            searches.append((size, search))
        if not args.keep:
            remove(folder)
            remove(outputs)

    if args.outputs and not args.keep:
        try:
            args.outputs.rmdir()  # the per-size folders are gone; a folder the caller named is kept if not empty
        except OSError:
            pass
    text = report(args, rows, generation, started, header, searches)
    path = args.output or results_file(started, host)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    log("\n" + text)
    log(f"bench: report written to {path}")


if __name__ == "__main__":
    main()
