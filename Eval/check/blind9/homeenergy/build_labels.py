#!/usr/bin/env python3
"""Writes labels.json and claims.jsonl for the homeenergy domain (Kahu Energy), then checks them.

Checks: every quote has 5-15 words, occurs verbatim exactly once in its file (and, for HTML, once in the
visible text, crosses no tag and holds no entity) and falls inside exactly one answer; arithmetic conflicts
stay inside one answer; no answer pair is labelled twice; no quote is used twice; every claim's
answer_quote starts an answer, its sentence_quote lies in that answer and its surface in the sentence;
comparators agree with the open ends.
"""
import html, json, os, re, sys
from itertools import combinations

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
T, M, X, D = "support-replies.txt", "installer-notes.md", "pricing-and-finance.html", "help-centre.html"

def side(f, q): return {"file": f, "quote": q}

conflicts = [
 # list
 ("list", "The support replies install in Auckland, Waikato, Bay of Plenty and Wellington, while the crib notes say crews cover Auckland, Waikato and Wellington only and pass Bay of Plenty work to a partner.",
  "regions Kahu Energy installs in",
  side(T, "We install in Auckland, Waikato, Bay of Plenty and Wellington"),
  side(M, "Our crews cover Auckland, Waikato and Wellington only")),
 ("list", "The crib notes put an inverter firmware update in the annual maintenance visit alongside the panel inspection and battery health test, while the help centre says the yearly service is a panel check and a battery health test and nothing else.",
  "what the annual maintenance visit includes",
  side(M, "includes a panel inspection, an inverter firmware update and a battery health test"),
  side(D, "Each yearly service covers a panel check and a battery health test, and nothing else")),
 ("list", "The help centre says the app reads charge levels from Tesla Model 3, Model Y and Hyundai Ioniq 5, while the crib notes say reading the car's battery level works only with Tesla Model 3 and Model Y.",
  "cars whose battery level the Kahu app can read",
  side(D, "The app reads charge levels from Tesla Model 3, Model Y and Hyundai Ioniq 5"),
  side(M, "battery level from the car only works with Tesla Model 3 and Model Y")),
 # polarity
 ("polarity", "The support replies say EV charging can be started, paused and scheduled from the Kahu app, while the help centre says charging sessions can't be managed from the app.",
  "controlling EV charging from the Kahu app",
  side(T, "you can start, pause and schedule EV charging from the Kahu app"),
  side(D, "Charging sessions can't be managed from the Kahu app")),
 ("polarity", "The help centre says HomeCell batteries can be mounted outdoors (IP65), while the pricing page says HomeCell units can't be installed outdoors.",
  "installing a HomeCell battery outdoors",
  side(D, "HomeCell batteries can be mounted outdoors, as they're rated IP65"),
  side(X, "HomeCell units can't be installed outdoors, so we fit them indoors")),
 ("polarity", "The pricing page says a HomeCell can be added to solar fitted by another installer, while the support replies say Kahu doesn't add batteries to systems another company installed.",
  "adding a battery to solar installed by another company",
  side(X, "We can add a HomeCell to solar panels fitted by another installer"),
  side(T, "we don't add batteries to solar systems another company installed")),
 # numeric
 ("numeric", "The pricing page warrants HomeCell batteries for 6,000 cycles, while the support replies say the HomeCell cycle warranty runs out at 4,000 full cycles.",
  "HomeCell battery warranty in charge cycles",
  side(X, "HomeCell batteries are warranted for 10 years or 6,000 cycles"),
  side(T, "The cycle warranty on a HomeCell runs out at 4,000 full charge cycles")),
 ("numeric", "The crib notes guarantee installation workmanship for 5 years, while the pricing page fixes workmanship faults free for 2 years after install.",
  "workmanship guarantee period",
  side(M, "Our installation workmanship is guaranteed for 5 years"),
  side(X, "Workmanship faults are fixed free for 2 years after install")),
 ("numeric", "The help centre asks for a 20% deposit, while the support replies ask for 30% of the quoted price.",
  "deposit on signing",
  side(D, "A 20% deposit locks in your installation date"),
  side(T, "We ask for 30% of the quoted price as a deposit when you sign")),
 ("numeric", "The help centre gives both chargers a 3-year manufacturer warranty, while the pricing page says EV chargers carry a 5-year manufacturer warranty.",
  "EV charger manufacturer warranty",
  side(D, "Both of our chargers come with a 3-year warranty from the manufacturer"),
  side(X, "EV chargers carry a 5-year manufacturer warranty")),
 # arithmetic
 ("arithmetic", "18 x 410 W is 7,380 W (7.38 kW), not 8.2 kW.",
  "array size of 18 panels at 410 W",
  side(M, "Quick sizing check: 18 panels at 410 W each"),
  side(M, "comes to 8.2 kW of array")),
 ("arithmetic", "15 kWh used out of 25 kWh generated is 60% self-consumption, not 70%.",
  "self-consumption when 15 of 25 kWh is used directly",
  side(M, "When the array makes 25 kWh in a day and the house uses 15 kWh"),
  side(M, "of it directly, that's 70% self-consumption")),
 ("arithmetic", "$4,800 over 24 months at 0% is $200 a month, not $220.",
  "monthly repayment on $4,800 over 24 months interest-free",
  side(T, "Spread a $4,800 charger and switchboard upgrade over 24 months at 0% interest"),
  side(T, "you'll pay $220 a month, with no lump sum at the end")),
 # stale
 ("stale", "A 2022 note pays 8c per kWh exported on the partner plan, while a 2025 answer says the SunShare plan from partner Ruru Power pays 12c/kWh.",
  "export rate on the partner retail plan",
  side(M, "(2022) Customers on the partner power plan get 8c per kWh exported"),
  side(T, "As of 2025, SunShare, the plan from our retail partner Ruru Power, pays 12c/kWh")),
 ("stale", "A 2023 answer prices a HomeCell 10 from $13,490 installed, while a 2025 note starts HomeCell 10 installs at $11,990.",
  "starting installed price of a HomeCell 10",
  side(X, "(2023) A HomeCell 10 battery costs from $13,490 fully installed"),
  side(M, "Since 2025, HomeCell 10 installs start at $11,990 including the Backup Gateway")),
 ("stale", "A 2023 note books battery installs about 10 weeks ahead, while a 2025 answer gives a wait of around 3 weeks.",
  "lead time for a battery install",
  side(M, "(2023) Battery installs are booked about 10 weeks ahead"),
  side(D, "As of 2025, the wait for a battery install is around 3 weeks")),
]

