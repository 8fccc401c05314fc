#!/usr/bin/env python3
"""Writes labels.json and claims.jsonl for the vault domain (Latchbox password manager),
then checks every quote and claim against the corpus files."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
T, M, H, R = "support-macros.txt", "self-hosting-faq.md", "cloud-help-center.html", "release-qa.md"

def side(f, q): return {"file": f, "quote": q}

conflicts = [
 # list
 ("list", "The support replies say the browser extension works in Chrome, Firefox, Edge and Safari, while the help center says the add-on is published for Firefox, Chrome and Edge only.",
  "browsers supported by the Latchbox browser extension", side(T, "The Latchbox browser extension works in Chrome, Firefox, Edge and Safari"), side(H, "Latchbox Link, our browser add-on, is published for Firefox, Chrome and Edge only")),
 ("list", "The self-hosting FAQ exports encrypted JSON, CSV or KeePass XML, while the release Q&A says exports come in CSV and encrypted JSON only.",
  "vault export formats", side(M, "You can export a vault as encrypted JSON, plain CSV or KeePass XML"), side(R, "Exports come in two formats only, CSV and encrypted JSON")),
 ("list", "The help center lists authenticator apps, hardware keys and email codes as two-step login methods, while the release Q&A says the only second factors are TOTP apps and FIDO2 keys.",
  "two-step login methods", side(H, "Two-step login works with authenticator apps (TOTP), hardware security keys and email codes"), side(R, "Supported second factors are TOTP apps and FIDO2 security keys, nothing else")),
 # polarity
 ("polarity", "The self-hosting FAQ says small installs can run on SQLite, while the release Q&A says SQLite isn't a supported database for the server.",
  "SQLite as the Latchbox Server database", side(M, "For small installs you can run the server on SQLite instead of PostgreSQL"), side(R, "SQLite isn't a supported database for Latchbox Server")),
 ("polarity", "The support replies say the mobile app can be unlocked with no signal, while the help center says the iOS and Android apps can't unlock a vault without reaching the service.",
  "unlocking the vault in the mobile apps while offline", side(T, "you can unlock the mobile app with no signal at all"), side(H, "The iOS and Android apps can't unlock a vault without reaching Latchbox Cloud")),
 ("polarity", "The self-hosting FAQ says self-hosted installs support SAML single sign-on, while the help center says single sign-on can't be used on a self-hosted server.",
  "SAML single sign-on on self-hosted servers", side(M, "Self-hosted installs support SAML 2.0 SSO out of the box"), side(H, "Single sign-on can't be used on a self-hosted server")),
 # numeric
 ("numeric", "The support replies allow Cloud attachments up to 100 MB per file, while the help center caps them at 50 MB per file.",
  "maximum attachment size per file on Latchbox Cloud", side(T, "each file you attach to an item can be up to 100 MB"), side(H, "Hosted vaults cap attachments at 50 MB per file")),
 ("numeric", "The help center allows 600 API requests per minute per token, while the support replies allow 300 calls a minute per API key.",
  "Latchbox Cloud API rate limit per token", side(H, "The Latchbox Cloud API accepts up to 600 requests per minute for each token"), side(T, "Each API key on our hosted service may make 300 calls a minute")),
 ("numeric", "The support replies keep deleted items in Trash for 30 days, while the release Q&A keeps them recoverable for 90 days.",
  "retention of deleted items", side(T, "Anything you delete stays in Trash for 30 days"), side(R, "Deleted entries remain recoverable for 90 days")),
 ("numeric", "The help center sets a 5-seat minimum for Teams, while the support replies say the smallest Teams subscription is 3 users.",
  "minimum seats on a Teams plan", side(H, "Teams plans need a minimum of 5 seats"), side(T, "The smallest Teams subscription we sell is 3 users")),
 # arithmetic
 ("arithmetic", "$48 shared by 6 people is $8 per person, not $9.",
  "Family plan price per person", side(H, "Family costs $48 a year and covers up to 6 people"), side(H, "which is $9 per person a year")),
 ("arithmetic", "15% off $2,400 is $2,040, not $2,160.",
  "annual bill after the 15% annual billing saving", side(T, "Annual billing saves 15%, so a $2,400 yearly bill on Teams or Enterprise"), side(T, "comes down to $2,160, paid up front")),
 ("arithmetic", "14 archives of 3 GB each need 42 GB, not 36 GB.",
  "backup space for 14 archives of 3 GB", side(M, "By default it keeps the last 14 archives, and each one is 3 GB"), side(M, "so the backup folder needs 36 GB")),
 # stale
 ("stale", "A 2022 answer gives each major release 12 months of security updates, while a 2025 answer gives 18 months.",
  "security support window for a major version", side(R, "(2022) Each major release receives security updates for 12 months"), side(M, "As of 2025, we patch each major version for 18 months after it ships")),
 ("stale", "A 2021 answer prices Teams at $3 per seat per month, while a 2024 answer gives $4 per user a month.",
  "Teams price per user per month", side(R, "(2021) Teams is priced at $3 per seat per month"), side(H, "As of 2024, Teams costs $4 per user a month")),
 ("stale", "A 2022 answer limits Free accounts to 200 items, while a 2025 answer gives the Free plan up to 500 vault items.",
  "Free plan vault item limit", side(R, "(2022) Free accounts can store up to 200 items"), side(T, "As of 2025, the Free plan holds up to 500 vault items")),
]

traps = [
 ("Different tier: Teams gets 5 GB of file storage per user, Enterprise 20 GB.",
  side(H, "Every Teams account gets 5 GB of encrypted file storage per user"), side(R, "Enterprise includes 20 GB of storage for every user")),
 ("Different platform: the iOS app needs iOS 16, the Android app needs Android 10.",
  side(T, "The iOS app needs iOS 16 or later"), side(R, "The Android app needs Android 10 or later")),
 ("Different size: 2 GB of RAM is for installs of up to 50 users, 8 GB for 500 users or more.",
  side(M, "A small install for up to 50 users runs happily on 2 GB of RAM"), side(M, "Installs with 500 users or more should have at least 8 GB of RAM")),
 ("Different condition: 5 wrong master passwords lock one account for 15 minutes; 10 failed logins from one IP address block that address for 1 hour.",
  side(M, "After 5 wrong master passwords in a row, the account is locked for 15 minutes"), side(R, "10 failed logins from one IP address get that address blocked for 1 hour")),
 ("Similarly named products: Latchbox Cloud has a 99.9% uptime SLA, Latchbox Cloud Dedicated 99.95%.",
  side(H, "Latchbox Cloud carries a 99.9% monthly uptime SLA"), side(R, "Latchbox Cloud Dedicated comes with a 99.95% uptime commitment")),
 ("Same value in other units: 512 MB of RAM is 0.5 GB of memory.",
  side(M, "The lightweight build runs in 512 MB of RAM"), side(R, "Latchbox Lite needs just 0.5 GB of memory")),
 ("Correct computation: $7 x 20 users x 12 months = $1,680.",
  side(H, "Enterprise is $7 per user per month"), side(H, "so 20 users on monthly billing come to $1,680 a year")),
 ("Correct percentage: 25% off $7 is $5.25.",
  side(T, "Registered nonprofits get 25% off any paid plan"), side(T, "an Enterprise seat drops from $7 to $5.25 a month")),
 ("Roughly every 5 months lies inside the 4 to 6 month range.",
  side(M, "We ship a major release every 4 to 6 months"), side(R, "Major versions have landed roughly every 5 months")),
 ("45 minutes is a hedged example on a slow connection ('For example ... might'), not the usual 10 minutes.",
  side(R, "For example, on a slow home connection the first install might take 45 minutes"), side(M, "A fresh install with the Docker Compose file usually takes about 10 minutes")),
 ("The 5-entry password history is explicitly the value before version 3.0; 20 passwords is current.",
  side(R, "Password history used to hold only 5 entries before version 3.0 in 2023"), side(H, "Every saved login remembers its last 20 passwords")),
 ("'Up to 60 seconds' is the maximum under heavy load; most edits appear within 5 seconds.",
  side(H, "it can take up to 60 seconds for a change to reach your other devices"), side(T, "Most edits appear on your other devices within 5 seconds")),
 ("The import list is open ('including'), so a KeePass database import is consistent.",
  side(H, "You can import from other password managers, including 1Password, Bitwarden and LastPass"), side(T, "You can also bring in a KeePass database file")),
 ("The same 12-month Free account inactivity rule stated in both directions.",
  side(T, "If you don't sign in for 12 months, we delete a Free account"), side(H, "Free accounts that sign in at least once every 12 months stay active")),
]

DOMAIN = ("Latchbox, a fictional open-source self-hosted password manager with a paid hosted edition (Latchbox Cloud, USD): "
          "browser extension and mobile apps, export and import formats, two-step login, SSO, attachment and storage limits, "
          "API rate limits, Trash retention, Free, Family, Teams and Enterprise pricing and seat minimums, release and security "
          "support windows, and server hardware requirements (RAM, CPU, disk).")
labels = {"domain": DOMAIN, "conflicts": [], "traps": []}
for i, (k, what, subj, a, b) in enumerate(conflicts, 1):
    labels["conflicts"].append({"id": f"c{i}", "kind": k, "what": what, "subject": subj, "sides": [a, b]})
for i, (why, a, b) in enumerate(traps, 1):
    labels["traps"].append({"id": f"t{i}", "why_not": why, "sides": [a, b]})

# ---- claims: every numeric claim in the listed answers
C = []
def cl(f, aq, sq, surface, low, high, unit, comp, subject, metric, mclass, hedged=False):
    C.append({"file": f, "answer_quote": aq, "sentence_quote": sq, "surface": surface, "low": low, "high": high,
              "unit": unit, "comparator": comp, "subject": subject, "metric": metric, "metric_class": mclass, "hedged": hedged})

# support replies (11 answers)
aq = "On Latchbox Cloud, each file you attach"
cl(T, aq, "On Latchbox Cloud, each file you attach to an item can be up to 100 MB", "up to 100 MB", None, 100, "MB", "<=", "Latchbox Cloud attachment", "maximum size per file", "limit")
aq = "Each API key on our hosted service"
cl(T, aq, "Each API key on our hosted service may make 300 calls a minute", "300 calls a minute", None, 300, "requests/minute", "<=", "Latchbox Cloud API key", "rate limit", "rate")
aq = "Anything you delete stays in Trash"
cl(T, aq, "Anything you delete stays in Trash for 30 days, then it's removed for good and we can't get it back for you", "30 days", 30, 30, "day", "=", "deleted items", "retention in Trash", "duration")
aq = "The smallest Teams subscription we sell"
cl(T, aq, "The smallest Teams subscription we sell is 3 users, and you can add seats from the admin console whenever you need them", "3 users", 3, None, "seats", ">=", "Teams plan", "minimum seats", "limit")
aq = "Annual billing saves 15%"
sq = "Annual billing saves 15%, so a $2,400 yearly bill on Teams or Enterprise comes down to $2,160, paid up front by card or invoice"
cl(T, aq, sq, "15%", 15, 15, "%", "=", "annual billing", "saving on the bill", "percentage")
cl(T, aq, sq, "$2,400 yearly bill", 2400, 2400, "USD/year", "=", "example Teams or Enterprise bill", "price before the saving", "price")
cl(T, aq, sq, "$2,160", 2160, 2160, "USD/year", "=", "example Teams or Enterprise bill paid annually", "price after the saving", "price")
aq = "As of 2025, the Free plan holds up to 500 vault items"
cl(T, aq, "As of 2025, the Free plan holds up to 500 vault items, and there's no cap on how many of your own devices you sign in from", "up to 500 vault items", None, 500, "items", "<=", "Free plan", "vault item limit", "limit")
aq = "Most edits appear on your other devices"
cl(T, aq, "Most edits appear on your other devices within 5 seconds, because the server pushes each change out as soon as it's saved", "within 5 seconds", None, 5, "second", "<=", "sync between devices", "typical time for a change to appear", "duration")
aq = "If you don't sign in for 12 months"
cl(T, aq, "If you don't sign in for 12 months, we delete a Free account along with its vault", "12 months", 12, 12, "month", "=", "Free account", "inactivity before deletion", "duration")
aq = "The iOS app needs iOS 16 or later."
cl(T, aq, "The iOS app needs iOS 16 or later", "iOS 16 or later", 16, None, "version", ">=", "iOS app", "minimum iOS version", "version")
aq = "Invoices are emailed on your billing date"
cl(T, aq, "Invoices are emailed on your billing date each month, and past receipts stay available under Billing for 7 years", "7 years", 7, 7, "year", "=", "past receipts", "retention", "duration")
aq = "Registered nonprofits get 25% off"
sq = "Registered nonprofits get 25% off any paid plan, so an Enterprise seat drops from $7 to $5.25 a month"
cl(T, aq, sq, "25% off", 25, 25, "%", "=", "nonprofit discount", "discount on paid plans", "percentage")
cl(T, aq, sq, "$7", 7, 7, "USD/user/month", "=", "Enterprise seat", "price before the discount", "price")
cl(T, aq, sq, "$5.25 a month", 5.25, 5.25, "USD/user/month", "=", "Enterprise seat for a nonprofit", "price after the discount", "price")

# self-hosting FAQ (10 answers)
aq = "As of 2025, we patch each major version"
cl(M, aq, "As of 2025, we patch each major version for 18 months after it ships", "18 months", 18, 18, "month", "=", "major version", "security support window", "duration")
aq = "A small install for up to 50 users"
cl(M, aq, "A small install for up to 50 users runs happily on 2 GB of RAM", "up to 50 users", None, 50, "users", "<=", "small install", "number of users", "count")
cl(M, aq, "A small install for up to 50 users runs happily on 2 GB of RAM", "2 GB of RAM", 2, None, "GB", ">=", "small install (up to 50 users)", "RAM required", "size")
cl(M, aq, "2 CPU cores (x86-64 or ARM64)", "2 CPU cores", 2, None, "CPU cores", ">=", "small install (up to 50 users)", "CPU cores required", "count")
cl(M, aq, "10 GB of free disk, plus room for attachments and backups", "10 GB of free disk", 10, None, "GB", ">=", "small install (up to 50 users)", "free disk required", "size")
cl(M, aq, "Docker Engine 24 or later with the Compose plugin", "Docker Engine 24 or later", 24, None, "version", ">=", "Docker Engine", "minimum version", "version")
aq = "Installs with 500 users or more"
sq = "Installs with 500 users or more should have at least 8 GB of RAM and 4 CPU cores"
cl(M, aq, sq, "500 users or more", 500, None, "users", ">=", "large install", "number of users", "count")
cl(M, aq, sq, "at least 8 GB of RAM", 8, None, "GB", ">=", "large install (500 users or more)", "RAM required", "size")
cl(M, aq, sq, "4 CPU cores", 4, None, "CPU cores", ">=", "large install (500 users or more)", "CPU cores required", "count")
aq = "Yes, with the Latchbox Lite image."
cl(M, aq, "The lightweight build runs in 512 MB of RAM on a Raspberry Pi 4 and keeps everything in a single container", "512 MB of RAM", 512, None, "MB", ">=", "Latchbox Lite", "RAM required", "size")
aq = "A fresh install with the Docker Compose file"
cl(M, aq, "A fresh install with the Docker Compose file usually takes about 10 minutes, most of it spent pulling images", "about 10 minutes", 10, 10, "minute", "~", "fresh install with Docker Compose", "time to install", "duration")
aq = "Back up once a night by running"
sq = "By default it keeps the last 14 archives, and each one is 3 GB on our 50-user reference install, so the backup folder needs 36 GB"
cl(M, aq, sq, "14 archives", 14, 14, "archives", "=", "nightly backups", "archives kept by default", "count")
cl(M, aq, sq, "3 GB", 3, 3, "GB", "=", "backup archive of the reference install", "archive size", "size")
cl(M, aq, sq, "50-user", 50, 50, "users", "=", "reference install", "number of users", "count")
cl(M, aq, sq, "36 GB", 36, 36, "GB", "=", "backup folder", "space needed for 14 archives", "size")
aq = "After 5 wrong master passwords in a row"
sq = "After 5 wrong master passwords in a row, the account is locked for 15 minutes"
cl(M, aq, sq, "5 wrong master passwords", 5, 5, "attempts", "=", "account lockout", "wrong master passwords before lock", "count")
cl(M, aq, sq, "15 minutes", 15, 15, "minute", "=", "account lockout", "lock duration", "duration")
aq = "We ship a major release every 4 to 6 months"
cl(M, aq, "We ship a major release every 4 to 6 months, with patch releases whenever a fix is ready", "every 4 to 6 months", 4, 6, "month", "=", "major releases", "interval between releases", "duration")
aq = "To upgrade, pull the new images with"
cl(M, aq, "Database migrations run on start-up and normally finish in under 60 seconds, so don't stop the container while they run", "under 60 seconds", None, 60, "second", "<=", "database migrations", "time to finish", "duration")
aq = "Logs are written to stdout"
cl(M, aq, "Log files rotate daily and are kept for 7 days", "7 days", 7, 7, "day", "=", "log files", "retention", "duration")

# help center (10 answers)
aq = "Teams plans need a minimum of 5 seats"
sq = "Teams plans need a minimum of 5 seats, and Enterprise starts at 10"
cl(H, aq, sq, "minimum of 5 seats", 5, None, "seats", ">=", "Teams plan", "minimum seats", "limit")
cl(H, aq, sq, "starts at 10", 10, None, "seats", ">=", "Enterprise plan", "minimum seats", "limit")
cl(H, aq, "Every Teams account gets 5 GB of encrypted file storage per user, pooled across the organization", "5 GB", None, 5, "GB/user", "<=", "Teams plan", "file storage per user", "limit")
aq = "Family costs $48 a year"
sq = "Family costs $48 a year and covers up to 6 people, which is $9 per person a year"
cl(H, aq, sq, "$48 a year", 48, 48, "USD/year", "=", "Family plan", "yearly price", "price")
cl(H, aq, sq, "up to 6 people", None, 6, "people", "<=", "Family plan", "people covered", "limit")
cl(H, aq, sq, "$9 per person a year", 9, 9, "USD/year", "=", "Family plan", "price per person", "price")
aq = "As of 2024, Teams costs $4 per user a month."
cl(H, aq, "As of 2024, Teams costs $4 per user a month", "$4 per user a month", 4, 4, "USD/user/month", "=", "Teams plan", "price per user", "price")
aq = "Enterprise is $7 per user per month"
sq = "Enterprise is $7 per user per month, so 20 users on monthly billing come to $1,680 a year"
cl(H, aq, sq, "$7 per user per month", 7, 7, "USD/user/month", "=", "Enterprise plan", "price per user", "price")
cl(H, aq, sq, "20 users", 20, 20, "users", "=", "Enterprise example", "number of users", "count")
cl(H, aq, sq, "$1,680 a year", 1680, 1680, "USD/year", "=", "Enterprise for 20 users on monthly billing", "yearly cost", "price")
aq = "Free accounts that sign in at least once every 12 months"
cl(H, aq, "Free accounts that sign in at least once every 12 months stay active", "every 12 months", None, 12, "month", "<=", "Free account", "longest gap between sign-ins", "duration")
aq = "Latchbox Cloud carries a 99.9% monthly uptime SLA."
cl(H, aq, "Latchbox Cloud carries a 99.9% monthly uptime SLA", "99.9%", 99.9, None, "%", ">=", "Latchbox Cloud", "monthly uptime SLA", "percentage")
aq = "Usually right away."
cl(H, aq, "When the service is under heavy load, it can take up to 60 seconds for a change to reach your other devices", "up to 60 seconds", None, 60, "second", "<=", "sync under heavy load", "time for a change to appear", "duration")
aq = "Every saved login remembers its last 20 passwords"
cl(H, aq, "Every saved login remembers its last 20 passwords, so you can copy an older one if a change didn't stick", "last 20 passwords", 20, 20, "passwords", "=", "password history", "entries kept per login", "count")
aq = "Hosted vaults cap attachments at 50 MB per file."
cl(H, aq, "Hosted vaults cap attachments at 50 MB per file", "50 MB per file", None, 50, "MB", "<=", "Latchbox Cloud attachment", "maximum size per file", "limit")
aq = "The Latchbox Cloud API accepts up to 600 requests"
cl(H, aq, "The Latchbox Cloud API accepts up to 600 requests per minute for each token", "up to 600 requests per minute", None, 600, "requests/minute", "<=", "Latchbox Cloud API token", "rate limit", "rate")

# release Q&A (10 answers)
aq = "Yes. Latchbox Lite needs just 0.5 GB of memory"
cl(R, aq, "Latchbox Lite needs just 0.5 GB of memory, so it still fits on small single-board computers", "0.5 GB of memory", 0.5, None, "GB", ">=", "Latchbox Lite", "RAM required", "size")
aq = "Not this time. Major versions have landed roughly every 5 months"
cl(R, aq, "Major versions have landed roughly every 5 months since 2.0, and the next one is planned for the summer", "roughly every 5 months", 5, 5, "month", "~", "major releases", "interval between releases", "duration")
aq = "Deleted entries remain recoverable for 90 days"
cl(R, aq, "Deleted entries remain recoverable for 90 days, after which the nightly cleanup job removes them for good", "90 days", 90, 90, "day", "=", "deleted items", "retention in Trash", "duration")
aq = "Yes. Enterprise includes 20 GB of storage for every user"
cl(R, aq, "Enterprise includes 20 GB of storage for every user, and admins can see usage per person in the console", "20 GB", None, 20, "GB/user", "<=", "Enterprise plan", "file storage per user", "limit")
aq = "Latchbox Cloud Dedicated comes with a 99.95% uptime commitment"
cl(R, aq, "Latchbox Cloud Dedicated comes with a 99.95% uptime commitment, measured monthly, and runs in its own isolated environment", "99.95%", 99.95, None, "%", ">=", "Latchbox Cloud Dedicated", "monthly uptime SLA", "percentage")
aq = "Yes. Password history used to hold only 5 entries"
cl(R, aq, "Password history used to hold only 5 entries before version 3.0 in 2023, and this release raised the limit", "5 entries", 5, 5, "passwords", "=", "password history before version 3.0", "entries kept per login", "count")
aq = "As a brute-force guard, 10 failed logins"
sq = "As a brute-force guard, 10 failed logins from one IP address get that address blocked for 1 hour"
cl(R, aq, sq, "10 failed logins", 10, 10, "attempts", "=", "IP address block", "failed logins before block", "count")
cl(R, aq, sq, "1 hour", 1, 1, "hour", "=", "IP address block", "block duration", "duration")
aq = "The Android app needs Android 10 or later."
cl(R, aq, "The Android app needs Android 10 or later", "Android 10 or later", 10, None, "version", ">=", "Android app", "minimum Android version", "version")
aq = "It depends on your connection."
cl(R, aq, "For example, on a slow home connection the first install might take 45 minutes while the images download", "45 minutes", 45, 45, "minute", "=", "first install on a slow home connection", "time to install", "duration", True)
aq = "(2022) Each major release receives security updates"
cl(R, aq, "(2022) Each major release receives security updates for 12 months", "12 months", 12, 12, "month", "=", "major release", "security support window", "duration")
aq = "(2021) Teams is priced at $3 per seat per month"
sq = "(2021) Teams is priced at $3 per seat per month, and new organizations get the first 30 days free"
cl(R, aq, sq, "$3 per seat per month", 3, 3, "USD/user/month", "=", "Teams plan", "price per user", "price")
cl(R, aq, sq, "first 30 days free", 30, 30, "day", "=", "new Teams organization", "free trial", "duration")
aq = "(2022) Free accounts can store up to 200 items"
cl(R, aq, "(2022) Free accounts can store up to 200 items across all folders and collections", "up to 200 items", None, 200, "items", "<=", "Free plan", "vault item limit", "limit")

with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
    json.dump(labels, fh, indent=1, ensure_ascii=False)
    fh.write("\n")
with open(os.path.join(HERE, "claims.jsonl"), "w", encoding="utf-8") as fh:
    for c in C:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")

# ---------------------------------------------------------------- checks
errors = []
def err(msg): errors.append(msg)
raw = {f: open(os.path.join(CORPUS, f), encoding="utf-8").read() for f in (T, M, H, R)}

def strip_tags(s): return re.sub(r"<[^>]+>", "", s)
def norm(s): return re.sub(r"\s+", " ", s).strip()

# answers: (file, start, end) spans in the raw file plus their visible text
answers = []
def add(f, start, end):
    text = raw[f][start:end]
    vis = norm(strip_tags(text)) if f == H else norm(text)
    if f == M: vis = norm(re.sub(r"(?m)^- ", "", text))
    answers.append({"file": f, "start": start, "end": end, "text": vis})
lines = raw[T].split("\n")
assert lines[-1] == "", "txt must end with a newline"
lines = lines[:-1]
if any(not l.strip() for l in lines): err("txt has a blank line")
pos = 0
for i, l in enumerate(lines):
    if 0 < i < len(lines) - 1: add(T, pos, pos + len(l))
    pos += len(l) + 1
heads = [m for m in re.finditer(r"(?m)^### .*\n", raw[M])]
for i, m in enumerate(heads):
    end = heads[i + 1].start() if i + 1 < len(heads) else len(raw[M])
    add(M, m.end(), end)
for m in re.finditer(r"(?m)^\*\*A:\*\* (.*)$", raw[R]):
    add(R, m.start(1), m.end(1))
for m in re.finditer(r"<details[^>]*>\s*<summary>.*?</summary>(.*?)</details>", raw[H], re.S):
    add(H, m.start(1), m.end(1))
if re.search(r"\*\*A:\*\*", raw[M]) or re.search(r"(?m)^#{1,2} ", raw[R]) is None: err("unexpected md layout")
per_file = {f: sum(a["file"] == f for a in answers) for f in (T, M, H, R)}

def visible(f):
    return strip_tags(raw[f]) if f == H else raw[f]
def answer_of(f, q):
    i = raw[f].find(q)
    hits = [k for k, a in enumerate(answers) if a["file"] == f and a["start"] <= i and i + len(q) <= a["end"]]
    return hits[0] if len(hits) == 1 else None

used_quotes, pairs = set(), {}
for kind, items in (("conflict", labels["conflicts"]), ("trap", labels["traps"])):
    for it in items:
        idx = []
        for s in it["sides"]:
            f, q = s["file"], s["quote"]
            n = len(q.split())
            if not 5 <= n <= 15: err(f"{it['id']}: quote has {n} words: {q!r}")
            if raw[f].count(q) != 1: err(f"{it['id']}: quote occurs {raw[f].count(q)} times in {f}: {q!r}")
            if f == H:
                if any(ch in q for ch in "<>&"): err(f"{it['id']}: HTML quote has markup/entity: {q!r}")
                if visible(f).count(q) != 1: err(f"{it['id']}: quote not once in visible text: {q!r}")
            if "\u2019" in q or '"' in q or "\\" in q: err(f"{it['id']}: bad character in quote {q!r}")
            if (f, q) in used_quotes: err(f"{it['id']}: quote used twice: {q!r}")
            used_quotes.add((f, q))
            a = answer_of(f, q)
            if a is None: err(f"{it['id']}: quote not inside exactly one answer: {q!r}")
            idx.append(a)
        if None in idx: continue
        same = idx[0] == idx[1]
        if kind == "conflict" and it["kind"] == "arithmetic" and not same: err(f"{it['id']}: arithmetic sides in different answers")
        if kind == "conflict" and it["kind"] != "arithmetic" and same: err(f"{it['id']}: sides in the same answer")
        if kind == "trap" and same and not it["why_not"].startswith("Correct"): err(f"{it['id']}: trap sides in one answer")
        if kind == "conflict" and it["kind"] == "stale":
            for s in it["sides"]:
                if not re.search(r"\b20\d\d\b", s["quote"]): err(f"{it['id']}: stale side without a year")
        key = frozenset(idx)
        if key in pairs: err(f"{it['id']}: answer pair already labelled by {pairs[key]}")
        pairs[key] = it["id"]

kinds = {}
for c in labels["conflicts"]: kinds[c["kind"]] = kinds.get(c["kind"], 0) + 1
if kinds != {"list": 3, "polarity": 3, "numeric": 4, "arithmetic": 3, "stale": 3}: err(f"conflict kinds {kinds}")
if len(labels["traps"]) != 14: err("need 14 traps")

FIELDS = ["file", "answer_quote", "sentence_quote", "surface", "low", "high", "unit", "comparator", "subject", "metric", "metric_class", "hedged"]
claim_answers = set()
for c in C:
    if list(c) != FIELDS: err(f"claim fields out of order: {c}")
    starts = [k for k, a in enumerate(answers) if a["file"] == c["file"] and a["text"].startswith(c["answer_quote"])]
    if len(starts) != 1: err(f"claim answer_quote starts {len(starts)} answers: {c['answer_quote']!r}"); continue
    a = answers[starts[0]]
    claim_answers.add(starts[0])
    if c["sentence_quote"] not in a["text"]: err(f"sentence_quote not in its answer: {c['sentence_quote']!r}")
    if c["surface"] not in c["sentence_quote"]: err(f"surface not in sentence: {c['surface']!r}")
    if c["file"] == H and any(ch in c["sentence_quote"] for ch in "<>&"): err("markup in HTML sentence")
    comp, lo, hi = c["comparator"], c["low"], c["high"]
    ok = {"<=": lo is None and hi is not None, ">=": lo is not None and hi is None,
          "=": lo is not None and hi is not None and lo <= hi, "~": lo is not None and hi is not None and lo <= hi}.get(comp, False)
    if not ok: err(f"comparator/open ends disagree: {c['surface']!r}")
    nums = re.findall(r"\d+(?:\.\d+)?", c["surface"].replace(",", ""))
    vals = {float(x) for x in nums}
    if not vals & {float(v) for v in (lo, hi) if v is not None}: err(f"value not written in surface: {c['surface']!r}")

claims_per_file = {f: len({k for k in claim_answers if answers[k]["file"] == f}) for f in (T, M, H, R)}
for e in errors: print("ERROR:", e)
print("answers per file:", per_file, "total", len(answers))
print("claim answers per file:", claims_per_file, "total", len(claim_answers))
print(f"wrote {len(labels['conflicts'])} conflicts {kinds}, {len(labels['traps'])} traps, {len(C)} claims; {len(errors)} errors")
sys.exit(1 if errors else 0)
