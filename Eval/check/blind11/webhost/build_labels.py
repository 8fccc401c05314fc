#!/usr/bin/env python3
"""Writes labels.json and claims.jsonl for the webhost domain (Maplebeam Hosting)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
T, M, H, J = "quick-answers.txt", "support-runbook.md", "help-centre.html", "kb-export.json"

def side(f, q): return {"file": f, "quote": q}

conflicts = [
 # list
 ("list", "The quick answers let a site live in Toronto, Montreal or Vancouver, while the knowledge base says there are two data centres, Toronto and Montreal.",
  "data centre locations", side(T, "Your site can live in Toronto, Montreal or Vancouver"), side(J, "We run two data centres, in Toronto and Montreal")),
 ("list", "The help centre accepts Visa, Mastercard, PayPal and Interac e-Transfer, while the runbook says invoices can be paid by Visa, Mastercard or PayPal only.",
  "accepted payment methods", side(H, "You can pay with Visa, Mastercard, PayPal or Interac e-Transfer"), side(M, "Invoices can be paid by Visa, Mastercard or PayPal only")),
 ("list", "The runbook lists a free domain, SSL certificates, daily backups and a dedicated IP on Business, while the knowledge base says the free extras are a domain name, SSL and daily backups, nothing else (a dedicated IP costs extra).",
  "free extras on the Business plan", side(M, "Business includes a free domain, SSL certificates, daily backups and a dedicated IP"), side(J, "On Business, the free extras are a domain name, SSL certificates and daily backups")),
 # polarity
 ("polarity", "The quick answers say Maplebeam moves an existing website over for free, while the help centre says moving a site from another host isn't included and is quoted separately.",
  "free site migration", side(T, "We'll move your existing website over to Maplebeam for free"), side(H, "Moving a site from another host isn't included in the plan price")),
 ("polarity", "The runbook says SSH access is switched on for Starter accounts on request, while the knowledge base says SSH isn't offered on Starter.",
  "SSH access on the Starter plan", side(M, "SSH access is switched on for Starter accounts on request"), side(J, "Shell access over SSH isn't offered on the Starter plan")),
 ("polarity", "The knowledge base says every Starter site is backed up automatically each night, while the help centre says automatic backups aren't part of Starter.",
  "automatic backups on the Starter plan", side(J, "We back up every Starter site automatically each night"), side(H, "Automatic backups aren't part of the Starter plan")),
 # numeric
 ("numeric", "The quick answers give a 30-day money-back guarantee, while the knowledge base refunds hosting fees for cancellations within 45 days.",
  "money-back guarantee period", side(T, "every hosting plan has a 30-day money-back guarantee"), side(J, "If you cancel within 45 days of signing up, we refund your hosting fees")),
 ("numeric", "The help centre guarantees 99.9% uptime, while the runbook's SLA promises 99.95% availability.",
  "guaranteed uptime", side(H, "Maplebeam guarantees 99.9% uptime on all shared hosting plans"), side(M, "Our SLA promises 99.95% availability each month")),
 ("numeric", "The runbook gives Starter 10 email accounts, while the quick answers allow up to 5 mailboxes.",
  "email accounts included with Starter", side(M, "Starter comes with 10 email accounts"), side(T, "On a Starter plan you can create up to 5 mailboxes")),
 ("numeric", "The knowledge base allows up to 3 sites on Starter Plus, while the help centre says you can run 5 websites.",
  "websites allowed on Starter Plus", side(J, "Starter Plus covers up to 3 sites under one account"), side(H, "You can run 5 websites on one Starter Plus plan")),
 # arithmetic
 ("arithmetic", "36 x $4.99 is $179.64, not $169.64.",
  "total for 36 months of Starter at $4.99", side(H, "Paying for 36 months up front at $4.99 a month"), side(H, "your total comes to $169.64 plus tax")),
 ("arithmetic", "20% off $15 is $12 a month, not $13.",
  "Business monthly price with annual billing", side(M, "Annual billing takes 20% off the $15 monthly Business price"), side(M, "which works out at $13 a month")),
 ("arithmetic", "3 x $18.99 is $56.97, not $54.97.",
  "cost of registering three .com names", side(T, "Registering three .com names at $18.99 each"), side(T, "comes to $54.97 for the first year")),
 # stale
 ("stale", "A 2023 record prices .ca renewal at $17.99 a year, while a 2025 answer gives $19.99.",
  ".ca domain renewal price", side(J, "(2023) The yearly renewal price for .ca domains is $17.99"), side(H, "As of 2025, renewing a .ca name costs $19.99 a year")),
 ("stale", "A 2022 note sets new sites to PHP 7.4, while a 2024 answer sets new accounts up on PHP 8.2.",
  "default PHP version for new sites", side(M, "(2022) New sites default to PHP 7.4"), side(T, "Since 2024, new accounts are set up on PHP 8.2")),
 ("stale", "A 2021 note starts Cloud VPS at $24 a month, while a 2025 record gives from $19 a month.",
  "starting price of Cloud VPS", side(M, "(2021) Cloud VPS plans started at $24 a month"), side(J, "As of 2025, our smallest Cloud VPS is priced from $19 a month")),
]

traps = [
 ("Different tier: Business tickets are answered within 1 hour, Starter tickets within 4 hours.",
  side(H, "On Business, you'll hear back from a technician within 1 hour"), side(T, "Support tickets from Starter customers are answered within 4 hours")),
 ("Different region: 13% HST in Ontario, 5% GST in Alberta.",
  side(M, "Customers in Ontario pay 13% HST on top of the plan price"), side(J, "For customers in Alberta, only the 5% GST is added")),
 ("Different condition (upload method): 512 MB per file through the File Manager, 5 GB over FTP.",
  side(T, "The File Manager accepts uploads of up to 512 MB per file"), side(M, "Over FTP, single files of up to 5 GB are fine")),
 ("Different condition (billing term): Starter is $4.99 a month on a three-year term, $7.99 a month on monthly billing.",
  side(T, "Starter is $4.99 a month when you sign up for three years"), side(J, "On monthly billing, the Starter plan costs $7.99 a month")),
 ("Similarly named products: Starter has 25 GB of SSD space, Starter Plus 75 GB.",
  side(J, "The Starter plan includes 25 GB of SSD space"), side(H, "Starter Plus gives you 75 GB of SSD storage")),
 ("Same value in other units: 14 days overdue is two weeks unpaid.",
  side(M, "Accounts are suspended when an invoice is 14 days overdue"), side(H, "If an invoice stays unpaid for two weeks, your sites are paused")),
 ("Correct computation: 12 x $8.99 = $107.88.",
  side(J, "Starter Plus is $8.99 a month"), side(J, "so twelve months come to $107.88 before tax")),
 ("Correct percentage: 25% off $120 is $90.",
  side(T, "Students with a valid school email get 25% off"), side(T, "so a $120 yearly bill drops to $90")),
 ("The typical 20 minutes lies inside the 10 to 30 minute range.",
  side(H, "Certificates are issued within 10 to 30 minutes"), side(M, "A new SSL certificate is normally live in about 20 minutes")),
 ("40 GB is a hedged example for a busy online store ('For example ... might'), not the typical 2 GB site.",
  side(H, "For example, a busy online store might need 40 GB"), side(T, "A typical WordPress site uses around 2 GB of disk space")),
 ("The $15.99 .com price is explicitly the pre-2024 price; $18.99 is current.",
  side(M, "A .com used to be $15.99 a year before the 2024 registry price increase"), side(J, "A .com name costs $18.99 a year to register or renew")),
 ("'Up to 48 hours' is the worst case for DNS changes; most are visible within 2 hours.",
  side(J, "can take up to 48 hours to reach every network worldwide"), side(M, "Most DNS changes are visible within 2 hours")),
 ("The one-click app list is open ('including'), so Moodle is consistent.",
  side(M, "The installer offers one-click apps including WordPress, Joomla and Drupal"), side(H, "Moodle can also be installed in one click")),
 ("The same 30-day domain renewal grace period stated in both directions.",
  side(T, "you can still renew it at the normal price for up to 30 days"), side(J, "Once the 30-day grace period has passed, a restore fee")),
]

DOMAIN = ("Maplebeam Hosting, a fictional Canadian web host and domain registrar (Canadian dollars): Starter, Starter Plus "
          "and Business shared plans and Cloud VPS, storage, sites and mailboxes per plan, prices and billing terms, "
          "taxes, refunds, uptime, backups, SSH, migrations, SSL, DNS, uploads, .com and .ca domain prices and renewals, "
          "support response times.")
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

# quick answers (10 answers)
aq = "Try us risk-free:"
cl(T, aq, "every hosting plan has a 30-day money-back guarantee", "30-day", 30, 30, "day", "=", "hosting plans", "money-back guarantee period", "duration")
aq = "On a Starter plan you can create up to 5 mailboxes"
cl(T, aq, "On a Starter plan you can create up to 5 mailboxes at your own domain", "up to 5 mailboxes", None, 5, "mailboxes", "<=", "Starter plan", "email accounts", "count")
aq = "Registering three .com names at $18.99 each"
sq = "Registering three .com names at $18.99 each comes to $54.97 for the first year"
cl(T, aq, sq, "three .com names", 3, 3, "domains", "=", ".com registration example", "number of domains", "count")
cl(T, aq, sq, "$18.99 each", 18.99, 18.99, "CAD/year", "=", ".com domain", "yearly price", "price")
cl(T, aq, sq, "$54.97", 54.97, 54.97, "CAD", "=", "three .com names", "total for the first year", "price")
aq = "Support tickets from Starter customers"
cl(T, aq, "Support tickets from Starter customers are answered within 4 hours, day or night", "within 4 hours", None, 4, "hour", "<=", "Starter support tickets", "response time", "duration")
aq = "The File Manager accepts uploads"
cl(T, aq, "The File Manager accepts uploads of up to 512 MB per file", "up to 512 MB per file", None, 512, "MB", "<=", "File Manager uploads", "maximum file size", "limit")
aq = "Starter is $4.99 a month when you sign up for three years."
sq = "Starter is $4.99 a month when you sign up for three years"
cl(T, aq, sq, "$4.99 a month", 4.99, 4.99, "CAD/month", "=", "Starter on a three-year term", "monthly price", "price")
cl(T, aq, sq, "three years", 3, 3, "year", "=", "Starter discounted term", "term length", "duration")
aq = "Students with a valid school email get 25% off"
sq = "Students with a valid school email get 25% off, so a $120 yearly bill drops to $90"
cl(T, aq, sq, "25% off", 25, 25, "%", "=", "student discount", "discount", "percentage")
cl(T, aq, sq, "$120", 120, 120, "CAD/year", "=", "example yearly bill", "price before discount", "price")
cl(T, aq, sq, "$90", 90, 90, "CAD/year", "=", "example yearly bill", "price after discount", "price")
aq = "A typical WordPress site uses around 2 GB"
cl(T, aq, "A typical WordPress site uses around 2 GB of disk space, including images and plugins", "around 2 GB", 2, 2, "GB", "~", "typical WordPress site", "disk space used", "other")
aq = "If a domain expires, you can still renew it"
cl(T, aq, "If a domain expires, you can still renew it at the normal price for up to 30 days", "up to 30 days", None, 30, "day", "<=", "expired domain", "renewal grace period", "duration")

# runbook (10 answers)
aq = "Our SLA promises 99.95% availability"
cl(M, aq, "Our SLA promises 99.95% availability each month", "99.95%", 99.95, None, "%", ">=", "hosting SLA", "guaranteed uptime", "percentage")
aq = "Starter comes with 10 email accounts."
cl(M, aq, "Starter comes with 10 email accounts", "10 email accounts", 10, 10, "mailboxes", "=", "Starter plan", "email accounts", "count")
aq = "Annual billing takes 20% off"
sq = "Annual billing takes 20% off the $15 monthly Business price, which works out at $13 a month"
cl(M, aq, sq, "20% off", 20, 20, "%", "=", "annual billing", "discount", "percentage")
cl(M, aq, sq, "$15", 15, 15, "CAD/month", "=", "Business plan", "monthly price", "price")
cl(M, aq, sq, "$13 a month", 13, 13, "CAD/month", "=", "Business plan billed annually", "monthly price", "price")
aq = "(2021) Cloud VPS plans started at $24"
sq = "(2021) Cloud VPS plans started at $24 a month for 2 vCPUs and 4 GB of RAM"
cl(M, aq, sq, "$24 a month", 24, None, "CAD/month", ">=", "Cloud VPS", "monthly price", "price")
cl(M, aq, sq, "2 vCPUs", 2, 2, "vCPU", "=", "entry Cloud VPS", "virtual CPUs", "count")
cl(M, aq, sq, "4 GB of RAM", 4, 4, "GB", "=", "entry Cloud VPS", "memory", "other")
aq = "Customers in Ontario pay 13% HST"
cl(M, aq, "Customers in Ontario pay 13% HST on top of the plan price", "13% HST", 13, 13, "%", "=", "customers in Ontario", "sales tax", "percentage")
aq = "Over FTP, single files of up to 5 GB"
cl(M, aq, "Over FTP, single files of up to 5 GB are fine", "up to 5 GB", None, 5, "GB", "<=", "FTP uploads", "maximum file size", "limit")
aq = "Accounts are suspended when an invoice is 14 days overdue."
cl(M, aq, "Accounts are suspended when an invoice is 14 days overdue", "14 days", 14, 14, "day", "=", "unpaid invoice", "time overdue before suspension", "duration")
aq = "A new SSL certificate is normally live in about 20 minutes."
cl(M, aq, "A new SSL certificate is normally live in about 20 minutes", "about 20 minutes", 20, 20, "minute", "~", "new SSL certificate", "time to issue", "duration")
aq = "A .com used to be $15.99"
cl(M, aq, "A .com used to be $15.99 a year before the 2024 registry price increase", "$15.99 a year", 15.99, 15.99, "CAD/year", "=", ".com domain before 2024", "yearly price", "price")
aq = "Most DNS changes are visible within 2 hours."
cl(M, aq, "Most DNS changes are visible within 2 hours", "within 2 hours", None, 2, "hour", "<=", "most DNS changes", "time to become visible", "duration")

# help centre (9 answers)
aq = "Paying for 36 months up front at $4.99 a month"
sq = "Paying for 36 months up front at $4.99 a month, your total comes to $169.64 plus tax"
cl(H, aq, sq, "36 months", 36, 36, "month", "=", "Starter three-year plan", "term length", "duration")
cl(H, aq, sq, "$4.99 a month", 4.99, 4.99, "CAD/month", "=", "Starter three-year plan", "monthly price", "price")
cl(H, aq, sq, "$169.64", 169.64, 169.64, "CAD", "=", "Starter three-year plan", "total paid up front", "price")
aq = "You can run 5 websites on one Starter Plus plan"
cl(H, aq, "You can run 5 websites on one Starter Plus plan, each with its own domain", "5 websites", 5, 5, "websites", "=", "Starter Plus", "websites allowed", "count")
aq = "Starter Plus gives you 75 GB of SSD storage"
cl(H, aq, "Starter Plus gives you 75 GB of SSD storage for your files, databases and email", "75 GB", 75, 75, "GB", "=", "Starter Plus", "SSD storage", "limit")
aq = "Most sites need far less than you'd expect."
cl(H, aq, "For example, a busy online store might need 40 GB once product photos and backups add up", "40 GB", 40, 40, "GB", "=", "busy online store", "disk space needed", "other", True)
aq = "Certificates are issued within 10 to 30 minutes"
cl(H, aq, "Certificates are issued within 10 to 30 minutes of your domain pointing to Maplebeam", "10 to 30 minutes", 10, 30, "minute", "=", "new SSL certificate", "time to issue", "duration")
aq = "Maplebeam guarantees 99.9% uptime"
cl(H, aq, "Maplebeam guarantees 99.9% uptime on all shared hosting plans, measured over each calendar month", "99.9%", 99.9, None, "%", ">=", "shared hosting", "guaranteed uptime", "percentage")
aq = "On Business, you'll hear back from a technician"
cl(H, aq, "On Business, you'll hear back from a technician within 1 hour, any time of day", "within 1 hour", None, 1, "hour", "<=", "Business support tickets", "response time", "duration")
aq = "If an invoice stays unpaid for two weeks"
cl(H, aq, "If an invoice stays unpaid for two weeks, your sites are paused until it's settled", "two weeks", 2, 2, "week", "=", "unpaid invoice", "time overdue before suspension", "duration")
aq = "As of 2025, renewing a .ca name costs $19.99"
cl(H, aq, "As of 2025, renewing a .ca name costs $19.99 a year", "$19.99 a year", 19.99, 19.99, "CAD/year", "=", ".ca domain", "yearly renewal price", "price")

# knowledge base (13 answers)
aq = "We run two data centres"
cl(J, aq, "We run two data centres, in Toronto and Montreal, and every account is hosted in one of them", "two data centres", 2, 2, "data centres", "=", "Maplebeam", "number of data centres", "count")
aq = "We back up every Starter site automatically"
cl(J, aq, "We back up every Starter site automatically each night, and you can restore any of the last seven copies from the dashboard", "seven copies", 7, 7, "backups", "=", "Starter nightly backups", "copies kept", "count")
aq = "If you cancel within 45 days of signing up"
cl(J, aq, "If you cancel within 45 days of signing up, we refund your hosting fees in full", "within 45 days", None, 45, "day", "<=", "hosting refund", "cancellation window", "duration")
aq = "Starter Plus covers up to 3 sites"
cl(J, aq, "Starter Plus covers up to 3 sites under one account, each with its own domain or subdomain", "up to 3 sites", None, 3, "websites", "<=", "Starter Plus", "websites allowed", "count")
aq = "(2023) The yearly renewal price for .ca domains"
cl(J, aq, "(2023) The yearly renewal price for .ca domains is $17.99", "$17.99", 17.99, 17.99, "CAD/year", "=", ".ca domain", "yearly renewal price", "price")
aq = "As of 2025, our smallest Cloud VPS"
cl(J, aq, "As of 2025, our smallest Cloud VPS is priced from $19 a month", "from $19 a month", 19, None, "CAD/month", ">=", "Cloud VPS", "monthly price", "price")
aq = "For customers in Alberta"
cl(J, aq, "For customers in Alberta, only the 5% GST is added at checkout", "5% GST", 5, 5, "%", "=", "customers in Alberta", "sales tax", "percentage")
aq = "On monthly billing, the Starter plan costs $7.99"
cl(J, aq, "On monthly billing, the Starter plan costs $7.99 a month and you can cancel whenever you like", "$7.99 a month", 7.99, 7.99, "CAD/month", "=", "Starter on monthly billing", "monthly price", "price")
aq = "The Starter plan includes 25 GB of SSD space"
cl(J, aq, "The Starter plan includes 25 GB of SSD space, which is plenty for a blog or a small business site", "25 GB", 25, 25, "GB", "=", "Starter plan", "SSD storage", "limit")
aq = "Starter Plus is $8.99 a month"
sq = "Starter Plus is $8.99 a month, so twelve months come to $107.88 before tax"
cl(J, aq, sq, "$8.99 a month", 8.99, 8.99, "CAD/month", "=", "Starter Plus", "monthly price", "price")
cl(J, aq, sq, "twelve months", 12, 12, "month", "=", "Starter Plus yearly example", "months paid", "duration")
cl(J, aq, sq, "$107.88", 107.88, 107.88, "CAD", "=", "twelve months of Starter Plus", "total before tax", "price")
aq = "A .com name costs $18.99 a year"
cl(J, aq, "A .com name costs $18.99 a year to register or renew, with free WHOIS privacy", "$18.99 a year", 18.99, 18.99, "CAD/year", "=", ".com domain", "yearly price", "price")
aq = "Nameserver and DNS changes can take up to 48 hours"
cl(J, aq, "Nameserver and DNS changes can take up to 48 hours to reach every network worldwide", "up to 48 hours", None, 48, "hour", "<=", "nameserver and DNS changes", "time to propagate", "duration")
aq = "Once the 30-day grace period has passed"
sq = "Once the 30-day grace period has passed, a restore fee of $95 applies on top of the renewal price"
cl(J, aq, sq, "30-day", 30, 30, "day", "=", "expired domain", "renewal grace period", "duration")
cl(J, aq, sq, "$95", 95, 95, "CAD", "=", "expired domain after the grace period", "restore fee", "price")

with open(os.path.join(HERE, "claims.jsonl"), "w", encoding="utf-8") as fh:
    for c in C:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print(f"wrote {len(labels['conflicts'])} conflicts, {len(labels['traps'])} traps, {len(C)} claims")