traps = [
 ("Different condition: the Charge 22 delivers 22 kW on a three-phase supply and is limited to 7 kW on single-phase.",
  side(D, "On a three-phase supply the Charge 22 delivers 22 kW"),
  side(X, "Connected to a single-phase supply, the Charge 22 is limited to 7 kW")),
 ("Different size: a 5 kW system starts from $9,900, the 6.6 kW package from $12,500.",
  side(T, "A 5 kW solar system starts from $9,900 installed"),
  side(D, "Our 6.6 kW package is priced from $12,500 fully installed")),
 ("Different region: the call-out fee is $95 in metro areas and $180 for rural addresses more than 40 km from a depot.",
  side(T, "Call-outs that aren't covered by warranty cost $95 in our metro areas"),
  side(M, "Rural addresses more than 40 km from a depot pay a $180 call-out fee")),
 ("Different car model: the Charge 7 runs most EVs at 7 kW, but older Nissan Leafs can only take 3.6 kW.",
  side(X, "The Charge 7 charges most EVs at its full 7 kW"),
  side(M, "Older Nissan Leafs can only take 3.6 kW from an AC charger")),
 ("Similarly named products: the HomeCell 10 stores 10 kWh usable, the HomeCell 10 Plus 13.5 kWh.",
  side(X, "The HomeCell 10 stores 10 kWh of usable energy"),
  side(D, "HomeCell 10 Plus gives you 13.5 kWh of usable capacity")),
 ("Same value in other units: up to 5 kW of backup output is up to 5,000 W.",
  side(D, "a HomeCell can supply up to 5 kW in backup mode"),
  side(T, "the Backup Gateway lets the battery run appliances drawing up to 5,000 W")),
 ("Correct computation: $10,800 / 36 months = $300 a month.",
  side(X, "a $10,800 system financed over 36 months at 0% interest"),
  side(X, "costs $300 a month, with no balloon payment")),
 ("Correct percentage: 8% off $15,000 is $13,800.",
  side(X, "Members of partner EV clubs get 8% off"),
  side(X, "On a $15,000 solar and battery package, that brings the price down to $13,800")),
 ("The typical payback of about 8 years lies inside the 7 to 10 year range.",
  side(X, "Most of our customers see payback in 7 to 10 years"),
  side(D, "A typical system pays for itself in about 8 years")),
 ("30 kWh a day is a hedged example for a family with two EVs ('For example ... might'), not the typical home's 20 kWh.",
  side(T, "For example, a family with two EVs might use 30 kWh a day"),
  side(X, "A typical home uses around 20 kWh of electricity a day")),
 ("The $199 Care Plan price is explicitly the pre-2024 value; $249 a year is current.",
  side(M, "The Care Plan used to be $199 a year before the 2024 price review"),
  side(D, "The Care Plan costs $249 a year")),
 ("'Up to 45 km' of range per hour is the maximum; about 35 km per hour is the typical figure.",
  side(T, "The Charge 7 adds up to 45 km of range for every hour"),
  side(M, "expect about 35 km of range per hour on a Charge 7")),
 ("The list of cars is open ('any car that has a Type 2 socket, including'), so the Polestar 2 is consistent.",
  side(D, "Type 2 socket, including the BYD Atto 3, MG4 and Kia EV6"),
  side(T, "Polestar 2 owners can use the Charge 7 too")),
 ("The same 35-degree scaffolding rule stated in both directions.",
  side(D, "Roofs steeper than 35 degrees need scaffolding"),
  side(M, "No scaffolding is needed if the roof is 35 degrees or flatter")),
]

