#!/usr/bin/env python3
"""Writes labels.json and claims.jsonl for the allotment domain (Lyngbø Parsellhagelag)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
T, M, H, J = "board-replies.txt", "hut-duty-notes.md", "member-faq.html", "faq-documents.json"

def side(f, q): return {"file": f, "quote": q}

conflicts = [
 # list
 ("list", "The board's saved replies let members put up a cold frame, a small greenhouse, a tool box and a bench on their plot, while the Prismic FAQ entry allows only cold frames and raised beds on a plot and sends sheds and greenhouses to the common areas.",
  "structures allowed on a plot", side(T, "put up a cold frame, a small greenhouse, a tool box and a bench"), side(J, "The only structures allowed on a plot are cold frames and raised beds")),
 ("list", "The Prismic FAQ entry lets people living in Bergen, Askøy or Øygarden join the waiting list, while the hut duty notes tell the board to add only people with an address in Bergen kommune to the queue.",
  "who may join the waiting list", side(J, "People living in Bergen, Askøy or Øygarden can all join the waiting list"), side(M, "Only add people with an address in Bergen kommune to the queue")),
 ("list", "The board's saved replies take payment only by eFaktura invoice or Vipps, while the MkDocs FAQ page says rent can be paid with Vipps, by bank transfer or by card in the hut.",
  "accepted payment methods", side(T, "We only take payment by eFaktura invoice or Vipps"), side(H, "Rent can be paid with Vipps, by bank transfer or by card in the hut")),
 # polarity
 ("polarity", "The MkDocs FAQ page welcomes dogs on a lead in the garden, while the hut duty notes keep dogs outside the allotment gate, on a lead or not.",
  "dogs in the garden", side(H, "Dogs on a lead are welcome in the garden"), side(M, "Keep dogs outside the allotment gate, on a lead or not")),
 ("polarity", "The board's saved replies let a friend or neighbour tend a plot while the holder is away for the summer, while the Prismic FAQ entry says nobody outside the holder's household may cultivate the plot, not even for a few weeks.",
  "someone else tending a member's plot", side(T, "fine to let a friend or neighbour tend your plot while you are away"), side(J, "Nobody outside the plot holder's household may cultivate the plot")),
 ("polarity", "The Prismic FAQ entry lets members water their plots with a hose from the standpipes, while the MkDocs FAQ page says hoses are not allowed on the plots.",
  "watering with a hose", side(J, "Members may water their plots with a hose from the standpipes"), side(H, "Hoses are not allowed on the plots")),
 # numeric
 ("numeric", "The hut duty notes say every plot holder owes 10 hours of dugnad per season, while the MkDocs FAQ page says each member must put in 6 hours of communal work a year.",
  "dugnad hours owed each year", side(M, "Every plot holder owes 10 hours of dugnad per season"), side(H, "Each member must put in 6 hours of communal work a year")),
 ("numeric", "The board's saved replies put the gate-key deposit at kr 300, while the hut duty notes charge 500 kr for each gate key handed out (paid back when it is returned).",
  "deposit for a gate key", side(T, "The deposit for a gate key is kr 300"), side(M, "Charge 500 kr for each gate key you hand out")),
 ("numeric", "The MkDocs FAQ page says staying on the waiting list costs NOK 100 a year, while the Prismic FAQ entry gives the yearly queue fee as 150,-.",
  "yearly waiting-list fee", side(H, "Staying on the waiting list costs NOK 100 a year"), side(J, "The yearly queue fee is 150,-")),
 ("numeric", "The Prismic FAQ entry lets a household rent no more than 2 plots at a time, while the board's saved replies allow only one plot per household.",
  "maximum number of plots per household", side(J, "A household can rent no more than 2 plots at a time"), side(T, "Only one plot per household is allowed")),
 # arithmetic
 ("arithmetic", "16 sacks at kr 95 a sack is kr 1 520, not kr 1 420.",
  "price of compost soil for a new raised bed", side(T, "Compost soil from the society is kr 95 a sack"), side(T, "so the 16 sacks a new raised bed needs come to kr 1 420")),
 ("arithmetic", "4 missed hours at 250 kr each is 1 000 kr, not 900 kr.",
  "charge for 4 missed dugnad hours", side(M, "Missed dugnad hours are billed at 250 kr each"), side(M, "so a member who misses 4 hours owes 900 kr")),
 ("arithmetic", "A kr 1.250,00 load shared by 5 plots is kr 250,00 each, not kr 275,00.",
  "each plot's share of a load of horse manure", side(J, "A load of horse manure is kr 1.250,00 delivered"), side(J, "when the 5 plots along one path share a load, each pays kr 275,00")),
 # stale
 ("stale", "A 2021 note rents a standard plot for 1 100 kr a year, while a 2024 answer says an ordinary plot costs NOK 1 450 per season.",
  "yearly rent for a standard plot", side(M, "(2021) A standard plot rents for 1 100 kr a year"), side(H, "Since 2024, an ordinary plot costs NOK 1 450 per season")),
 ("stale", "A 2020 entry says the society has 84 plots, while a 2025 reply says there are 112 since the lower field was cleared.",
  "number of plots", side(J, "(2020) The society has 84 plots"), side(T, "As of 2025, we have 112 plots")),
 ("stale", "A 2022 reply gives membership as kr 200 a year, while a 2025 answer gives the annual member fee as NOK 300.",
  "yearly membership fee", side(T, "(2022) Membership in the society costs kr 200 a year"), side(H, "Since 2025, the annual member fee is NOK 300")),
]

traps = [
 ("Different tier: a small plot of 25 square metres is kr 750 a year, a large plot of 100 m² kr 2.600,00 a season.",
  side(T, "A small plot (25 square metres) rents for kr 750 a year"), side(J, "Large plots of 100 m² cost kr 2.600,00 per season")),
 ("Different condition (member or not): members hire the rotavator for 220 kr a half day, non-members pay NOK 400.",
  side(M, "Members hire the petrol rotavator for 220 kr a half day"), side(H, "Non-members pay NOK 400 for half a day with the rotavator")),
 ("Different condition (time of year): a greenhouse bed is 450 kr for the summer season and NOK 150 over the winter.",
  side(M, "A bed in the common greenhouse costs 450 kr for the summer season"), side(H, "Over the winter, a greenhouse bed is NOK 150")),
 ("Similarly named products: a minibod (the narrow shed along the fence) is 350,- a season, a bod (a full-size wooden shed) 650 kr a season.",
  side(J, "A minibod, the narrow shed along the fence, is 350,- a season"), side(M, "a full-size wooden shed for one member, and it rents for 650 kr a season")),
 ("Same value in other units: 1 mål is 1 000 square metres, so 12 mål is about 12 000 square metres.",
  side(M, "The garden covers 12 mål, fields, paths and the hut included"), side(J, "The whole site is about 12 000 square metres")),
 ("Correct computation: 5 kr per square metre for a 40 square metre plot is 200 kr.",
  side(M, "Water is billed at 5 kr per square metre"), side(M, "so a 40 square metre plot pays 200 kr a season")),
 ("Correct percentage: 25% off kr 240 is kr 180.",
  side(T, "Seed potatoes come in 10 kg sacks at kr 240"), side(T, "members get 25% off, so they pay kr 180 a sack")),
 ("About 3 years lies inside the usual wait of 2 to 4 years.",
  side(J, "The wait is usually 2 to 4 years"), side(H, "Most people wait about 3 years before they are offered a plot")),
 ("200 kg is a hedged example ('For example ... might') for a plot given over to potatoes in a good year, not the typical harvest of around 80 kg.",
  side(M, "A standard plot typically gives around 80 kg of vegetables"), side(T, "For example, a standard plot given over to potatoes might yield 200 kg")),
 ("The 300 kr compost-bin price is explicitly the price before 2022; NOK 550 is the current price.",
  side(M, "Compost bins used to cost 300 kr before 2022"), side(H, "A compost bin bought through the society is NOK 550")),
 ("'Up to 7 days' is the longest loan; most members bring a tool back after about 2 days.",
  side(T, "Tools from the tool shed can be kept for up to 7 days"), side(J, "Most members bring a borrowed tool back after about 2 days")),
 ("The list of tools lent out is open ('such as'), so a hedge trimmer as another tool to borrow is consistent.",
  side(J, "The tool shed lends out tools such as spades, forks, rakes and wheelbarrows"), side(M, "A hedge trimmer can also be borrowed from the tool shed")),
 ("The same age rule stated in both directions (18 or older to rent a plot / nobody under 18 can sign a plot lease).",
  side(T, "You must be 18 or older to rent a plot in your own name"), side(H, "Nobody under 18 can sign a plot lease")),
 ("Different size: a 50-litre sack of bark mulch is kr 70, a 1 000-litre big bag NOK 900.",
  side(T, "A 50-litre sack of bark mulch is kr 70"), side(H, "A big bag of bark mulch (1 000 litres) costs NOK 900")),
]

DOMAIN = ("Lyngbø Parsellhagelag, a fictional allotment and community-garden society at Lyngbø in Laksevåg, Bergen, Norway "
          "(prices in Norwegian kroner written 'kr 300', 'kr 1 420' in the board's replies, '500 kr', '1 100 kr' in the hut notes, "
          "'NOK 150', 'NOK 1 450' on the MkDocs page and 'kr 1.250,00', '150,-' in the Prismic entries; areas in square metres and mål): "
          "plot rent by size (small, standard old and current, large), the membership fee (old and current), the number of plots "
          "(old and current), the waiting list (who may join, the yearly fee, the wait), plots per household, tending someone "
          "else's plot, structures allowed on a plot, payment, gate keys, dugnad hours and the charge for missed hours, water and "
          "hoses, sheds (bod and minibod), the greenhouse (summer and winter beds), tools and the rotavator (members and "
          "non-members), compost soil, compost bins, bark mulch, horse manure, seed potatoes, harvests, the age rule, the size "
          "of the garden, dogs, toilets, parking, barbecues, compost and office hours.")
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

# board's saved replies (11 answers)
aq = "As of 2025, we have 112 plots"
cl(T, aq, "As of 2025, we have 112 plots, now that the lower field has been cleared and fenced", "112 plots", 112, 112, "plots", "=", "Lyngbø Parsellhagelag", "number of plots", "count")
aq = "The deposit for a gate key is kr 300"
cl(T, aq, "The deposit for a gate key is kr 300, and you get it back when you hand the key in", "kr 300", 300, 300, "NOK", "=", "gate key", "deposit", "price")
aq = "A small plot (25 square metres) rents for kr 750 a year"
sq = "A small plot (25 square metres) rents for kr 750 a year, which suits beginners"
cl(T, aq, sq, "25 square metres", 25, 25, "m2", "=", "small plot", "plot area", "other")
cl(T, aq, sq, "kr 750 a year", 750, 750, "NOK/year", "=", "small plot", "plot rent", "price")
aq = "Compost soil from the society is kr 95 a sack"
sq = "Compost soil from the society is kr 95 a sack, so the 16 sacks a new raised bed needs come to kr 1 420"
cl(T, aq, sq, "kr 95 a sack", 95, 95, "NOK/sack", "=", "compost soil", "price per sack", "price")
cl(T, aq, sq, "16 sacks", 16, 16, "sacks", "=", "new raised bed", "compost soil needed", "count")
cl(T, aq, sq, "kr 1 420", 1420, 1420, "NOK", "=", "compost soil for a new raised bed", "total price", "price")
aq = "Harvests vary a lot from year to year."
cl(T, aq, "For example, a standard plot given over to potatoes might yield 200 kg in a good year", "200 kg", 200, 200, "kg", "=", "example standard plot of potatoes in a good year", "harvest per season", "other", True)
aq = "Tools from the tool shed can be kept for up to 7 days"
cl(T, aq, "Tools from the tool shed can be kept for up to 7 days, because someone else may be waiting for them", "up to 7 days", None, 7, "day", "<=", "tool borrowed from the tool shed", "loan period", "duration")
aq = "(2022) Membership in the society costs kr 200 a year"
cl(T, aq, "(2022) Membership in the society costs kr 200 a year, paid in March", "kr 200 a year", 200, 200, "NOK/year", "=", "membership of the society", "membership fee", "price")
aq = "Seed potatoes come in 10 kg sacks at kr 240"
sq = "Seed potatoes come in 10 kg sacks at kr 240, and members get 25% off, so they pay kr 180 a sack"
cl(T, aq, sq, "10 kg sacks", 10, 10, "kg", "=", "sack of seed potatoes", "sack size", "other")
cl(T, aq, sq, "kr 240", 240, 240, "NOK/sack", "=", "sack of seed potatoes", "full price", "price")
cl(T, aq, sq, "25% off", 25, 25, "%", "=", "seed potatoes bought by a member", "member discount", "percentage")
cl(T, aq, sq, "kr 180 a sack", 180, 180, "NOK/sack", "=", "sack of seed potatoes bought by a member", "member price", "price")
aq = "Only one plot per household is allowed"
cl(T, aq, "Only one plot per household is allowed, even if several people in the household are members", "one plot per household", None, 1, "plots", "<=", "household", "maximum plots per household", "limit")
aq = "You must be 18 or older to rent a plot"
cl(T, aq, "You must be 18 or older to rent a plot in your own name, so bring a parent to sign if you are younger", "18 or older", 18, None, "year", ">=", "plot holder", "minimum age", "limit")
aq = "A 50-litre sack of bark mulch is kr 70"
sq = "A 50-litre sack of bark mulch is kr 70 at the hut, enough for a short path"
cl(T, aq, sq, "50-litre sack", 50, 50, "litre", "=", "sack of bark mulch", "volume", "other")
cl(T, aq, sq, "kr 70", 70, 70, "NOK/sack", "=", "50-litre sack of bark mulch", "price", "price")

# hut duty notes (11 answers)
aq = "(2021) A standard plot rents for 1 100 kr a year."
cl(M, aq, "(2021) A standard plot rents for 1 100 kr a year", "1 100 kr a year", 1100, 1100, "NOK/year", "=", "standard plot", "plot rent", "price")
aq = "Charge 500 kr for each gate key"
cl(M, aq, "Charge 500 kr for each gate key you hand out, and pay it back when the key comes home", "500 kr", 500, 500, "NOK", "=", "gate key", "deposit", "price")
aq = "Members hire the petrol rotavator for 220 kr a half day."
cl(M, aq, "Members hire the petrol rotavator for 220 kr a half day", "220 kr a half day", 220, 220, "NOK/half day", "=", "rotavator hired by a member", "hire price", "price")
aq = "Every plot holder owes 10 hours of dugnad per season."
cl(M, aq, "Every plot holder owes 10 hours of dugnad per season", "10 hours", 10, 10, "hour/year", "=", "plot holder", "dugnad hours owed", "duration")
aq = "A bed in the common greenhouse costs 450 kr"
cl(M, aq, "A bed in the common greenhouse costs 450 kr for the summer season, May to September", "450 kr", 450, 450, "NOK/season", "=", "greenhouse bed, summer season", "bed rent", "price")
aq = "A bod is a full-size wooden shed for one member"
cl(M, aq, "A bod is a full-size wooden shed for one member, and it rents for 650 kr a season", "650 kr a season", 650, 650, "NOK/year", "=", "bod (full-size shed)", "shed rent", "price")
aq = "Missed dugnad hours are billed at 250 kr each"
sq = "Missed dugnad hours are billed at 250 kr each, so a member who misses 4 hours owes 900 kr"
cl(M, aq, sq, "250 kr each", 250, 250, "NOK/hour", "=", "missed dugnad hour", "charge per hour", "price")
cl(M, aq, sq, "4 hours", 4, 4, "hour", "=", "example member", "dugnad hours missed", "duration")
cl(M, aq, sq, "900 kr", 900, 900, "NOK", "=", "4 missed dugnad hours", "total charge", "price")
aq = "The garden covers 12 mål"
cl(M, aq, "The garden covers 12 mål, fields, paths and the hut included", "12 mål", 12, 12, "mål", "=", "the garden", "site area", "other")
aq = "Water is billed at 5 kr per square metre"
sq = "Water is billed at 5 kr per square metre, so a 40 square metre plot pays 200 kr a season"
cl(M, aq, sq, "5 kr per square metre", 5, 5, "NOK/m2/year", "=", "water", "price per square metre", "price")
cl(M, aq, sq, "40 square metre plot", 40, 40, "m2", "=", "example plot", "plot area", "other")
cl(M, aq, sq, "200 kr a season", 200, 200, "NOK/year", "=", "water for a 40 square metre plot", "water charge", "price")
aq = "A standard plot typically gives around 80 kg"
cl(M, aq, "A standard plot typically gives around 80 kg of vegetables a season, depending on what is grown", "around 80 kg", 80, 80, "kg", "~", "standard plot", "harvest per season", "other")
aq = "Compost bins used to cost 300 kr before 2022."
cl(M, aq, "Compost bins used to cost 300 kr before 2022", "300 kr", 300, 300, "NOK", "=", "compost bin before 2022", "old price", "price")

# MkDocs FAQ page (10 answers)
aq = "Since 2024, an ordinary plot costs NOK 1 450"
cl(H, aq, "Since 2024, an ordinary plot costs NOK 1 450 per season, water not included", "NOK 1 450 per season", 1450, 1450, "NOK/year", "=", "standard plot", "plot rent", "price")
aq = "Since 2025, the annual member fee is NOK 300"
cl(H, aq, "Since 2025, the annual member fee is NOK 300, on top of the plot rent", "NOK 300", 300, 300, "NOK/year", "=", "membership of the society", "membership fee", "price")
aq = "Staying on the waiting list costs NOK 100 a year"
cl(H, aq, "Staying on the waiting list costs NOK 100 a year, and you keep your place as long as you pay", "NOK 100 a year", 100, 100, "NOK/year", "=", "place on the waiting list", "waiting-list fee", "price")
aq = "Most people wait about 3 years"
cl(H, aq, "Most people wait about 3 years before they are offered a plot", "about 3 years", 3, 3, "year", "~", "person on the waiting list", "wait for a plot", "duration")
aq = "Nobody under 18 can sign a plot lease"
cl(H, aq, "Nobody under 18 can sign a plot lease, so young gardeners need a parent to hold it", "under 18", 18, None, "year", ">=", "plot holder", "minimum age", "limit")
aq = "Yes. Non-members pay NOK 400"
cl(H, aq, "Non-members pay NOK 400 for half a day with the rotavator, fuel included", "NOK 400", 400, 400, "NOK/half day", "=", "rotavator hired by a non-member", "hire price", "price")
aq = "Over the winter, a greenhouse bed is NOK 150"
cl(H, aq, "Over the winter, a greenhouse bed is NOK 150, and the heater keeps the greenhouse frost-free", "NOK 150", 150, 150, "NOK/season", "=", "greenhouse bed, winter", "bed rent", "price")
aq = "A compost bin bought through the society is NOK 550"
cl(H, aq, "A compost bin bought through the society is NOK 550, and we carry it to your plot", "NOK 550", 550, 550, "NOK", "=", "compost bin", "price", "price")
aq = "A big bag of bark mulch (1 000 litres)"
sq = "A big bag of bark mulch (1 000 litres) costs NOK 900, delivered to the gate"
cl(H, aq, sq, "1 000 litres", 1000, 1000, "litre", "=", "big bag of bark mulch", "volume", "other")
cl(H, aq, sq, "NOK 900", 900, 900, "NOK", "=", "1 000-litre big bag of bark mulch", "price", "price")
aq = "Each member must put in 6 hours"
cl(H, aq, "Each member must put in 6 hours of communal work a year, at the spring and autumn dugnad", "6 hours", 6, 6, "hour/year", "=", "plot holder", "dugnad hours owed", "duration")

# Prismic FAQ entries (9 answers)
aq = "The yearly queue fee is 150,-"
cl(J, aq, "The yearly queue fee is 150,- and is charged every January", "150,-", 150, 150, "NOK/year", "=", "place on the waiting list", "waiting-list fee", "price")
aq = "The wait is usually 2 to 4 years"
cl(J, aq, "The wait is usually 2 to 4 years, depending on which field you ask for", "2 to 4 years", 2, 4, "year", "=", "person on the waiting list", "wait for a plot", "duration")
aq = "Yes. A load of horse manure is kr 1.250,00"
sq = "A load of horse manure is kr 1.250,00 delivered, and when the 5 plots along one path share a load, each pays kr 275,00"
cl(J, aq, sq, "kr 1.250,00", 1250, 1250, "NOK", "=", "load of horse manure", "price delivered", "price")
cl(J, aq, sq, "5 plots", 5, 5, "plots", "=", "plots along one path", "plots sharing a load", "count")
cl(J, aq, sq, "kr 275,00", 275, 275, "NOK", "=", "one plot's share of a load of horse manure", "share of the price", "price")
aq = "Large plots of 100 m² cost kr 2.600,00"
sq = "Large plots of 100 m² cost kr 2.600,00 per season, and they are usually on the lower field"
cl(J, aq, sq, "100 m²", 100, 100, "m2", "=", "large plot", "plot area", "other")
cl(J, aq, sq, "kr 2.600,00 per season", 2600, 2600, "NOK/year", "=", "large plot", "plot rent", "price")
aq = "A minibod, the narrow shed along the fence"
cl(J, aq, "A minibod, the narrow shed along the fence, is 350,- a season and holds hand tools and a folding chair", "350,- a season", 350, 350, "NOK/year", "=", "minibod (narrow shed)", "shed rent", "price")
aq = "A household can rent no more than 2 plots"
cl(J, aq, "A household can rent no more than 2 plots at a time", "no more than 2 plots", None, 2, "plots", "<=", "household", "maximum plots per household", "limit")
aq = "Most members bring a borrowed tool back"
cl(J, aq, "Most members bring a borrowed tool back after about 2 days", "about 2 days", 2, 2, "day", "~", "tool borrowed from the tool shed", "typical loan period", "duration")
aq = "The whole site is about 12 000 square metres"
cl(J, aq, "The whole site is about 12 000 square metres inside the fence", "about 12 000 square metres", 12000, 12000, "m2", "~", "the garden", "site area", "other")
aq = "(2020) The society has 84 plots"
cl(J, aq, "(2020) The society has 84 plots, all on the upper field", "84 plots", 84, 84, "plots", "=", "Lyngbø Parsellhagelag", "number of plots", "count")

with open(os.path.join(HERE, "claims.jsonl"), "w", encoding="utf-8") as fh:
    for c in C:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print(f"wrote {len(labels['conflicts'])} conflicts, {len(labels['traps'])} traps, {len(C)} claims")
