#!/usr/bin/env python3
"""Writes labels.json and claims.jsonl for the dbhost domain (Basalt DB)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
T, M, H, J = "quick-answers.txt", "plans-and-limits.md", "faq.html", "support-kb-export.json"

def side(f, q): return {"file": f, "quote": q}

conflicts = [
 # list
 ("list", "The quick answers offer North Virginia, Oregon, Frankfurt and Singapore, while the knowledge base says Basalt DB runs in three regions only: N. Virginia, Oregon and Frankfurt.",
  "regions a database can be deployed in", side(T, "You can launch a cluster in North Virginia, Oregon, Frankfurt or Singapore"), side(J, "Basalt DB runs in three regions only: N. Virginia, Oregon and Frankfurt")),
 ("list", "The limits page supports PostgreSQL 14, 15 and 16, while the FAQ supports Postgres 13, 14, 15 and 16.",
  "supported PostgreSQL major versions", side(M, "Supported PostgreSQL major versions are 14, 15 and 16"), side(H, "We currently support Postgres 13, 14, 15 and 16")),
 ("list", "The knowledge base allows sign-in with a password, an IAM token or a client certificate, while the FAQ allows only a password or a client certificate.",
  "database authentication methods", side(J, "sign in to the database with a password, an IAM token or a client certificate"), side(H, "Connections authenticate with a password or a client certificate")),
 # polarity
 ("polarity", "The quick answers say free Hobby databases are not backed up, while the knowledge base says daily backups are taken on every plan including the free tier.",
  "backups of free Hobby databases", side(T, "Free Hobby databases are not backed up"), side(J, "Daily backups are taken on every plan, including the free tier")),
 ("polarity", "The limits page says superuser access is not available on any plan, while the knowledge base gives the Pro admin user the SUPERUSER attribute.",
  "superuser access", side(M, "Superuser access is not available on any plan"), side(J, "On Pro, your admin user has the SUPERUSER attribute")),
 ("polarity", "The FAQ says moving to a bigger plan happens without downtime, while the knowledge base says changing plans restarts the database with a short outage.",
  "downtime when changing plans", side(H, "Resizing a database to a bigger plan happens without downtime"), side(J, "Changing plans restarts the database, so expect a short outage")),
 # numeric
 ("numeric", "The quick answers allow up to 25 concurrent connections on Starter, while the limits page puts the Starter connection cap at 40.",
  "Starter connection limit", side(T, "Starter databases accept up to 25 concurrent connections"), side(M, "The connection cap on the Starter tier is 40")),
 ("numeric", "The limits page keeps Standard backups for 14 days, while the knowledge base holds Standard snapshots for 7 days.",
  "Standard backup retention", side(M, "Standard plan backups are kept for 14 days"), side(J, "On Standard, we hold onto daily snapshots for 7 days")),
 ("numeric", "The FAQ bills additional storage at $0.25 per GB per month, while the quick answers charge $0.20/GB-month for extra disk.",
  "price of extra storage", side(H, "Additional storage is billed at $0.25 per GB per month"), side(T, "Extra disk beyond your plan's included storage costs $0.20/GB-month")),
 ("numeric", "The limits page says HA failover typically completes in under 30 seconds, while the knowledge base says it usually takes around 2 minutes.",
  "typical failover time", side(M, "Automatic failover on HA clusters typically completes in under 30 seconds"), side(J, "A high-availability failover usually takes around 2 minutes")),
 # arithmetic
 ("arithmetic", "120 connections over 4 app servers is 30 each, not 40.",
  "connections per app server on Standard", side(T, "the 120 connections can be shared across 4 app servers"), side(T, "which gives each server 40 connections")),
 ("arithmetic", "$200 + 2 x $100 is $400 a month, not $350.",
  "monthly cost of Pro with two read replicas", side(H, "A Pro database at $200 a month plus 2 read replicas at $100 each"), side(H, "comes to $350 a month before storage and egress")),
 ("arithmetic", "130 GB used with 100 GB included is 30 GB of extra storage, not 20 GB.",
  "extra storage billed on Standard", side(J, "Standard includes 100 GB of storage, so a database using 130 GB"), side(J, "is billed for 20 GB of extra storage")),
 # stale
 ("stale", "A 2022 answer prices the Standard plan at $40 per month, while a 2025 answer gives $50/month.",
  "Standard plan monthly price", side(J, "(2022) The Standard plan is $40 per month"), side(H, "As of 2025, Standard costs $50/month")),
 ("stale", "A 2023 note makes PostgreSQL 15 the default for new databases, while an answer dated 2024 makes Postgres 16 the default for new clusters.",
  "default PostgreSQL version for new databases", side(M, "(2023) New databases are created on PostgreSQL 15 by default"), side(T, "Since 2024, new clusters default to Postgres 16")),
 ("stale", "A 2022 note makes the first 50 GB of outbound transfer free each month, while a 2025 answer includes 100 GB of free egress per month.",
  "free monthly egress allowance", side(M, "(2022) The first 50 GB of outbound transfer each month is free"), side(H, "As of 2025, each database includes 100 GB of free egress per month")),
]

traps = [
 ("Different tier: Starter backups are kept 7 days, Pro backups 30 days.",
  side(T, "Starter backups are retained for 7 days"), side(M, "Pro keeps point-in-time backups for 30 days")),
 ("Different region: egress is $0.09 per GB in the North American regions and $0.11 per GB in Frankfurt.",
  side(M, "costs $0.09 per GB in the North American regions"), side(J, "In Frankfurt, egress over the allowance is charged at $0.11 per GB")),
 ("Different condition: 1,000 client connections is the limit through the pooler, 120 the limit for direct connections.",
  side(J, "With the built-in pooler enabled, a Standard database accepts up to 1,000"), side(M, "Direct connections on Standard are limited to 120")),
 ("Similarly named products: db.m2 has 4 GB of memory, db.m2x has 8 GB.",
  side(M, "The db.m2 instance gives you 2 vCPUs and 4 GB of memory"), side(H, "The db.m2x pairs 2 vCPUs with 8 GB of memory")),
 ("Same value in other units: 7 days is 168 hours.",
  side(T, "Idle Hobby databases are paused after 7 days without connections"), side(J, "A Hobby database that has had no connections for 168 hours")),
 ("Correct computation: 100 connections x 4 vCPUs = 400.",
  side(M, "Pro allows 100 connections per vCPU"), side(M, "so a 4-vCPU Pro instance tops out at 400 connections")),
 ("Correct percentage: 12 x $200 = $2,400, and 15% off is $2,040.",
  side(H, "Paying yearly takes 15% off"), side(H, "a $200 Pro plan costs $2,040 a year instead of $2,400")),
 ("The typical 30-minute restore lies inside the 20 to 40 minute range.",
  side(J, "Restoring a 100 GB backup takes 20 to 40 minutes"), side(T, "A restore of a 100 GB database takes around 30 minutes")),
 ("30 seconds is a hedged example during a bulk import, not the usual lag.",
  side(H, "Replication lag on read replicas is usually under 1 second"), side(J, "For example, during a large bulk import, a replica might fall 30 seconds behind")),
 ("The $12 Starter price is explicitly the pre-2024 price; $15 is current.",
  side(H, "The Starter plan used to cost $12 a month before the 2024 price change"), side(T, "Starter is $15 per month per database")),
 ("'Up to 2 hours' is a maximum for very large databases; most snapshots finish in about 10 minutes.",
  side(J, "Snapshots can take up to 2 hours for very large databases"), side(T, "Most daily snapshots complete in about 10 minutes")),
 ("The extensions list is open ('include'), so TimescaleDB on request is consistent.",
  side(M, "Supported extensions include PostGIS, pgvector and pg_trgm"), side(J, "You can also enable TimescaleDB on request by contacting support")),
 ("The same read-replica rule stated in both directions.",
  side(T, "Only Pro databases can have read replicas"), side(H, "Read replicas are not available on the Hobby, Starter or Standard plans")),
 ("Different condition: a first reply within 1 hour in business hours, within 4 hours outside them.",
  side(H, "During business hours, Pro support tickets get a first reply within 1 hour"), side(J, "Outside business hours, Pro tickets are answered within 4 hours")),
 ("Different tier: the Hobby tier is capped at 1 GB, Starter at 10 GB.",
  side(T, "The Hobby tier is capped at 1 GB of data"), side(M, "Starter databases can store up to 10 GB before you need to add disk")),
]

DOMAIN = ("Basalt DB, a fictional managed PostgreSQL (and MySQL) hosting product from Basalt Cloud, Inc. (US dollars): "
          "plans and prices, storage and connection limits, backups and restores, regions, supported versions, "
          "failover and read replicas, egress and storage pricing per GB, support response times and maintenance windows.")
labels = {"domain": DOMAIN, "conflicts": [], "traps": []}
for i, (k, what, subj, a, b) in enumerate(conflicts, 1):
    labels["conflicts"].append({"id": f"c{i}", "kind": k, "what": what, "subject": subj, "sides": [a, b]})
for i, (why, a, b) in enumerate(traps, 1):
    labels["traps"].append({"id": f"t{i}", "why_not": why, "sides": [a, b]})
with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
    json.dump(labels, fh, indent=1, ensure_ascii=False)
    fh.write("\n")

# ---- claims: every numeric claim in the listed answers
C = []
def cl(f, aq, sq, surface, low, high, unit, comp, subject, metric, mclass, hedged=False):
    C.append({"file": f, "answer_quote": aq, "sentence_quote": sq, "surface": surface, "low": low, "high": high,
              "unit": unit, "comparator": comp, "subject": subject, "metric": metric, "metric_class": mclass, "hedged": hedged})

# quick answers (9 answers)
aq = "Starter databases accept up to 25 concurrent connections"
cl(T, aq, "Starter databases accept up to 25 concurrent connections", "up to 25 concurrent connections", None, 25, "connections", "<=", "Starter database", "connection limit", "limit")

aq = "Extra disk beyond your plan's included storage"
cl(T, aq, "Extra disk beyond your plan's included storage costs $0.20/GB-month, metered hourly", "$0.20/GB-month", 0.2, 0.2, "USD/GB-month", "=", "extra storage", "price per GB per month", "price")

aq = "On Standard, the 120 connections can be shared"
sq = "On Standard, the 120 connections can be shared across 4 app servers, which gives each server 40 connections"
cl(T, aq, sq, "120 connections", 120, 120, "connections", "=", "Standard database", "connection limit", "limit")
cl(T, aq, sq, "4 app servers", 4, 4, "servers", "=", "example application", "number of app servers", "count")
cl(T, aq, sq, "40 connections", 40, 40, "connections", "=", "each app server on Standard", "connections per server", "count")

aq = "Starter backups are retained for 7 days"
cl(T, aq, "Starter backups are retained for 7 days and are taken nightly", "7 days", 7, 7, "day", "=", "Starter backups", "retention", "duration")

aq = "Starter is $15 per month per database"
cl(T, aq, "Starter is $15 per month per database, billed at the end of each month", "$15 per month", 15, 15, "USD/month", "=", "Starter plan", "monthly price", "price")

aq = "A restore of a 100 GB database takes around 30 minutes"
sq = "A restore of a 100 GB database takes around 30 minutes, depending on how many indexes need rebuilding"
cl(T, aq, sq, "100 GB", 100, 100, "GB", "=", "restored database", "size", "other")
cl(T, aq, sq, "around 30 minutes", 30, 30, "minute", "~", "restore of a 100 GB database", "restore time", "duration")

aq = "Most daily snapshots complete in about 10 minutes"
cl(T, aq, "Most daily snapshots complete in about 10 minutes and don't lock your tables", "about 10 minutes", 10, 10, "minute", "~", "daily snapshot", "time to complete", "duration")

aq = "Idle Hobby databases are paused after 7 days"
cl(T, aq, "Idle Hobby databases are paused after 7 days without connections and wake up on the next login", "7 days", 7, 7, "day", "=", "idle Hobby database", "inactivity before pausing", "duration")

aq = "The Hobby tier is capped at 1 GB of data"
cl(T, aq, "The Hobby tier is capped at 1 GB of data, and writes are blocked once you reach it", "capped at 1 GB", None, 1, "GB", "<=", "Hobby database", "storage limit", "limit")

# limits page (10 answers)
aq = "The connection cap on the Starter tier is 40"
cl(M, aq, "The connection cap on the Starter tier is 40, and connections opened by the web console count towards it", "40", None, 40, "connections", "<=", "Starter database", "connection limit", "limit")

aq = "Standard plan backups are kept for 14 days"
cl(M, aq, "Standard plan backups are kept for 14 days, and any of them can be restored into a new database", "14 days", 14, 14, "day", "=", "Standard backups", "retention", "duration")

aq = "Automatic failover on HA clusters typically completes"
cl(M, aq, "Automatic failover on HA clusters typically completes in under 30 seconds", "under 30 seconds", None, 30, "second", "<", "HA cluster", "failover time", "duration")

aq = "Direct connections on Standard are limited to 120"
cl(M, aq, "Direct connections on Standard are limited to 120, including the ones used by replication", "limited to 120", None, 120, "connections", "<=", "Standard database", "direct connection limit", "limit")

aq = "Pro keeps point-in-time backups for 30 days"
cl(M, aq, "Pro keeps point-in-time backups for 30 days, so you can restore to any second in that period", "30 days", 30, 30, "day", "=", "Pro backups", "retention", "duration")

aq = "The db.m2 instance gives you 2 vCPUs"
sq = "The db.m2 instance gives you 2 vCPUs and 4 GB of memory, which is enough for most small production apps"
cl(M, aq, sq, "2 vCPUs", 2, 2, "vCPU", "=", "db.m2 instance", "vCPU count", "count")
cl(M, aq, sq, "4 GB of memory", 4, 4, "GB", "=", "db.m2 instance", "memory", "other")

aq = "Outbound transfer beyond the free allowance costs $0.09"
cl(M, aq, "Outbound transfer beyond the free allowance costs $0.09 per GB in the North American regions", "$0.09 per GB", 0.09, 0.09, "USD/GB", "=", "egress in North American regions", "price per GB", "price")

aq = "Pro allows 100 connections per vCPU"
sq = "Pro allows 100 connections per vCPU, so a 4-vCPU Pro instance tops out at 400 connections"
cl(M, aq, sq, "100 connections per vCPU", 100, 100, "connections/vCPU", "=", "Pro database", "connections per vCPU", "limit")
cl(M, aq, sq, "4-vCPU", 4, 4, "vCPU", "=", "Pro instance", "vCPU count", "count")
cl(M, aq, sq, "400 connections", None, 400, "connections", "<=", "4-vCPU Pro instance", "connection limit", "limit")

aq = "Starter databases can store up to 10 GB"
cl(M, aq, "Starter databases can store up to 10 GB before you need to add disk", "up to 10 GB", None, 10, "GB", "<=", "Starter database", "storage limit", "limit")

aq = "(2022) The first 50 GB of outbound transfer"
cl(M, aq, "(2022) The first 50 GB of outbound transfer each month is free", "50 GB", 50, 50, "GB/month", "=", "outbound transfer", "free monthly allowance", "limit")

# FAQ page (10 answers)
aq = "Additional storage is billed at $0.25 per GB per month"
sq = "Additional storage is billed at $0.25 per GB per month on every paid plan, added in 10 GB steps"
cl(H, aq, sq, "$0.25 per GB per month", 0.25, 0.25, "USD/GB-month", "=", "additional storage", "price per GB per month", "price")
cl(H, aq, sq, "10 GB steps", 10, 10, "GB", "=", "additional storage", "billing increment", "other")

aq = "A Pro database at $200 a month plus 2 read replicas"
sq = "A Pro database at $200 a month plus 2 read replicas at $100 each comes to $350 a month before storage and egress"
cl(H, aq, sq, "$200 a month", 200, 200, "USD/month", "=", "Pro plan", "monthly price", "price")
cl(H, aq, sq, "2 read replicas", 2, 2, "replicas", "=", "example Pro setup", "number of read replicas", "count")
cl(H, aq, sq, "$100 each", 100, 100, "USD/month", "=", "read replica", "monthly price", "price")
cl(H, aq, sq, "$350 a month", 350, 350, "USD/month", "=", "Pro with two read replicas", "monthly total", "price")

aq = "As of 2025, Standard costs $50/month"
sq = "As of 2025, Standard costs $50/month with 100 GB of storage included"
cl(H, aq, sq, "$50/month", 50, 50, "USD/month", "=", "Standard plan", "monthly price", "price")
cl(H, aq, sq, "100 GB of storage", 100, 100, "GB", "=", "Standard plan", "included storage", "limit")

aq = "Yes. Paying yearly takes 15% off"
sq = "Paying yearly takes 15% off, so a $200 Pro plan costs $2,040 a year instead of $2,400"
cl(H, aq, sq, "15%", 15, 15, "%", "=", "annual billing", "discount", "percentage")
cl(H, aq, sq, "$200", 200, 200, "USD/month", "=", "Pro plan", "monthly price", "price")
cl(H, aq, sq, "$2,040 a year", 2040, 2040, "USD/year", "=", "Pro plan billed yearly", "yearly price", "price")
cl(H, aq, sq, "$2,400", 2400, 2400, "USD/year", "=", "Pro plan billed monthly", "yearly total", "price")

aq = "Replication lag on read replicas is usually under 1 second"
cl(H, aq, "Replication lag on read replicas is usually under 1 second", "under 1 second", None, 1, "second", "<", "read replica", "replication lag", "duration")

aq = "During business hours, Pro support tickets"
cl(H, aq, "During business hours, Pro support tickets get a first reply within 1 hour", "within 1 hour", None, 1, "hour", "<=", "Pro support ticket in business hours", "first reply time", "duration")

aq = "The db.m2x pairs 2 vCPUs with 8 GB of memory"
sq = "The db.m2x pairs 2 vCPUs with 8 GB of memory for cache-heavy workloads"
cl(H, aq, sq, "2 vCPUs", 2, 2, "vCPU", "=", "db.m2x instance", "vCPU count", "count")
cl(H, aq, sq, "8 GB of memory", 8, 8, "GB", "=", "db.m2x instance", "memory", "other")

aq = "Maintenance happens in a weekly one-hour window."
cl(H, aq, "Maintenance happens in a weekly one-hour window", "one-hour window", 1, 1, "hour", "=", "weekly maintenance window", "length", "duration")
cl(H, aq, "we email you 48 hours before any planned restart", "48 hours", 48, 48, "hour", "=", "planned restart", "advance notice", "duration")

aq = "As of 2025, each database includes 100 GB of free egress"
cl(H, aq, "As of 2025, each database includes 100 GB of free egress per month", "100 GB of free egress per month", 100, 100, "GB/month", "=", "outbound transfer", "free monthly allowance", "limit")

aq = "The Starter plan used to cost $12 a month"
cl(H, aq, "The Starter plan used to cost $12 a month before the 2024 price change", "$12 a month", 12, 12, "USD/month", "=", "Starter plan before 2024", "monthly price", "price")

# knowledge base export (12 answers)
aq = "Basalt DB runs in three regions only"
cl(J, aq, "Basalt DB runs in three regions only: N. Virginia, Oregon and Frankfurt", "three regions", 3, 3, "regions", "=", "Basalt DB", "number of regions", "count")

aq = "On Standard, we hold onto daily snapshots for 7 days"
cl(J, aq, "On Standard, we hold onto daily snapshots for 7 days before they are deleted", "7 days", 7, 7, "day", "=", "Standard snapshots", "retention", "duration")

aq = "A high-availability failover usually takes around 2 minutes"
cl(J, aq, "A high-availability failover usually takes around 2 minutes from the moment the primary stops responding", "around 2 minutes", 2, 2, "minute", "~", "high-availability failover", "failover time", "duration")

aq = "Standard includes 100 GB of storage"
sq = "Standard includes 100 GB of storage, so a database using 130 GB is billed for 20 GB of extra storage"
cl(J, aq, sq, "100 GB", 100, 100, "GB", "=", "Standard plan", "included storage", "limit")
cl(J, aq, sq, "130 GB", 130, 130, "GB", "=", "example Standard database", "storage used", "other")
cl(J, aq, sq, "20 GB", 20, 20, "GB", "=", "example Standard database", "extra storage billed", "other")

aq = "With the built-in pooler enabled"
cl(J, aq, "With the built-in pooler enabled, a Standard database accepts up to 1,000 client connections", "up to 1,000 client connections", None, 1000, "connections", "<=", "Standard database through the pooler", "client connection limit", "limit")

aq = "(2022) The Standard plan is $40 per month"
cl(J, aq, "(2022) The Standard plan is $40 per month, billed monthly in arrears", "$40 per month", 40, 40, "USD/month", "=", "Standard plan", "monthly price", "price")

aq = "No. In Frankfurt, egress over the allowance"
cl(J, aq, "In Frankfurt, egress over the allowance is charged at $0.11 per GB", "$0.11 per GB", 0.11, 0.11, "USD/GB", "=", "egress in Frankfurt", "price per GB", "price")

aq = "A Hobby database that has had no connections for 168 hours"
cl(J, aq, "A Hobby database that has had no connections for 168 hours is put to sleep", "168 hours", 168, 168, "hour", "=", "idle Hobby database", "inactivity before pausing", "duration")

aq = "Restoring a 100 GB backup takes 20 to 40 minutes."
sq = "Restoring a 100 GB backup takes 20 to 40 minutes"
cl(J, aq, sq, "100 GB", 100, 100, "GB", "=", "restored backup", "size", "other")
cl(J, aq, sq, "20 to 40 minutes", 20, 40, "minute", "=", "restore of a 100 GB backup", "restore time", "duration")

aq = "Yes, briefly. For example"
cl(J, aq, "For example, during a large bulk import, a replica might fall 30 seconds behind the primary", "30 seconds", 30, 30, "second", "=", "read replica during a bulk import", "replication lag", "duration", True)

aq = "Snapshots can take up to 2 hours"
cl(J, aq, "Snapshots can take up to 2 hours for very large databases, and your database stays fully available meanwhile", "up to 2 hours", None, 2, "hour", "<=", "snapshot of a very large database", "time to complete", "duration")

aq = "Outside business hours, Pro tickets are answered within 4 hours"
cl(J, aq, "Outside business hours, Pro tickets are answered within 4 hours, including weekends", "within 4 hours", None, 4, "hour", "<=", "Pro support ticket outside business hours", "reply time", "duration")

with open(os.path.join(HERE, "claims.jsonl"), "w", encoding="utf-8") as fh:
    for c in C:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print(f"wrote {len(labels['conflicts'])} conflicts, {len(labels['traps'])} traps, {len(C)} claims")