DOMAIN = ("Kahu Energy, a fictional New Zealand installer of home solar, HomeCell batteries and EV chargers (NZD): "
          "service regions, HomeCell 10 and 10 Plus capacity, price and warranties, outdoor installation, backup power, "
          "Sol 5 and Sol 8 inverters, Charge 7 and Charge 22 chargers and supported cars, the Kahu app, export credit "
          "on the partner retail plan, deposits, Green Home Loan finance, lead times, call-out fees, the Care Plan and annual service.")
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

# support replies (11 answers)
aq = "The cycle warranty on a HomeCell runs out at 4,000"
cl(T, aq, "The cycle warranty on a HomeCell runs out at 4,000 full charge cycles, which most homes won't reach for well over a decade", "4,000 full charge cycles", 4000, 4000, "cycle", "=", "HomeCell battery", "warranty in charge cycles", "count")
aq = "We ask for 30% of the quoted price"
cl(T, aq, "We ask for 30% of the quoted price as a deposit when you sign, so we can order your panels and battery straight away", "30%", 30, 30, "%", "=", "deposit on signing", "share of the quoted price", "percentage")
aq = "Smaller jobs can go on finance too."
sq = "Spread a $4,800 charger and switchboard upgrade over 24 months at 0% interest and you'll pay $220 a month, with no lump sum at the end"
cl(T, aq, sq, "$4,800", 4800, 4800, "NZD", "=", "charger and switchboard upgrade example", "amount financed", "price")
cl(T, aq, sq, "24 months", 24, 24, "month", "=", "charger and switchboard upgrade example", "loan term", "duration")
cl(T, aq, sq, "0% interest", 0, 0, "%", "=", "Green Home Loan", "interest rate", "percentage")
cl(T, aq, sq, "$220 a month", 220, 220, "NZD/month", "=", "charger and switchboard upgrade example", "monthly repayment", "price")
aq = "As of 2025, SunShare, the plan from our retail partner"
cl(T, aq, "As of 2025, SunShare, the plan from our retail partner Ruru Power, pays 12c/kWh for every unit your system sends back to the grid", "12c/kWh", 12, 12, "NZc/kWh", "=", "SunShare partner retail plan", "export rate", "price")
aq = "A 5 kW solar system starts from $9,900"
sq = "A 5 kW solar system starts from $9,900 installed, and that price includes panels, inverter, racking and the electrical inspection"
cl(T, aq, sq, "5 kW", 5, 5, "kW", "=", "entry solar system", "system size", "power")
cl(T, aq, sq, "from $9,900", 9900, None, "NZD", ">=", "5 kW solar system", "installed price", "price")
aq = "Call-outs that aren't covered by warranty cost $95"
sq = "Call-outs that aren't covered by warranty cost $95 in our metro areas, and that includes the first 30 minutes on site"
cl(T, aq, sq, "$95", 95, 95, "NZD", "=", "call-out in metro areas", "call-out fee", "price")
cl(T, aq, sq, "30 minutes", 30, 30, "minute", "=", "metro call-out", "time on site included in the fee", "duration")
aq = "It really depends on your household."
sq = "For example, a family with two EVs might use 30 kWh a day, so a bigger battery could make sense"
cl(T, aq, sq, "two EVs", 2, 2, "EVs", "=", "example family", "number of EVs", "count", True)
cl(T, aq, sq, "30 kWh a day", 30, 30, "kWh/day", "=", "family with two EVs", "daily electricity use", "energy", True)
aq = "The Charge 7 adds up to 45 km"
cl(T, aq, "The Charge 7 adds up to 45 km of range for every hour it's plugged in, depending on the car and the weather", "up to 45 km of range for every hour", None, 45, "km/hour", "<=", "Charge 7", "range added per hour of charging", "rate")
aq = "During an outage, the Backup Gateway"
cl(T, aq, "During an outage, the Backup Gateway lets the battery run appliances drawing up to 5,000 W in total, so leave the oven and dryer for later", "up to 5,000 W", None, 5000, "W", "<=", "HomeCell with Backup Gateway in an outage", "backup output", "power")
aq = "Expect the power to be off for about 2 hours"
cl(T, aq, "Expect the power to be off for about 2 hours on install day while the crew connects the inverter to your switchboard", "about 2 hours", 2, 2, "hour", "~", "install day", "power-off time", "duration")
aq = "Rain keeps panels clean in most places"
cl(T, aq, "Rain keeps panels clean in most places, but near the coast a gentle hose-down twice a year stops salt building up", "twice a year", 2, 2, "times/year", "=", "panels near the coast", "hose-downs per year", "count")

