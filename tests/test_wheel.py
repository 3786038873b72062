"""The package as a user installs it: a wheel in a fresh venv outside the checkout builds and queries the seeds."""

from __future__ import annotations

import site
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

from conftest import KG, ROOT, SEEDS


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    res = subprocess.run(list(args), capture_output=True, text=True, cwd=cwd, timeout=600)
    assert res.returncode == 0, f"{' '.join(args)} exited {res.returncode}: {res.stderr[-2000:]}"
    return res


def test_wheel_installs_and_builds_from_another_folder(tmp_path):
    dist = tmp_path / "dist"
    _run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(dist), str(ROOT),
         cwd=tmp_path)
    wheel = next(dist.glob("inspection_kg-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    for part in ("kg/resources/ontology/inspection-kg.ttl", "kg/resources/queries/inspections.rq",
                 "kg/resources/lexicons/local_authorities.csv"):
        assert part in names, f"{part} is not in the wheel"

    # A fresh venv; the dependencies come from this one's site-packages (no download), the package from the wheel.
    venv = tmp_path / "venv"
    _run(sys.executable, "-m", "venv", str(venv), cwd=tmp_path)
    py = venv / "bin" / "python"
    new_site = Path(_run(str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])",
                         cwd=tmp_path).stdout.strip())
    deps = [p for p in {sysconfig.get_paths()["purelib"], *site.getsitepackages()} if Path(p).is_dir()]
    (new_site / "zz_deps.pth").write_text("\n".join(deps) + "\n")
    _run(str(py), "-m", "pip", "install", "--no-deps", "--no-index", "-q", str(wheel), cwd=tmp_path)

    work = tmp_path / "elsewhere"
    work.mkdir()
    where = _run(str(py), "-c", "import kg; print(kg.__file__)", cwd=work).stdout.strip()
    assert where.startswith(str(venv)), f"kg imported from {where}, not from the installed wheel"
    kg = str(venv / "bin" / "kg")
    _run(kg, "build", str(SEEDS), "--store", "store", "-q", cwd=work)
    out = _run(kg, "query", "inspections", "--store", "store", "--format", "csv", cwd=work).stdout
    assert out.startswith("inspection,inspector,subject,region,visited,published,kind,overall")
    assert "Ofsted" in out and len(out.strip().splitlines()) >= 6, out  # at least the five seed inspections
    # The installed wheel answers exactly as the checkout does.
    here = _run(KG, "build", str(SEEDS), "--store", str(tmp_path / "here"), "-q", cwd=ROOT)
    assert here.returncode == 0
    assert out == _run(KG, "query", "inspections", "--store", str(tmp_path / "here"), "--format", "csv",
                       cwd=ROOT).stdout
    _run(kg, "validate", "--store", "store", cwd=work)
    assert "inspections" in _run(kg, "queries", cwd=work).stdout
