"""Writes queries.jsonl. Each answer is given as (page key, heading prefix) and resolved against the
real headings (headings.py), so every `question` string is exact; a prefix must match one heading."""
import json, pathlib
from headings import headings

HERE = pathlib.Path(__file__).resolve().parent
P = {"C": "python-celery-doc/faq.html", "L": "python-lxml-doc/FAQ.html", "S": "slurm-wlm-doc/faq.html"}
HEADS = {k: [h for _, h in headings(p)] for k, p in P.items()}

def ans(key, prefix):
    hits = [h for h in HEADS[key] if h.startswith(prefix)]
    assert len(hits) == 1, (key, prefix, hits)
    return {"page": P[key], "question": hits[0]}

Q = [  # (kind, query, [(page, heading prefix), ...], note)
    # own: 2-5 words in the page's own wording
    ("own", "purge all waiting tasks", [("C", "How do I purge all waiting tasks"), ("C", "I\u2019ve purged messages")],
     "the second explains why messages stay after a purge and says how to properly purge the queue of waiting tasks"),
    ("own", "periodic task won't run", [("C", "Why won\u2019t my periodic task run"), ("C", "Why won\u2019t my Task run")],
     "the periodic-task entry only says: See Why won't my Task run?"),
    ("own", "MySQL deadlock errors", [("C", "MySQL is throwing deadlock errors")], None),
    ("own", "cancel execution of a task", [("C", "Can I cancel the execution of a task")], None),
    ("own", "disable prefetching of tasks", [("C", "Can I disable prefetching")], None),
    ("own", "celery task priorities", [("C", "Does Celery support task priorities")], None),
    ("own", "run celery worker as root", [("C", "Is it safe to run celery worker as root")], None),
    ("own", "pretty_print option reformat output", [("L", "Why doesn't the pretty_print option")], None),
    ("own", "lxml vulnerable to XML bombs", [("L", "Is lxml vulnerable to XML bombs"), ("L", "How do I use lxml safely as a web-service")],
     "the XML-bombs entry ends with 'Also see the next question', which covers entity expansion and compression bombs"),
    ("own", "sort the attributes", [("L", "How can I sort the attributes")], None),
    ("own", "default namespace for XPath", [("L", "How can I specify a default namespace for XPath")], None),
    ("own", "missing UCS4 symbols", [("L", "Why do I get errors about missing UCS4")], None),
    ("own", "reuse XSLT stylesheets in threads", [("L", "Why can't I reuse XSLT stylesheets")], None),
    ("own", "output null characters", [("L", "How do I output null characters")], None),
    ("own", "job in COMPLETING state", [("S", "Why is my job/node in a COMPLETING state")], None),
    ("own", "resource limits not propagated", [("S", "Why are my resource limits not propagated")], None),
    ("own", "locked memory limit too low", [("S", "Why is my MPI job failing due to the locked memory")], None),
    ("own", "shell prompts interactive mode", [("S", "How can I get shell prompts")], None),
    ("own", "Too many open files", [("S", "What causes the error \"Unable to accept new connection: Too many")], None),
    ("own", "remove nodes from Slurm", [("S", "What process should I follow to remove nodes")], None),
    ("own", "squeue output color coded", [("S", "Can squeue output be color coded")], None),
    ("own", "private /tmp for jobs", [("S", "How can I set up a private /tmp")], None),
    # other: the same need in other words
    ("other", "start a job only after the previous one is done", [("C", "Can I run a task once another task has finished")], None),
    ("other", "route certain jobs to particular worker machines", [("C", "Can I send some tasks to only some servers")], None),
    ("other", "use SSL between workers and the message broker", [("C", "Can messages be encrypted")], None),
    ("other", "convert XML document to nested dictionaries", [("L", "How can I map an XML tree into a dict of dicts")], None),
    ("other", "gcc runs out of memory building from source", [("L", "My C compiler crashes on installation")], None),
    ("other", "pause a queued job so it does not start yet", [("S", "How can I temporarily prevent a job from running")], None),
    ("other", "protect daemons from the out-of-memory killer", [("S", "How can I prevent the slurmd and slurmstepd daemons")], None),
    ("other", "no new jobs before planned downtime", [("S", "How can I dry up the workload"), ("S", "How can I stop Slurm from scheduling jobs")],
     "the first says to create a reservation for the maintenance period; the second stops scheduling per partition (State=DOWN)"),
    # typo: one realistic typo in a key word
    ("typo", "IntegrityError duplicate kye", [("C", "I\u2019m having IntegrityError"), ("C", "MySQL is throwing deadlock errors")],
     "the IntegrityError entry only says: See MySQL is throwing deadlock errors, what can I do?"),
    ("typo", "schedule task at specfic time", [("C", "Can I schedule tasks to execute at a specific time")], None),
    ("typo", "modify tree during iteraton", [("L", "How can I modify the tree during iteration")], None),
    ("typo", "requeue a faield job", [("S", "How can a job in a complete or failed state be requeued"), ("S", "How can a job which has exited with a specific exit code")],
     "the second requeues jobs that exit with a given (error) exit code, with scontrol requeuehold"),
    ("typo", "synchronized clcoks on cluster", [("S", "Do I need to maintain synchronized clocks"), ("S", "Why are jobs allocated nodes and then unable")],
     "the second is the symptom of inconsistent clocks (expired credentials) and says to make the times consistent"),
    # question: a full natural question
    ("question", "Can I use Celery without RabbitMQ?", [("C", "Do I have to use AMQP/RabbitMQ")], None),
    ("question", "Is it safe to use lxml from several threads at once?", [("L", "Can I use threads to concurrently access")], None),
    ("question", "Why does parsing a Python str with an XML encoding declaration fail?", [("L", "Why can't lxml parse my XML from unicode strings")], None),
    ("question", "Should I submit my script with sbatch or run it with srun?", [("S", "What is the difference between the sbatch and srun")], None),
    ("question", "How do I find out why my job is still pending in the queue?", [("S", "Why is my job not running"), ("S", "Why is the Slurm backfill scheduler not starting")],
     "the first says to look at State and Reason in scontrol show job; the second covers jobs held back by backfill scheduling"),
]

with open(HERE / "queries.jsonl", "w", encoding="utf-8") as out:
    for i, (kind, query, answers, note) in enumerate(Q, 1):
        row = {"id": f"q{i:02d}", "kind": kind, "query": query, "answers": [ans(k, p) for k, p in answers]}
        if note:
            row["note"] = note
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(Q), "queries written")