# crib notes (12 answers)
aq = "Rural addresses more than 40 km from a depot"
sq = "Rural addresses more than 40 km from a depot pay a $180 call-out fee"
cl(M, aq, sq, "more than 40 km", 40, None, "km", ">=", "rural address", "distance from a depot", "distance")
cl(M, aq, sq, "$180", 180, 180, "NZD", "=", "call-out to a rural address", "call-out fee", "price")
aq = "(2022) Customers on the partner power plan"
cl(M, aq, "(2022) Customers on the partner power plan get 8c per kWh exported, paid as a credit on their monthly bill", "8c per kWh", 8, 8, "NZc/kWh", "=", "partner retail plan", "export rate", "price")
aq = "Our installation workmanship is guaranteed for 5 years"
cl(M, aq, "Our installation workmanship is guaranteed for 5 years from the date the job is signed off", "5 years", 5, 5, "year", "=", "installation workmanship", "guarantee period", "duration")
aq = "Quick sizing check: 18 panels"
sq = "Quick sizing check: 18 panels at 410 W each comes to 8.2 kW of array, which sits comfortably on a Sol 8 inverter"
cl(M, aq, sq, "18 panels", 18, 18, "panels", "=", "sizing example", "number of panels", "count")
cl(M, aq, sq, "410 W each", 410, 410, "W", "=", "panel in the sizing example", "panel rating", "power")
cl(M, aq, sq, "8.2 kW", 8.2, 8.2, "kW", "=", "18-panel array", "array size", "power")
aq = "Since 2025, HomeCell 10 installs start at $11,990"
cl(M, aq, "Since 2025, HomeCell 10 installs start at $11,990 including the Backup Gateway", "$11,990", 11990, None, "NZD", ">=", "HomeCell 10", "installed price", "price")
cl(M, aq, "Add $1,200 if the switchboard needs replacing", "$1,200", 1200, 1200, "NZD", "=", "switchboard replacement", "extra cost", "price")
aq = "(2023) Battery installs are booked about 10 weeks ahead"
cl(M, aq, "(2023) Battery installs are booked about 10 weeks ahead because of cell supply", "about 10 weeks", 10, 10, "week", "~", "battery install", "lead time", "duration")
aq = "When the array makes 25 kWh in a day"
sq = "When the array makes 25 kWh in a day and the house uses 15 kWh of it directly, that's 70% self-consumption"
cl(M, aq, sq, "25 kWh in a day", 25, 25, "kWh/day", "=", "self-consumption example", "daily generation", "energy")
cl(M, aq, sq, "15 kWh", 15, 15, "kWh/day", "=", "self-consumption example", "solar used directly by the house", "energy")
cl(M, aq, sq, "70%", 70, 70, "%", "=", "self-consumption example", "self-consumption", "percentage")
aq = "Older Nissan Leafs can only take 3.6 kW"
cl(M, aq, "Older Nissan Leafs can only take 3.6 kW from an AC charger, so they'll charge more slowly on a Charge 7 whatever we do", "3.6 kW", None, 3.6, "kW", "<=", "older Nissan Leaf", "AC charging power", "power")
aq = "The Care Plan used to be $199"
cl(M, aq, "The Care Plan used to be $199 a year before the 2024 price review", "$199 a year", 199, 199, "NZD/year", "=", "Care Plan before 2024", "price", "price")
aq = "Tell customers to expect about 35 km"
cl(M, aq, "Tell customers to expect about 35 km of range per hour on a Charge 7", "about 35 km of range per hour", 35, 35, "km/hour", "~", "Charge 7", "range added per hour of charging", "rate")
aq = "No scaffolding is needed if the roof is 35 degrees"
cl(M, aq, "No scaffolding is needed if the roof is 35 degrees or flatter; edge protection and harnesses are enough", "35 degrees or flatter", None, 35, "degree", "<=", "roof without scaffolding", "roof pitch", "angle")
aq = "Most lines companies cap solar export at 5 kW"
cl(M, aq, "Most lines companies cap solar export at 5 kW on a single-phase connection", "5 kW", None, 5, "kW", "<=", "single-phase connection", "solar export limit", "limit")

