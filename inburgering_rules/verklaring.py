"""/explain: for each requested output, a deterministic explanation a case worker can use.

The outcome, the conditions that decided it in order, the articles with links, the parameter values
used (with reference and provenance), and the facts the answer depended on that the caller did not
give. Dutch by default; English with ``Accept-Language: en``. No language model: templates only.
"""

from __future__ import annotations

from typing import Any

from openfisca_core.indexed_enums import Enum

from . import brief, leesbaarheid, uitleg
from .berekening import json_values, positions, run
from .situatie import Request
from .tijdslimiet import controleer as binnen_de_tijd
from .spoor import describe_parameter_read, trace_budget
from .wetten import titel
from .versie import model_version

WORDS = {
    "nl": {"yes": "ja", "no": "nee", "on": "Op", "for": "voor", "is": "is", "decided": "Dit volgt uit",
           "params": "Gebruikte waarden", "missing": "Niet opgegeven gegevens waarvan de uitkomst afhangt "
           "(de standaardwaarde is gebruikt)", "articles": "Artikelen", "not_checked": "niet meer getoetst",
           "applies": "van toepassing", "plichtig": "is {id} inburgeringsplichtig: geen van de {n} redenen om niet "
           "inburgeringsplichtig te zijn geldt.", "niet_plichtig": "is {id} niet inburgeringsplichtig. Reden: {reden}.",
           "generic": "geldt voor {id}: {label} is {value}.", "none": "geen"},
    "en": {"yes": "yes", "no": "no", "on": "On", "for": "for", "is": "is", "decided": "This follows from",
           "params": "Values used", "missing": "Facts the outcome depends on that were not given (the default was used)",
           "articles": "Articles", "not_checked": "not checked any more", "applies": "applies",
           "plichtig": "{id} is inburgeringsplichtig (obliged to integrate): none of the {n} reasons for exemption applies.",
           "niet_plichtig": "{id} is not inburgeringsplichtig. Reason: {reden}.",
           "generic": "for {id}: {label} is {value}.", "none": "none"},
}


def language(accept_language: str | None) -> str:
    return "en" if (accept_language or "").strip().lower().startswith("en") else "nl"


def _display(variable, value, taal: str) -> str:
    if variable.value_type is bool:
        return WORDS[taal]["yes"] if value else WORDS[taal]["no"]
    if variable.value_type is Enum:
        label = variable.possible_values[value].value
        return f"{value} ({label})"
    if isinstance(value, str) and len(value) == 10 and value[4] == "-":
        return uitleg.datum_tekst(value, taal)
    if variable.value_type is float:
        return f"€ {value:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".") if taal == "nl" else f"€{value:,.2f}"
    return str(value)


def _period_text(key: str, taal: str) -> str:
    if len(key) == 10:
        return uitleg.datum_tekst(key, taal)
    return key


class TraceIndex:
    def __init__(self, tbs, simulation):
        self.tbs = tbs
        self.simulation = simulation
        self.nodes = {}
        for tree in simulation.tracer.trees:
            self._index(tree)

    def _index(self, node):
        self.nodes.setdefault(f"{node.name}<{node.period}>", node)
        for child in node.children:
            self._index(child)

    def subtree(self, node):
        seen, stack = [], [node]
        while stack:
            current = stack.pop()
            if any(current is s for s in seen):
                continue
            seen.append(current)
            stack.extend(current.children)
        return seen


def _value_for(trace_index, node, position):
    variable = trace_index.tbs.variables[node.name]
    return json_values(trace_index.simulation, variable, node.value[position : position + 1], offset=position)[0]


def _reden_conditions(value: str, taal: str):
    """Each reason in order of precedence, answered up to the one that decided; later ones unchecked."""
    words = WORDS[taal]
    decided = False
    conditions, facts, parameters = [], [], []
    for number, reden in enumerate(uitleg.REDENEN, 1):
        if decided:
            answer = words["not_checked"]
        else:
            decided = reden.lid.name == value
            answer = words["yes"] if decided else words["no"]
            facts.extend(reden.feiten)
            parameters.extend(reden.parameters)
        conditions.append({
            "order": number,
            "question": reden.vraag if taal == "nl" else reden.question,
            "answer": answer,
            "article": {"title": reden.artikel, "href": reden.artikel_link},
        })
    decisive = next((r for r in uitleg.REDENEN if r.lid.name == value), None)
    return conditions, tuple(dict.fromkeys(facts)), tuple(parameters), decisive


