"""Events: who meets whom, where and when, lined up across documents.

``crosscheck.events.claims`` reads event frames (an event word with the participants and the place
its sentence names) from one document; ``crosscheck.events.normalize`` decides which frames of
different documents are one event and gives their claims one subject; ``crosscheck.events.compare``
reports where the documents agree or disagree on an event's participants and place. An event's
dates are time claims (``crosscheck.time.claims``, compared in ``crosscheck.time.compare``). See
``docs/events.md``.
"""