# pricing page (13 answers)
aq = "(2023) A HomeCell 10 battery costs from $13,490"
cl(X, aq, "(2023) A HomeCell 10 battery costs from $13,490 fully installed", "from $13,490", 13490, None, "NZD", ">=", "HomeCell 10", "installed price", "price")
aq = "HomeCell batteries are warranted for 10 years"
sq = "HomeCell batteries are warranted for 10 years or 6,000 cycles, whichever comes first"
cl(X, aq, sq, "10 years", 10, 10, "year", "=", "HomeCell battery", "warranty period", "duration")
cl(X, aq, sq, "6,000 cycles", 6000, 6000, "cycle", "=", "HomeCell battery", "warranty in charge cycles", "count")
aq = "Workmanship faults are fixed free for 2 years"
cl(X, aq, "Workmanship faults are fixed free for 2 years after install, including loose terminations and leaks around roof mounts", "2 years", 2, 2, "year", "=", "installation workmanship", "guarantee period", "duration")
aq = "EV chargers carry a 5-year manufacturer warranty"
cl(X, aq, "EV chargers carry a 5-year manufacturer warranty, which we register for you on install day", "5-year", 5, 5, "year", "=", "EV chargers", "manufacturer warranty", "duration")
aq = "With our Green Home Loan, a $10,800 system"
sq = "With our Green Home Loan, a $10,800 system financed over 36 months at 0% interest costs $300 a month, with no balloon payment"
cl(X, aq, sq, "$10,800", 10800, 10800, "NZD", "=", "finance example", "amount financed", "price")
cl(X, aq, sq, "36 months", 36, 36, "month", "=", "finance example", "loan term", "duration")
cl(X, aq, sq, "0% interest", 0, 0, "%", "=", "Green Home Loan", "interest rate", "percentage")
cl(X, aq, sq, "$300 a month", 300, 300, "NZD/month", "=", "finance example", "monthly repayment", "price")
aq = "The Green Home Loan is interest-free over 12, 24 or 36 months."
cl(X, aq, "The Green Home Loan is interest-free over 12, 24 or 36 months", "12, 24 or 36 months", 12, 36, "month", "=", "Green Home Loan", "loan term options", "duration")
sq = "A $99 establishment fee is paid upfront, and approval takes about 2 working days"
cl(X, aq, sq, "$99", 99, 99, "NZD", "=", "Green Home Loan", "establishment fee", "price")
cl(X, aq, sq, "about 2 working days", 2, 2, "working day", "~", "Green Home Loan", "approval time", "duration")
aq = "The Charge 7 charges most EVs at its full 7 kW"
cl(X, aq, "The Charge 7 charges most EVs at its full 7 kW, which refills a typical battery overnight", "7 kW", 7, 7, "kW", "=", "Charge 7 with most EVs", "charging power", "power")
aq = "It can. Connected to a single-phase supply"
cl(X, aq, "Connected to a single-phase supply, the Charge 22 is limited to 7 kW, the same as a Charge 7", "limited to 7 kW", None, 7, "kW", "<=", "Charge 22 on single-phase", "charging power", "power")
aq = "The HomeCell 10 stores 10 kWh"
cl(X, aq, "The HomeCell 10 stores 10 kWh of usable energy, enough to run most homes through the evening peak", "10 kWh", 10, 10, "kWh", "=", "HomeCell 10", "usable capacity", "energy")
aq = "A typical home uses around 20 kWh"
cl(X, aq, "A typical home uses around 20 kWh of electricity a day, a bit more in winter when the heat pump is working hard", "around 20 kWh", 20, 20, "kWh/day", "~", "typical home", "daily electricity use", "energy")
aq = "Members of partner EV clubs get 8% off."
cl(X, aq, "Members of partner EV clubs get 8% off", "8% off", 8, 8, "%", "=", "partner EV club members", "discount", "percentage")
sq = "On a $15,000 solar and battery package, that brings the price down to $13,800"
cl(X, aq, sq, "$15,000", 15000, 15000, "NZD", "=", "example solar and battery package", "price before the discount", "price")
cl(X, aq, sq, "$13,800", 13800, 13800, "NZD", "=", "example solar and battery package", "price after the discount", "price")
aq = "Most of our customers see payback in 7 to 10 years"
cl(X, aq, "Most of our customers see payback in 7 to 10 years, depending on how much power they use while the sun is up", "7 to 10 years", 7, 10, "year", "=", "solar system", "payback period", "duration")
aq = "We fit Sol 5 and Sol 8 hybrid inverters."
sq = "The Sol 5 suits up to 6.5 kW of panels and the Sol 8 takes up to 10.4 kW"
cl(X, aq, sq, "up to 6.5 kW", None, 6.5, "kW", "<=", "Sol 5 inverter", "maximum panel capacity", "limit")
cl(X, aq, sq, "up to 10.4 kW", None, 10.4, "kW", "<=", "Sol 8 inverter", "maximum panel capacity", "limit")

