"""DUO's machine-to-machine vocabulary for the inburgeringsketen, mapped onto the rules.

- ``vertaling``: every DUO field and code → which input, and why (the one mapping module);
- ``beoordeling``: decisions and the findings where DUO's registration and the law disagree;
- ``pip_controle``: a PIP checked before it is sent to DUO;
- ``bsn``: the elfproef.

The HTTP routes are in ``api/duo.py``; ``docs/duo.md`` has the examples.
"""
