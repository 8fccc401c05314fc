#!/usr/bin/env python3
"""Writes labels.json and claims.jsonl for the solar domain (Sunhaven Solar)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
T, M, H, A = "homeowner-answers.txt", "installer-notes.md", "systems-and-pricing.html", "faq-archive-2022.html"

def side(f, q): return {"file": f, "quote": q}

conflicts = [
 # list
 ("list", "The homeowner answers say panels go on tiled, metal and flat concrete roofs, while the installer notes say arrays go on tiled and metal roofs only, never flat roofs.",
  "roof types Sunhaven mounts panels on", side(T, "We install panels on tiled roofs, metal roofs and flat concrete roofs"), side(M, "Arrays go on tiled and metal roofs only")),
 ("list", "The pricing page accepts deposits by card, bank transfer or BPAY, while the archive accepts bank transfer or card only.",
  "deposit payment methods", side(H, "You can pay the deposit by card, bank transfer or BPAY"), side(A, "Deposits are accepted by bank transfer or card only")),
 ("list", "The homeowner answers include a panel wash in the annual service, while the installer notes limit annual maintenance to the roof inspection and inverter check.",
  "what the annual service visit includes", side(T, "includes a visual roof inspection, an inverter check and a panel wash"), side(M, "Annual maintenance covers the roof inspection and the inverter check only")),
 # polarity
 ("polarity", "The homeowner answers say a HavenCell battery keeps the house running in a blackout, while the pricing page says the batteries supply no power during a grid outage.",
  "battery backup during a blackout", side(T, "During a blackout your HavenCell battery keeps the lights, fridge and wi-fi running"), side(H, "Our battery systems do not supply power during a grid outage")),
 ("polarity", "The homeowner answers let renters get a system with landlord consent, while the archive says Sunhaven does not install systems for tenants.",
  "installing for renters", side(T, "Renters can have a system installed as long as the landlord signs"), side(A, "We do not install systems for tenants")),
 ("polarity", "The pricing page offers to remove and refit panels for a re-roof for a flat fee, while the installer notes say Sunhaven does not take on removal and reinstatement jobs.",
  "removing and refitting panels for a re-roof", side(H, "When you re-roof, we remove and refit your panels for a flat fee"), side(M, "We don't take on removal and reinstatement jobs, including when a customer re-roofs")),
 # numeric
 ("numeric", "The homeowner answers give a 10% deposit, while the pricing page asks for 20%.",
  "deposit percentage", side(T, "A deposit of 10% of the quoted price secures your installation date"), side(H, "We ask for a 20% deposit when you accept your quote")),
 ("numeric", "The installer notes give a 10-year workmanship guarantee, while the pricing page says installation work is warrantied for 7 years.",
  "workmanship warranty length", side(M, "Our workmanship guarantee lasts 10 years from the handover date"), side(H, "Installation work is warrantied for 7 years")),
 ("numeric", "The homeowner answers make SunWatch monitoring free for 2 years, while the pricing page says the app costs nothing for 3 years.",
  "free SunWatch monitoring period", side(T, "SunWatch monitoring is free for the first 2 years"), side(H, "The SunWatch app costs nothing for 3 years after your system is switched on")),
 ("numeric", "The installer notes cap single-phase export at 5 kW, while the archive gives a 10 kW export limit for single-phase connections.",
  "single-phase export limit", side(M, "Single-phase homes can export at most 5 kW to the grid"), side(A, "The export limit on a single-phase connection is 10 kW")),
 # arithmetic
 ("arithmetic", "$9,000 / $1,500 a year is 6 years, not about 4 years.",
  "payback time of a 10 kW system", side(T, "A 10 kW system at $9,000 that saves $1,500 a year"), side(T, "pays for itself in about 4 years")),
 ("arithmetic", "12 kWh of 30 kWh is 40%, not 50%.",
  "self-consumption percentage", side(M, "the array generates 30 kWh in a day and the household uses 12 kWh"), side(M, "they're self-consuming 50% of their solar")),
 ("arithmetic", "36 x $250 is $9,000, not $8,000.",
  "Green Loan total repayments", side(H, "36 monthly repayments of $250"), side(H, "come to $8,000 in total, and there is no fee")),
 # stale
 ("stale", "A 2021 answer prices the installed 6.6 kW system at $6,490, while a 2025 answer gives $7,290.",
  "installed price of a 6.6 kW system", side(A, "(2021) A fully installed 6.6 kW system costs $6,490"), side(T, "As of 2025, our 6.6 kW package is priced at $7,290")),
 ("stale", "A 2022 answer credits 8 cents per exported kWh on Sunhaven Energy, while a 2024 answer gives 5 cents.",
  "Sunhaven Energy feed-in credit", side(A, "(2022) Sunhaven Energy customers are credited 8 cents for each kWh sent to the grid"), side(T, "Since 2024, the Sunhaven Energy plan pays a feed-in credit of 5 cents")),
 ("stale", "A 2021 note charges $120 for a non-warranty call-out, while a 2025 answer gives $180 for a service call outside warranty.",
  "non-warranty service call-out fee", side(M, "(2021) Non-warranty call-outs are charged at $120"), side(H, "As of 2025, a service call outside warranty costs $180")),
]

traps = [
 ("Different condition: 5 kW is the single-phase export cap, 15 kW the three-phase one.",
  side(M, "can export at most 5 kW to the grid, whatever the size"), side(H, "Three-phase homes can export up to 15 kW to the grid")),
 ("Different region: 3 weeks is the Adelaide metro booking time, 6 weeks the regional one.",
  side(T, "In Adelaide metro, installs are usually booked within 3 weeks"), side(A, "Regional customers should allow 6 weeks for an installation date")),
 ("Different condition: double-storey installs carry the $650 scaffolding surcharge, single-storey homes have none.",
  side(M, "Double-storey installs carry a $650 scaffolding surcharge"), side(H, "There's no scaffolding charge for single-storey homes")),
 ("Different tier: Core range panels have a 15-year product warranty, Elite range panels 25 years.",
  side(T, "Core range panels come with a 15-year product warranty"), side(A, "Elite range panels have a 25-year product warranty")),
 ("Similarly named products: the HavenCell 10 stores 10 kWh, the HavenCell 10 Plus 13.5 kWh.",
  side(T, "The HavenCell 10 stores 10 kWh, which is enough"), side(H, "The HavenCell 10 Plus holds 13.5 kWh")),
 ("Same value in other units: 5 kW is 5,000 watts.",
  side(M, "The SolStream 5 inverter is rated at 5 kW"), side(A, "The SolStream 5 has a rated output of 5,000 watts")),
 ("Correct computation: 15 x 440 W = 6,600 W = 6.6 kW.",
  side(H, "A 6.6 kW system is made up of"), side(H, "15 panels at 440 W each, and it fills")),
 ("Correct percentage: $1,200 is 12% of $10,000.",
  side(M, "The $1,200 battery rebate takes 12% off"), side(M, "a $10,000 HavenCell install, and we claim it for the customer")),
 ("Correct computation: 20 years x 0.5% = 10% lost, so about 90% of the original output remains.",
  side(A, "Panels lose about 0.5% of their output each year"), side(A, "so after 20 years they still produce about 90%")),
 ("The typical 7-hour install lies inside the 6 to 8 hour range.",
  side(T, "Installation day usually runs 6 to 8 hours"), side(M, "A standard 6.6 kW install takes about 7 hours")),
 ("12 kWh is a hedged cloudy-winter-day example, not the 26 kWh yearly daily average.",
  side(H, "on a cloudy winter day a 6.6 kW system might make only 12 kWh"), side(M, "A 6.6 kW system in Adelaide averages about 26 kWh a day")),
 ("The $1,450 EV charger price is explicitly the pre-2024 price; $1,690 is current.",
  side(M, "EV charger installation used to be $1,450 before the 2024 price change"), side(H, "Adding an EV charger to your solar install costs $1,690")),
 ("'Up to 20 business days' is a maximum; most approvals come back within 5.",
  side(T, "Grid connection approval can take up to 20 business days"), side(M, "Most grid approvals come back within 5 business days")),
 ("The battery brand list is open ('including'), so Kestrel batteries are consistent.",
  side(M, "We fit batteries from brands including HavenCell, Voltara and Brightstack"), side(A, "We also install Kestrel batteries on request")),
 ("The same 10-business-day cooling-off rule stated in both directions.",
  side(T, "You can cancel within 10 business days of signing"), side(M, "Cancellations after the 10-business-day cooling-off period forfeit the deposit")),
]

DOMAIN = ("Sunhaven Solar, a fictional home solar and battery installer in Adelaide, South Australia: roof types, "
          "system sizes and prices, deposits and finance, batteries and blackouts, export limits and feed-in credits, "
          "warranties, service visits, installation times and grid approvals.")
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

# homeowner answers (9 answers)
aq = "A deposit of 10% of the quoted price"
cl(T, aq, "A deposit of 10% of the quoted price secures your installation date, and the rest is invoiced after handover", "10%", 10, 10, "%", "=", "installation deposit", "share of quoted price", "percentage")

aq = "SunWatch monitoring is free for the first 2 years"
sq = "SunWatch monitoring is free for the first 2 years, then $4 a month if you want to keep live data and fault alerts"
cl(T, aq, sq, "2 years", 2, 2, "year", "=", "SunWatch monitoring", "free period", "duration")
cl(T, aq, sq, "$4 a month", 4, 4, "AUD/month", "=", "SunWatch monitoring after the free period", "monthly price", "price")

aq = "How quickly does solar pay for itself?"
sq = "A 10 kW system at $9,000 that saves $1,500 a year on power bills pays for itself in about 4 years"
cl(T, aq, sq, "$9,000", 9000, 9000, "AUD", "=", "10 kW system", "price", "price")
cl(T, aq, sq, "$1,500 a year", 1500, 1500, "AUD/year", "=", "10 kW system", "bill savings", "price")
cl(T, aq, sq, "about 4 years", 4, 4, "year", "~", "10 kW system", "payback time", "duration")

aq = "As of 2025, our 6.6 kW package is priced at $7,290"
cl(T, aq, "As of 2025, our 6.6 kW package is priced at $7,290 with installation, panels, inverter and SunWatch setup included", "$7,290", 7290, 7290, "AUD", "=", "6.6 kW system", "installed price", "price")

aq = "Since 2024, the Sunhaven Energy plan pays a feed-in credit"
cl(T, aq, "Since 2024, the Sunhaven Energy plan pays a feed-in credit of 5 cents per kWh you export", "5 cents per kWh", 5, 5, "c/kWh", "=", "Sunhaven Energy plan", "feed-in credit", "price")

aq = "Core range panels come with a 15-year product warranty"
cl(T, aq, "Core range panels come with a 15-year product warranty against manufacturing defects", "15-year", 15, 15, "year", "=", "Core range panels", "product warranty", "duration")

aq = "The HavenCell 10 stores 10 kWh"
cl(T, aq, "The HavenCell 10 stores 10 kWh, which is enough to run a typical home through the evening peak", "10 kWh", 10, 10, "kWh", "=", "HavenCell 10", "storage capacity", "other")

aq = "Installation day usually runs 6 to 8 hours"
cl(T, aq, "Installation day usually runs 6 to 8 hours, and the crew will need access to your switchboard and roof space", "6 to 8 hours", 6, 8, "hour", "=", "installation day", "duration", "duration")

aq = "Grid connection approval can take up to 20 business days"
cl(T, aq, "Grid connection approval can take up to 20 business days, depending on your network operator", "up to 20 business days", None, 20, "business day", "<=", "grid connection approval", "time to approve", "duration")

# installer notes (9 answers)
aq = "Our workmanship guarantee lasts 10 years"
cl(M, aq, "Our workmanship guarantee lasts 10 years from the handover date and covers racking, cabling and roof penetrations", "10 years", 10, 10, "year", "=", "workmanship guarantee", "length", "duration")

aq = "Single-phase homes can export at most 5 kW"
cl(M, aq, "Single-phase homes can export at most 5 kW to the grid, whatever the size of the array", "at most 5 kW", None, 5, "kW", "<=", "single-phase home", "export limit", "limit")

aq = "If the array generates 30 kWh in a day"
sq = "If the array generates 30 kWh in a day and the household uses 12 kWh of it directly, they're self-consuming 50% of their solar"
cl(M, aq, sq, "30 kWh in a day", 30, 30, "kWh/day", "=", "example array", "daily generation", "other")
cl(M, aq, sq, "12 kWh", 12, 12, "kWh", "=", "example household", "solar used directly", "other")
cl(M, aq, sq, "50%", 50, 50, "%", "=", "example household", "self-consumption", "percentage")

aq = "(2021) Non-warranty call-outs are charged at $120"
cl(M, aq, "(2021) Non-warranty call-outs are charged at $120 for the first hour, then by the quarter hour after that", "$120", 120, 120, "AUD", "=", "non-warranty call-out", "fee for the first hour", "price")

aq = "The $1,200 battery rebate takes 12% off"
sq = "The $1,200 battery rebate takes 12% off a $10,000 HavenCell install, and we claim it for the customer on the paperwork"
cl(M, aq, sq, "$1,200", 1200, 1200, "AUD", "=", "battery rebate", "amount", "price")
cl(M, aq, sq, "12%", 12, 12, "%", "=", "battery rebate", "discount on install price", "percentage")
cl(M, aq, sq, "$10,000", 10000, 10000, "AUD", "=", "HavenCell install", "price", "price")

aq = "Double-storey installs carry a $650 scaffolding surcharge"
cl(M, aq, "Double-storey installs carry a $650 scaffolding surcharge for edge protection", "$650", 650, 650, "AUD", "=", "double-storey install", "scaffolding surcharge", "price")

aq = "The SolStream 5 inverter is rated at 5 kW"
sq = "The SolStream 5 inverter is rated at 5 kW and is paired with arrays of up to 6.6 kW"
cl(M, aq, sq, "5 kW", 5, 5, "kW", "=", "SolStream 5 inverter", "rated output", "other")
cl(M, aq, sq, "up to 6.6 kW", None, 6.6, "kW", "<=", "array paired with the SolStream 5", "maximum array size", "limit")

aq = "A standard 6.6 kW install takes about 7 hours"
sq = "A standard 6.6 kW install takes about 7 hours for a two-person crew, including commissioning"
cl(M, aq, sq, "about 7 hours", 7, 7, "hour", "~", "standard 6.6 kW install", "duration", "duration")
cl(M, aq, sq, "two-person crew", 2, 2, "persons", "=", "install crew", "crew size", "count")

aq = "A 6.6 kW system in Adelaide averages about 26 kWh a day"
cl(M, aq, "A 6.6 kW system in Adelaide averages about 26 kWh a day over a full year", "about 26 kWh a day", 26, 26, "kWh/day", "~", "6.6 kW system in Adelaide", "average daily generation", "other")

# pricing page (8 answers)
aq = "Talk to us first."
cl(H, aq, "When you re-roof, we remove and refit your panels for a flat fee of $1,100 on systems of up to 20 panels", "$1,100", 1100, 1100, "AUD", "=", "panel removal and refit for a re-roof", "flat fee", "price")
cl(H, aq, "When you re-roof, we remove and refit your panels for a flat fee of $1,100 on systems of up to 20 panels", "up to 20 panels", None, 20, "panels", "<=", "re-roof flat fee", "maximum system size covered", "limit")

aq = "We ask for a 20% deposit"
cl(H, aq, "We ask for a 20% deposit when you accept your quote", "20%", 20, 20, "%", "=", "installation deposit", "share of quote", "percentage")

aq = "Installation work is warrantied for 7 years"
cl(H, aq, "Installation work is warrantied for 7 years, and your panels and inverter also carry their makers' own warranties", "7 years", 7, 7, "year", "=", "installation work", "warranty length", "duration")

aq = "The SunWatch app costs nothing for 3 years"
cl(H, aq, "The SunWatch app costs nothing for 3 years after your system is switched on, and you can see your generation live from day one", "3 years", 3, 3, "year", "=", "SunWatch app", "free period", "duration")

aq = "Yes, with our Green Loan."
sq = "36 monthly repayments of $250 come to $8,000 in total, and there is no fee if you pay it off early"
cl(H, aq, sq, "36 monthly repayments", 36, 36, "repayments", "=", "Green Loan", "number of repayments", "count")
cl(H, aq, sq, "$250", 250, 250, "AUD/month", "=", "Green Loan", "monthly repayment", "price")
cl(H, aq, sq, "$8,000", 8000, 8000, "AUD", "=", "Green Loan", "total repaid", "price")

aq = "Three-phase homes can export up to 15 kW"
cl(H, aq, "Three-phase homes can export up to 15 kW to the grid, subject to approval from your network operator", "up to 15 kW", None, 15, "kW", "<=", "three-phase home", "export limit", "limit")

aq = "A 6.6 kW system is made up of 15 panels"
sq = "A 6.6 kW system is made up of 15 panels at 440 W each, and it fills roughly 30 square metres of roof"
cl(H, aq, sq, "15 panels", 15, 15, "panels", "=", "6.6 kW system", "panel count", "count")
cl(H, aq, sq, "440 W each", 440, 440, "W", "=", "panel in a 6.6 kW system", "rated power", "other")
cl(H, aq, sq, "roughly 30 square metres", 30, 30, "m2", "~", "6.6 kW system", "roof area", "other")

aq = "Shorter days and a lower sun cut output."
cl(H, aq, "For example, on a cloudy winter day a 6.6 kW system might make only 12 kWh", "12 kWh", 12, 12, "kWh/day", "=", "6.6 kW system on a cloudy winter day", "daily generation", "other", True)

# archive (6 answers)
aq = "The export limit on a single-phase connection is 10 kW"
cl(A, aq, "The export limit on a single-phase connection is 10 kW", "10 kW", None, 10, "kW", "<=", "single-phase connection", "export limit", "limit")

aq = "(2021) A fully installed 6.6 kW system costs $6,490"
cl(A, aq, "(2021) A fully installed 6.6 kW system costs $6,490", "$6,490", 6490, 6490, "AUD", "=", "6.6 kW system", "installed price", "price")

aq = "(2022) Sunhaven Energy customers are credited 8 cents"
cl(A, aq, "(2022) Sunhaven Energy customers are credited 8 cents for each kWh sent to the grid", "8 cents for each kWh", 8, 8, "c/kWh", "=", "Sunhaven Energy", "feed-in credit", "price")

aq = "Panels lose about 0.5% of their output each year"
sq = "Panels lose about 0.5% of their output each year, so after 20 years they still produce about 90% of their original output"
cl(A, aq, sq, "about 0.5% of their output each year", 0.5, 0.5, "%/year", "~", "panels", "annual output loss", "percentage")
cl(A, aq, sq, "20 years", 20, 20, "year", "=", "panels", "age", "duration")
cl(A, aq, sq, "about 90%", 90, 90, "%", "~", "panels after 20 years", "remaining output", "percentage")

aq = "Regional customers should allow 6 weeks"
cl(A, aq, "Regional customers should allow 6 weeks for an installation date, as crews travel out on set weeks", "6 weeks", 6, 6, "week", "=", "regional install", "wait for an installation date", "duration")

aq = "The SolStream 5 has a rated output of 5,000 watts"
cl(A, aq, "The SolStream 5 has a rated output of 5,000 watts and sits in a weatherproof case", "5,000 watts", 5000, 5000, "W", "=", "SolStream 5 inverter", "rated output", "other")

with open(os.path.join(HERE, "claims.jsonl"), "w", encoding="utf-8") as fh:
    for c in C:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print(f"wrote {len(labels['conflicts'])} conflicts, {len(labels['traps'])} traps, {len(C)} claims")