# help centre (10 answers)
aq = "HomeCell 10 Plus gives you 13.5 kWh"
cl(D, aq, "HomeCell 10 Plus gives you 13.5 kWh of usable capacity, for bigger homes or anyone charging an EV overnight", "13.5 kWh", 13.5, 13.5, "kWh", "=", "HomeCell 10 Plus", "usable capacity", "energy")
aq = "With the Backup Gateway fitted, a HomeCell"
cl(D, aq, "With the Backup Gateway fitted, a HomeCell can supply up to 5 kW in backup mode", "up to 5 kW", None, 5, "kW", "<=", "HomeCell with Backup Gateway in an outage", "backup output", "power")
aq = "Our 6.6 kW package is priced from $12,500"
sq = "Our 6.6 kW package is priced from $12,500 fully installed, with 15 panels and a Sol 8 inverter"
cl(D, aq, sq, "6.6 kW", 6.6, 6.6, "kW", "=", "mid-size solar package", "system size", "power")
cl(D, aq, sq, "from $12,500", 12500, None, "NZD", ">=", "6.6 kW solar package", "installed price", "price")
cl(D, aq, sq, "15 panels", 15, 15, "panels", "=", "6.6 kW solar package", "number of panels", "count")
aq = "A typical system pays for itself in about 8 years"
cl(D, aq, "A typical system pays for itself in about 8 years, sooner if you have an EV to soak up daytime solar", "about 8 years", 8, 8, "year", "~", "solar system", "payback period", "duration")
aq = "On a three-phase supply the Charge 22 delivers 22 kW"
cl(D, aq, "On a three-phase supply the Charge 22 delivers 22 kW, which suits big-battery EVs and long daily commutes", "22 kW", 22, 22, "kW", "=", "Charge 22 on three-phase", "charging power", "power")
aq = "Both of our chargers come with a 3-year warranty"
cl(D, aq, "Both of our chargers come with a 3-year warranty from the manufacturer, and we'll handle any claim for you", "3-year", 3, 3, "year", "=", "EV chargers", "manufacturer warranty", "duration")
aq = "A 20% deposit locks in your installation date"
cl(D, aq, "A 20% deposit locks in your installation date, and we order your equipment as soon as it clears", "20%", 20, 20, "%", "=", "deposit on signing", "share of the quoted price", "percentage")
aq = "As of 2025, the wait for a battery install"
cl(D, aq, "As of 2025, the wait for a battery install is around 3 weeks from when your deposit clears", "around 3 weeks", 3, 3, "week", "~", "battery install", "lead time", "duration")
aq = "The Care Plan costs $249 a year"
cl(D, aq, "The Care Plan costs $249 a year and covers your annual service and remote monitoring", "$249 a year", 249, 249, "NZD/year", "=", "Care Plan", "price", "price")
aq = "Roofs steeper than 35 degrees need scaffolding"
cl(D, aq, "Roofs steeper than 35 degrees need scaffolding, which we add to your quote after the site visit", "steeper than 35 degrees", 35, None, "degree", ">=", "roof that needs scaffolding", "roof pitch", "angle")