def explain_one(tbs, index: TraceIndex, request: Request, name, period, plural, instance_id, position, taal):
    variable = tbs.variables[name]
    node = index.nodes[f"{name}<{period}>"]
    value = _value_for(index, node, position)
    words = WORDS[taal]
    given = request.inputs.get(plural, {}).get(instance_id, {})
    subtree = index.subtree(node)
    articles = [{"title": titel(link), "href": link} for link in variable.reference or []]

    if name in ("inburgeringsplichtig", "reden_geen_inburgeringsplicht"):
        reden_node = index.nodes[f"reden_geen_inburgeringsplicht<{period}>"]
        reden = _value_for(index, reden_node, position)
        conditions, relevant_facts, relevant_parameters, decisive = _reden_conditions(reden, taal)
        # The articles of the questions actually asked, not every ground the variable knows.
        articles = [c["article"] for c in conditions if c["answer"] != words["not_checked"]]
        if decisive is None:
            outcome = words["plichtig"].format(id=instance_id, n=len(uitleg.REDENEN))
        else:
            reason_label = (
                tbs.variables["reden_geen_inburgeringsplicht"].possible_values[reden].value
                if taal == "nl"
                else decisive.reason
            )
            outcome = words["niet_plichtig"].format(id=instance_id, reden=f"{reason_label} ({decisive.artikel})")
    else:
        conditions = []
        for child in node.children:
            child_variable = tbs.variables[child.name]
            if child_variable.entity.key != variable.entity.key:
                continue
            child_value = _value_for(index, child, position)
            conditions.append({
                "variable": child.name,
                "label": child_variable.label,
                "value": child_value,
                "text": f"{child_variable.label}: {_display(child_variable, child_value, taal)}",
            })
        relevant_facts = relevant_parameters = None
        outcome = words["generic"].format(id=instance_id, label=variable.label, value=_display(variable, value, taal))
    outcome = f"{words['on']} {_period_text(period, taal)} {outcome}"
    articles = list({a["href"]: a for a in articles}.values())

    parameters = {}
    for n in subtree:
        for p in n.parameters:
            if relevant_parameters is not None and not p.name.startswith(relevant_parameters):
                continue
            parameters.setdefault(p.name, {"parameter": p.name, **describe_parameter_read(tbs, p.name, p.period, p.value)})

    missing = []
    for n in subtree:
        input_variable = tbs.variables[n.name]
        if input_variable.formulas or input_variable.entity.key != variable.entity.key or n.name in given:
            continue
        if relevant_facts is not None and n.name not in relevant_facts:
            continue
        if all(m["variable"] != n.name for m in missing):
            missing.append({"variable": n.name, "label": input_variable.label,
                            "default_used": _value_for(index, n, position)})

    reden_waarde = reden if name in ("inburgeringsplichtig", "reden_geen_inburgeringsplicht") else None
    letter = brief.brief(name, value, period, reden_waarde, variable)
    meting = leesbaarheid.meet(letter)

    lines = [outcome, "", f"{words['decided']}:"]
    for c in conditions:
        if "question" in c:
            lines.append(f"  {c['order']}. {c['question']} {c['answer']} — {c['article']['title']} ({c['article']['href']})")
        else:
            lines.append(f"  - {c['text']}")
    if not conditions:
        lines.append(f"  - {words['none']}")
    if parameters:
        lines += ["", f"{words['params']}:"]
        for p in parameters.values():
            refs = "; ".join(r["title"] for r in p.get("reference") or [])
            shown = uitleg.waarde_tekst(p["value"], p.get("unit"), taal)
            lines.append(f"  - {p.get('label') or p['parameter']}: {shown} [{p.get('provenance')}] ({refs})")
    lines += ["", f"{words['articles']}:"] + [f"  - {a['title']}: {a['href']}" for a in articles]
    if missing:
        lines += ["", f"{words['missing']}:"]
        lines += [f"  - {m['variable']} ({m['label']}): {m['default_used']}" for m in missing]
    return {
        "value": value,
        "model_version": model_version(),
        "language": taal,
        "outcome": outcome,
        "conditions": conditions,
        "articles": articles,
        "parameters": list(parameters.values()),
        "missing_inputs": missing,
        "text": "\n".join(lines),
        # Added fields: the outcome as a letter in plain Dutch (B1), its legal basis beside it, and how
        # readable it is (Flesch-Douma; sentence length in words).
        "letter": letter,
        "letter_language": "nl",
        "legal_basis": articles,
        "readability": {"flesch_douma": meting.flesch_douma, "longest_sentence_words": meting.langste_zin,
                        "sentences": meting.zinnen},
    }


def explain(tbs, data: dict[str, Any], request: Request, taal: str, max_values: int | None = None) -> dict[str, Any]:
    simulation, _results = run(tbs, request, trace=True)
    if max_values is not None:
        trace_budget(simulation, max_values)
    index = TraceIndex(tbs, simulation)
    answer = data  # the parsed request body, filled in place as in /calculate
    where = positions(simulation)
    for (name, period), places in request.wanted.items():
        for plural, instance_id, key in places:
            binnen_de_tijd()
            answer[plural][instance_id][name][key] = explain_one(
                tbs, index, request, name, period, plural, instance_id, where[plural][instance_id], taal
            )
    return answer
