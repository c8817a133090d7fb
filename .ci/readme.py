"""README.md is nbs/index.ipynb rendered as Markdown (Quarto, which nbdev_readme uses, cannot be installed here).

python .ci/readme.py          write README.md from nbs/index.ipynb
python .ci/readme.py --check  exit 1 if README.md differs from what index.ipynb says
"""
import json, re, sys
from pathlib import Path

root = Path(__file__).resolve().parent.parent

def render() -> str:
    nb = json.loads((root / "nbs" / "index.ipynb").read_text(encoding="utf-8"))
    parts = []
    for cell in nb["cells"]:
        src = "".join(cell["source"]).strip()
        if not src or src.startswith("#| hide"): continue
        if cell["cell_type"] == "markdown":  # links relative to nbs/ become relative to the repository's root
            parts.append(re.sub(r"\]\((?!https?://|#|/)([^)]+)\)", r"](nbs/\1)", src))
        else:
            parts.append(f"```python\n{src}\n```")
    return "<!-- Generated from nbs/index.ipynb by .ci/readme.py: edit the notebook, then run that script. -->\n\n" \
        + "\n\n".join(parts) + "\n"

if __name__ == "__main__":
    want, readme = render(), root / "README.md"
    if "--check" in sys.argv:
        if readme.read_text(encoding="utf-8") != want:
            sys.exit("README.md differs from nbs/index.ipynb: edit the notebook and run `python .ci/readme.py`.")
        print("README.md matches nbs/index.ipynb")
    else:
        readme.write_text(want, encoding="utf-8"); print("wrote README.md")