with open(os.path.join(HERE, "claims.jsonl"), "w", encoding="utf-8") as fh:
    for c in C:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print(f"wrote {len(labels['conflicts'])} conflicts, {len(labels['traps'])} traps, {len(C)} claims "
      f"({len({(c['file'], c['answer_quote']) for c in C})} answers)")

# ---------------------------------------------------------------- checks
def norm(s): return re.sub(r"\s+", " ", s).strip()
def visible(raw): return norm(html.unescape(re.sub(r"<[^>]+>", " ", raw)))

def answers_of(fname):
    raw = open(os.path.join(CORPUS, fname), encoding="utf-8").read()
    if fname.endswith(".txt"):
        lines = raw.split("\n")
        assert lines[-1] == "", "txt must end with a newline"
        lines = lines[:-1]
        assert all(l.strip() for l in lines), "txt has a blank line"
        return raw, lines[1:-1]          # title line and sign-off line are not answers
    if fname.endswith(".md"):
        parts = re.split(r"^### .*$", raw, flags=re.M)
        return raw, [norm(p) for p in parts[1:]]
    if 'class="faq-table' in raw:
        rows = re.findall(r"<tr>\s*<td[^>]*>(.*?)</td>\s*<td[^>]*>(.*?)</td>\s*</tr>", raw, flags=re.S)
        return raw, [visible(a) for q, a in rows if q.strip()]
    bodies = re.findall(r"<details[^>]*>\s*<summary>.*?</summary>(.*?)</details>", raw, flags=re.S)
    return raw, [visible(b) for b in bodies]

FILES = {f: answers_of(f) for f in (T, M, X, D)}
errors = []
def err(msg): errors.append(msg)

def locate(f, q):
    raw, answers = FILES[f]
    n = len(q.split())
    if not 5 <= n <= 15: err(f"{f}: quote has {n} words: {q!r}")
    if raw.count(q) != 1: err(f"{f}: quote occurs {raw.count(q)} times in raw file: {q!r}")
    if f.endswith(".html"):
        if any(ch in q for ch in "<>&"): err(f"{f}: quote has tag or entity characters: {q!r}")
        if visible(raw).count(q) != 1: err(f"{f}: quote occurs {visible(raw).count(q)} times in visible text: {q!r}")
    if '"' in q or "\\" in q or "\u2019" in q: err(f"{f}: quote has a double quote, backslash or curly apostrophe: {q!r}")
    hits = [i for i, a in enumerate(answers) if q in a]
    if len(hits) != 1: err(f"{f}: quote lies in {len(hits)} answers: {q!r}"); return None
    return (f, hits[0])

seen_quotes, pair_owner = {}, {}
for kind, items in (("conflict", labels["conflicts"]), ("trap", labels["traps"])):
    for lab in items:
        locs = []
        for s in lab["sides"]:
            key = (s["file"], s["quote"])
            if key in seen_quotes: err(f"{lab['id']}: quote reused from {seen_quotes[key]}: {s['quote']!r}")
            seen_quotes[key] = lab["id"]
            locs.append(locate(s["file"], s["quote"]))
        if None in locs: continue
        arith = kind == "conflict" and lab["kind"] == "arithmetic" or kind == "trap" and locs[0] == locs[1]
        if kind == "conflict" and lab["kind"] == "arithmetic" and locs[0] != locs[1]:
            err(f"{lab['id']}: arithmetic conflict crosses answers")
        if not arith and locs[0] == locs[1]: err(f"{lab['id']}: both sides in one answer")
        pair = frozenset(locs) if locs[0] != locs[1] else frozenset([locs[0], ("same",)])
        if pair in pair_owner: err(f"{lab['id']}: answer pair already labelled by {pair_owner[pair]}")
        pair_owner[pair] = lab["id"]

kinds = {}
for c in labels["conflicts"]: kinds[c["kind"]] = kinds.get(c["kind"], 0) + 1
if kinds != {"list": 3, "polarity": 3, "numeric": 4, "arithmetic": 3, "stale": 3}: err(f"conflict kinds {kinds}")
for c in labels["conflicts"]:
    if c["kind"] == "stale":
        for s in c["sides"]:
            if not re.search(r"20\d\d", s["quote"]): err(f"{c['id']}: stale side without a year: {s['quote']!r}")

FIELDS = ["file", "answer_quote", "sentence_quote", "surface", "low", "high", "unit", "comparator",
          "subject", "metric", "metric_class", "hedged"]
with open(os.path.join(HERE, "claims.jsonl"), encoding="utf-8") as fh:
    for ln, line in enumerate(fh, 1):
        c = json.loads(line)
        if list(c) != FIELDS: err(f"claim {ln}: fields {list(c)}")
        raw, answers = FILES[c["file"]]
        starts = [a for a in answers if a.startswith(c["answer_quote"])]
        if len(starts) != 1: err(f"claim {ln}: answer_quote starts {len(starts)} answers: {c['answer_quote']!r}"); continue
        if c["sentence_quote"] not in starts[0]: err(f"claim {ln}: sentence_quote not in answer: {c['sentence_quote']!r}")
        if c["surface"] not in c["sentence_quote"]: err(f"claim {ln}: surface not in sentence: {c['surface']!r}")
        if c["sentence_quote"] not in raw: err(f"claim {ln}: sentence_quote not raw in file")
        lo, hi, cmp_ = c["low"], c["high"], c["comparator"]
        ok = {"=": lo is not None and hi is not None and lo <= hi, "~": lo is not None and hi is not None and lo == hi,
              "<=": lo is None and hi is not None, ">=": lo is not None and hi is None}.get(cmp_, False)
        if not ok: err(f"claim {ln}: comparator {cmp_} vs low={lo} high={hi}")
        flat = c["surface"].replace(",", "")
        for v in sorted({v for v in (lo, hi) if v is not None}):
            if f"{v:g}" not in flat:
                print(f"note: claim {ln}: value {v:g} is not written as digits in {c['surface']!r}")

n_answers = {f: len(a) for f, (r, a) in FILES.items()}
print("answers per file:", n_answers, "total", sum(n_answers.values()))
for e in errors: print("ERROR:", e)
print(f"{len(errors)} errors")
sys.exit(1 if errors else 0)
