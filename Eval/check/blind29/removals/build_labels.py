#!/usr/bin/env python3
"""Writes labels.json and claims.jsonl for the removals domain (Kloof and Reef Removals)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
T, M, H, J = "office-quick-replies.txt", "crew-handbook.md", "moving-faq.html", "faq-table.json"

def side(f, q): return {"file": f, "quote": q}

conflicts = [
 # list
 ("list", "The WhatsApp quick replies say every move includes furniture blankets, shrink wrap, tape and mattress covers at no charge, while the Jekyll FAQ page says only furniture blankets and shrink wrap are provided free on moving day, with tape and mattress covers sold separately.",
  "packing materials supplied free on moving day", side(T, "Every move includes furniture blankets, shrink wrap, tape and mattress covers"), side(H, "we provide furniture blankets and shrink wrap free of charge, and nothing else")),
 ("list", "The crew handbook says clients can pay by EFT, credit card, SnapScan or cash, while the Datasette FAQ table says only EFT or a credit card is accepted for the balance.",
  "accepted payment methods", side(M, "Clients can pay by EFT, credit card, SnapScan or cash on the day"), side(J, "We only accept EFT or a credit card for the balance")),
 ("list", "The Datasette FAQ table says the Johannesburg branch serves Sandton, Randburg, Midrand and Pretoria at local rates, while the quick replies say the Joburg depot only does local moves within Sandton, Randburg and Midrand.",
  "areas the Johannesburg branch covers for local moves", side(J, "Our Johannesburg branch serves Sandton, Randburg, Midrand and Pretoria"), side(T, "we only do local moves within Sandton, Randburg and Midrand")),
 # polarity
 ("polarity", "The Jekyll FAQ page says the trucks take pot plants along on local moves, while the crew handbook says crews must never load plants of any kind.",
  "moving pot plants", side(H, "Our trucks will take your pot plants along on local moves"), side(M, "Crews must never load plants of any kind onto the truck")),
 ("polarity", "The quick replies say the crew takes apart and reassembles beds, wardrobes and desks free of charge, while the Datasette FAQ table says dismantling and reassembly are not part of a standard move and are billed as an extra.",
  "dismantling and reassembling furniture", side(T, "takes apart and reassembles beds, wardrobes and desks free of charge"), side(J, "Dismantling and reassembly of furniture are not included in a standard move")),
 ("polarity", "The crew handbook says Sunday moves are available on request, while the Jekyll FAQ page says the crews do not work on Sundays.",
  "moves on Sundays", side(M, "Sunday moves are available on request"), side(H, "Our crews do not work on Sundays or public holidays")),
 # numeric
 ("numeric", "The Jekyll FAQ page returns the deposit in full only when a move is cancelled 7 days or more ahead, while the quick replies pay it back in full for cancellations at least 72 hours ahead.",
  "notice needed to cancel with a full deposit refund", side(H, "Cancel 7 days or more before moving day and we return your deposit"), side(T, "paid back in full if you cancel at least 72 hours ahead")),
 ("numeric", "The quick replies insure goods in transit up to R250 000 per move, while the crew handbook says the standard transit policy pays out at most R 150 000,00 per load.",
  "goods-in-transit insurance limit", side(T, "Goods in transit are insured up to R250 000 per move"), side(M, "Our standard transit policy pays out at most R 150 000,00 per load")),
 ("numeric", "The Datasette FAQ table gives a three-bedroom house a crew of 4 movers, while the crew handbook sends 6 movers to every three-bedroom home.",
  "number of movers for a three-bedroom home", side(J, "A three-bedroom house gets a crew of 4 movers"), side(M, "Send 6 movers to every three-bedroom home, plus the driver")),
 ("numeric", "The Datasette FAQ table charges a long-carry fee only past 30 m from the truck to the door, while the Jekyll FAQ page says only the first 20 metres are free.",
  "free carrying distance before a long-carry fee", side(J, "A long-carry fee applies when the truck parks more than 30 m from the door"), side(H, "The first 20 metres between the truck and your front door are free")),
 # arithmetic
 ("arithmetic", "R1 150 an hour for a 4-hour move is R4 600, not R4 800.",
  "price of a 4-hour local move with a 3-tonne truck", side(T, "a 3-tonne truck with 3 movers is R1 150 an hour"), side(T, "so a 4-hour local move comes to R4 800 before VAT")),
 ("arithmetic", "R 6 400,00 plus R 960,00 VAT (15% of R 6 400,00) is R 7 360,00, not R 7 460,00.",
  "quote total with VAT", side(M, "A quote of R 6 400,00 plus 15% VAT of R 960,00"), side(M, "comes to R 7 460,00 on the invoice")),
 ("arithmetic", "ZAR 18 per km over 1 400 km is ZAR 25,200, not ZAR 24,200.",
  "price of a Cape Town to Johannesburg part load", side(J, "Part loads cost ZAR 18 per km, so the 1 400 km trip"), side(J, "comes out at ZAR 24,200 before VAT")),
 # stale
 ("stale", "A 2022 handbook note sets the minimum booking at 2 hours, while the Jekyll FAQ page bills every local move for at least 3 hours since 2024.",
  "minimum billed time for a local move", side(M, "(2022) The minimum booking is 2 hours for any local move"), side(H, "Since 2024, every local move is billed for at least 3 hours")),
 ("stale", "A 2023 quick reply prices a standard moving box at R28, while the 2025 Datasette entry sells standard cartons for ZAR 35 apiece.",
  "price of a standard moving box", side(T, "(2023) A standard moving box costs R28"), side(J, "As of 2025, our standard cartons sell for ZAR 35 apiece")),
 ("stale", "A 2022 Datasette entry says the company owns 12 removal trucks, while the Jekyll FAQ page says it runs 18 trucks since 2025.",
  "number of trucks in the fleet", side(J, "(2022) Kloof and Reef owns 12 removal trucks across both branches"), side(H, "Since 2025, the company runs 18 trucks between the Cape Town and Johannesburg depots")),
]

traps = [
 ("Different region: the 6-ton truck with its crew is R 1 450,00 an hour in Cape Town and ZAR 1,350 an hour in Johannesburg.",
  side(M, "In Cape Town the 6-ton truck and crew is R 1 450,00 an hour"), side(J, "In Johannesburg the 6-ton truck with four movers costs ZAR 1,350 per hour")),
 ("Different truck size: the 3-ton truck holds about 18 cubic metres, the 8-ton truck 45 cubic metres.",
  side(T, "Our 3-ton truck holds about 18 cubic metres"), side(H, "The 8-ton truck takes 45 cubic metres of furniture and boxes")),
 ("Different kind of move: local moves need a 30% deposit, long-distance moves a 50% deposit.",
  side(H, "Local moves are secured with a 30% deposit"), side(M, "Long-distance moves need a 50% deposit")),
 ("Different service tier: a shared load takes 7 to 10 working days from Cape Town to Johannesburg, a dedicated truck 2 days.",
  side(H, "With a shared load the trip takes 7 to 10 working days"), side(J, "A dedicated truck does Cape Town to Johannesburg in 2 days")),
 ("Similarly named products: the Flat Kit is R690, the bigger Flat Kit Plus ZAR 1,090.",
  side(T, "The Flat Kit is R690 and has 20 boxes"), side(J, "The Flat Kit Plus costs ZAR 1,090")),
 ("Same value in other units: 250 kg is 0.25 tonnes.",
  side(T, "An upright piano weighs roughly 250 kg"), side(H, "Most uprights come in at about 0.25 tonnes")),
 ("Correct computation: R2,000 plus VAT at 15% (R300) is R2,300.",
  side(H, "With VAT at 15%, a R2,000 packing day"), side(H, "comes to R2,300 once VAT is added")),
 ("Correct percentage: 10% off ZAR 8,000 is ZAR 7,200.",
  side(J, "Pensioners get 10% off every local move, so a ZAR 8,000 move"), side(J, "comes down to ZAR 7,200")),
 ("About 30 minutes lies inside the 20 to 40 minutes range for a video survey.",
  side(T, "A video survey on WhatsApp takes 20 to 40 minutes"), side(M, "Most video surveys are done in about 30 minutes")),
 ("60 cubic metres is a hedged example ('For example ... might') for a large family home with a double garage, not the typical one-bedroom flat's about 15 cubic metres.",
  side(T, "A typical one-bedroom flat fills about 15 cubic metres"), side(H, "For example, a large family home with a double garage might fill 60 cubic metres")),
 ("The R 180,00 bubble wrap price is explicitly the price before 2024; ZAR 240 is the current price.",
  side(M, "Bubble wrap used to be R 180,00 a roll before 2024"), side(J, "A roll of bubble wrap from the depot shop costs ZAR 240")),
 ("'Up to 6 hours' is the longest load, for a big house with many boxes; a typical load takes about 3 hours.",
  side(J, "Loading a big house can take up to 6 hours"), side(M, "A typical load takes about 3 hours")),
 ("The list of specialist items is open ('such as'), so gym equipment as another item is consistent.",
  side(J, "We move specialist items such as pianos, safes, pool tables and aquariums"), side(M, "Treadmills and other gym equipment can also be moved")),
 ("The same box weight rule stated in both directions (heavier than 25 kg is not carried / must weigh 25 kg or less).",
  side(T, "Boxes heavier than 25 kg will not be carried until they are repacked"), side(H, "Each box must weigh 25 kg or less before the crew will load it")),
]

DOMAIN = ("Kloof and Reef Removals, a fictional house-removals and packing company with depots in Cape Town "
          "(Montague Gardens) and Johannesburg (Wynberg), South Africa (prices in South African rand before VAT at 15%, "
          "written 'R1 150', 'R250 000', 'R 1 450,00', 'R 150 000,00', 'R2,000', 'ZAR 1,350'; distances in m and km, "
          "volumes in cubic metres, weights in kg and tonnes): packing materials supplied on moving day, payment, "
          "the Johannesburg branch's local area, dismantling furniture, pot plants, Sunday moves, deposits and "
          "cancellations, goods-in-transit insurance, crew sizes, long-carry fees, hourly truck rates (3-tonne, 6-ton "
          "in Cape Town and Johannesburg), minimum billed time, VAT, part loads and dedicated trucks between Cape Town "
          "and Johannesburg, the fleet, truck volumes, house volumes, boxes and the Flat Kit and Flat Kit Plus, bubble "
          "wrap, piano weight, box weight limit, video surveys, loading time, specialist items, pensioner discount, "
          "load shedding, office hours, parking permits, pets and tips.")
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

# WhatsApp quick replies (10 answers)
aq = "A video survey on WhatsApp takes 20 to 40 minutes"
cl(T, aq, "A video survey on WhatsApp takes 20 to 40 minutes, and you can walk us through the house on your phone", "20 to 40 minutes", 20, 40, "minute", "=", "video survey", "survey length", "duration")
aq = "Goods in transit are insured up to R250 000 per move"
cl(T, aq, "Goods in transit are insured up to R250 000 per move, and you can take extra cover through us if your contents are worth more", "up to R250 000 per move", None, 250000, "ZAR", "<=", "goods in transit", "transit insurance cover", "limit")
aq = "Our 3-ton truck holds about 18 cubic metres"
cl(T, aq, "Our 3-ton truck holds about 18 cubic metres, which is enough for most one-bedroom flats", "about 18 cubic metres", 18, 18, "m3", "~", "3-ton truck", "load volume", "other")
aq = "In Johannesburg a 3-tonne truck with 3 movers is R1 150 an hour"
sq = "In Johannesburg a 3-tonne truck with 3 movers is R1 150 an hour, so a 4-hour local move comes to R4 800 before VAT"
cl(T, aq, sq, "3 movers", 3, 3, "people", "=", "3-tonne truck, Johannesburg", "crew size", "count")
cl(T, aq, sq, "R1 150 an hour", 1150, 1150, "ZAR/hour", "=", "3-tonne truck with 3 movers, Johannesburg", "hourly rate", "price")
cl(T, aq, sq, "4-hour local move", 4, 4, "hour", "=", "example local move", "length", "duration")
cl(T, aq, sq, "R4 800", 4800, 4800, "ZAR", "=", "4-hour local move with a 3-tonne truck", "total price", "price")
aq = "Your deposit is paid back in full"
sq = "Your deposit is paid back in full if you cancel at least 72 hours ahead; later than that, R500 of it covers the crew we turned away"
cl(T, aq, sq, "at least 72 hours", 72, None, "hour", ">=", "cancellation", "notice needed for a full refund", "limit")
cl(T, aq, sq, "R500", 500, 500, "ZAR", "=", "late cancellation", "amount kept from the deposit", "price")
aq = "The Flat Kit is R690 and has 20 boxes"
sq = "The Flat Kit is R690 and has 20 boxes, 2 rolls of tape and a marker, enough for a studio or one-bedroom flat"
cl(T, aq, sq, "R690", 690, 690, "ZAR", "=", "Flat Kit", "price", "price")
cl(T, aq, sq, "20 boxes", 20, 20, "boxes", "=", "Flat Kit", "boxes included", "count")
cl(T, aq, sq, "2 rolls of tape", 2, 2, "rolls", "=", "Flat Kit", "tape rolls included", "count")
aq = "(2023) A standard moving box costs R28"
cl(T, aq, "(2023) A standard moving box costs R28, and we drop them off free with any booked move", "R28", 28, 28, "ZAR", "=", "standard moving box", "price", "price")
aq = "An upright piano weighs roughly 250 kg"
sq = "An upright piano weighs roughly 250 kg, so we always send four movers and a piano dolly for it"
cl(T, aq, sq, "roughly 250 kg", 250, 250, "kg", "~", "upright piano", "weight", "other")
cl(T, aq, sq, "four movers", 4, 4, "people", "=", "piano move", "crew size", "count")
aq = "A typical one-bedroom flat fills about 15 cubic metres"
cl(T, aq, "A typical one-bedroom flat fills about 15 cubic metres of truck space once everything is packed", "about 15 cubic metres", 15, 15, "m3", "~", "typical one-bedroom flat", "truck space needed", "other")
aq = "Boxes heavier than 25 kg will not be carried"
cl(T, aq, "Boxes heavier than 25 kg will not be carried until they are repacked, so split your books over a few small boxes", "heavier than 25 kg", None, 25, "kg", "<=", "packed box", "maximum weight", "limit")

# crew handbook (9 answers)
aq = "(2022) The minimum booking is 2 hours"
cl(M, aq, "(2022) The minimum booking is 2 hours for any local move", "2 hours", 2, None, "hour", ">=", "local move", "minimum billed time", "limit")
aq = "Most video surveys are done in about 30 minutes"
cl(M, aq, "Most video surveys are done in about 30 minutes", "about 30 minutes", 30, 30, "minute", "~", "video survey", "survey length", "duration")
aq = "Our standard transit policy pays out at most"
cl(M, aq, "Our standard transit policy pays out at most R 150 000,00 per load", "at most R 150 000,00 per load", None, 150000, "ZAR", "<=", "goods in transit", "transit insurance cover", "limit")
aq = "In Cape Town the 6-ton truck and crew is R 1 450,00 an hour"
cl(M, aq, "In Cape Town the 6-ton truck and crew is R 1 450,00 an hour", "R 1 450,00 an hour", 1450, 1450, "ZAR/hour", "=", "6-ton truck with crew, Cape Town", "hourly rate", "price")
cl(M, aq, "The crew on that truck is four movers and the driver", "four movers", 4, 4, "people", "=", "6-ton truck, Cape Town", "crew size", "count")
aq = "Send 6 movers to every three-bedroom home"
cl(M, aq, "Send 6 movers to every three-bedroom home, plus the driver", "6 movers", 6, 6, "people", "=", "three-bedroom home", "crew size", "count")
aq = "Bubble wrap used to be R 180,00 a roll before 2024."
cl(M, aq, "Bubble wrap used to be R 180,00 a roll before 2024", "R 180,00 a roll", 180, 180, "ZAR", "=", "roll of bubble wrap before 2024", "old price", "price")
aq = "A quote of R 6 400,00 plus 15% VAT"
sq = "A quote of R 6 400,00 plus 15% VAT of R 960,00 comes to R 7 460,00 on the invoice"
cl(M, aq, sq, "R 6 400,00", 6400, 6400, "ZAR", "=", "example quote", "price before VAT", "price")
cl(M, aq, sq, "15% VAT", 15, 15, "%", "=", "VAT", "tax rate", "percentage")
cl(M, aq, sq, "R 960,00", 960, 960, "ZAR", "=", "example quote", "VAT amount", "price")
cl(M, aq, sq, "R 7 460,00", 7460, 7460, "ZAR", "=", "example quote", "total with VAT", "price")
aq = "Long-distance moves need a 50% deposit"
cl(M, aq, "Long-distance moves need a 50% deposit before they go on the schedule", "50% deposit", 50, 50, "%", "=", "long-distance move", "deposit", "percentage")
aq = "A typical load takes about 3 hours"
cl(M, aq, "A typical load takes about 3 hours from the first box to the closed doors", "about 3 hours", 3, 3, "hour", "~", "typical load", "loading time", "duration")

# Jekyll FAQ page (11 answers)
aq = "Local moves are secured with a 30% deposit"
cl(H, aq, "Local moves are secured with a 30% deposit, paid by EFT when you accept the quote", "30% deposit", 30, 30, "%", "=", "local move", "deposit", "percentage")
aq = "Cancel 7 days or more before moving day"
cl(H, aq, "Cancel 7 days or more before moving day and we return your deposit in full", "7 days or more", 7, None, "day", ">=", "cancellation", "notice needed for a full refund", "limit")
aq = "Since 2024, every local move is billed for at least 3 hours"
cl(H, aq, "Since 2024, every local move is billed for at least 3 hours, even if the job is done sooner", "at least 3 hours", 3, None, "hour", ">=", "local move", "minimum billed time", "limit")
aq = "No, our quotes exclude VAT."
sq = "With VAT at 15%, a R2,000 packing day comes to R2,300 once VAT is added"
cl(H, aq, sq, "VAT at 15%", 15, 15, "%", "=", "VAT", "tax rate", "percentage")
cl(H, aq, sq, "R2,000", 2000, 2000, "ZAR", "=", "example packing day", "price before VAT", "price")
cl(H, aq, sq, "R2,300", 2300, 2300, "ZAR", "=", "example packing day", "total with VAT", "price")
aq = "Since 2025, the company runs 18 trucks"
cl(H, aq, "Since 2025, the company runs 18 trucks between the Cape Town and Johannesburg depots", "18 trucks", 18, 18, "trucks", "=", "Kloof and Reef Removals", "number of trucks", "count")
aq = "Each box must weigh 25 kg or less"
cl(H, aq, "Each box must weigh 25 kg or less before the crew will load it", "25 kg or less", None, 25, "kg", "<=", "packed box", "maximum weight", "limit")
aq = "It depends on what you own."
cl(H, aq, "For example, a large family home with a double garage might fill 60 cubic metres, so the surveyor measures before quoting", "60 cubic metres", 60, 60, "m3", "=", "example large family home with a double garage", "truck space needed", "other", True)
aq = "The 8-ton truck takes 45 cubic metres"
cl(H, aq, "The 8-ton truck takes 45 cubic metres of furniture and boxes in one trip", "45 cubic metres", 45, 45, "m3", "=", "8-ton truck", "load volume", "other")
aq = "Most uprights come in at about 0.25 tonnes"
cl(H, aq, "Most uprights come in at about 0.25 tonnes, and a baby grand is heavier still, so every piano gets its own survey", "about 0.25 tonnes", 0.25, 0.25, "t", "~", "upright piano", "weight", "other")
aq = "The first 20 metres between the truck and your front door are free."
cl(H, aq, "The first 20 metres between the truck and your front door are free", "first 20 metres", None, 20, "m", "<=", "carry from truck to door", "free carry distance", "limit")
aq = "With a shared load the trip takes 7 to 10 working days"
cl(H, aq, "With a shared load the trip takes 7 to 10 working days, since the truck stops for other clients on the way", "7 to 10 working days", 7, 10, "working day", "=", "shared load, Cape Town to Johannesburg", "transit time", "duration")

# Datasette FAQ table (11 answers)
aq = "(2022) Kloof and Reef owns 12 removal trucks"
cl(J, aq, "(2022) Kloof and Reef owns 12 removal trucks across both branches, from 3-ton to 8-ton", "12 removal trucks", 12, 12, "trucks", "=", "Kloof and Reef Removals", "number of trucks", "count")
aq = "In Johannesburg the 6-ton truck with four movers"
sq = "In Johannesburg the 6-ton truck with four movers costs ZAR 1,350 per hour, driver included"
cl(J, aq, sq, "four movers", 4, 4, "people", "=", "6-ton truck, Johannesburg", "crew size", "count")
cl(J, aq, sq, "ZAR 1,350 per hour", 1350, 1350, "ZAR/hour", "=", "6-ton truck with crew, Johannesburg", "hourly rate", "price")
aq = "A three-bedroom house gets a crew of 4 movers"
cl(J, aq, "A three-bedroom house gets a crew of 4 movers and a driver", "crew of 4 movers", 4, 4, "people", "=", "three-bedroom home", "crew size", "count")
aq = "The Flat Kit Plus costs ZAR 1,090"
cl(J, aq, "The Flat Kit Plus costs ZAR 1,090 and adds wardrobe boxes and bubble wrap to what the basic kit has", "ZAR 1,090", 1090, 1090, "ZAR", "=", "Flat Kit Plus", "price", "price")
aq = "A long-carry fee applies when the truck parks"
cl(J, aq, "A long-carry fee applies when the truck parks more than 30 m from the door, which often happens in complexes without truck access", "more than 30 m", None, 30, "m", "<=", "carry from truck to door", "free carry distance", "limit")
aq = "Part loads cost ZAR 18 per km"
sq = "Part loads cost ZAR 18 per km, so the 1 400 km trip from Cape Town to Johannesburg comes out at ZAR 24,200 before VAT"
cl(J, aq, sq, "ZAR 18 per km", 18, 18, "ZAR/km", "=", "part load", "price per km", "price")
cl(J, aq, sq, "1 400 km", 1400, 1400, "km", "=", "Cape Town to Johannesburg trip", "distance", "other")
cl(J, aq, sq, "ZAR 24,200", 24200, 24200, "ZAR", "=", "part load, Cape Town to Johannesburg", "total price", "price")
aq = "Pensioners get 10% off every local move"
sq = "Pensioners get 10% off every local move, so a ZAR 8,000 move comes down to ZAR 7,200"
cl(J, aq, sq, "10% off", 10, 10, "%", "=", "pensioner on a local move", "discount", "percentage")
cl(J, aq, sq, "ZAR 8,000", 8000, 8000, "ZAR", "=", "example local move", "full price", "price")
cl(J, aq, sq, "ZAR 7,200", 7200, 7200, "ZAR", "=", "example local move for a pensioner", "discounted price", "price")
aq = "As of 2025, our standard cartons sell for ZAR 35 apiece"
cl(J, aq, "As of 2025, our standard cartons sell for ZAR 35 apiece, and we take clean ones back after your move", "ZAR 35 apiece", 35, 35, "ZAR", "=", "standard moving box", "price", "price")
aq = "Yes. A dedicated truck does Cape Town to Johannesburg"
cl(J, aq, "A dedicated truck does Cape Town to Johannesburg in 2 days, with the same crew loading and offloading", "in 2 days", 2, 2, "day", "=", "dedicated truck, Cape Town to Johannesburg", "transit time", "duration")
aq = "A roll of bubble wrap from the depot shop costs ZAR 240"
cl(J, aq, "A roll of bubble wrap from the depot shop costs ZAR 240", "ZAR 240", 240, 240, "ZAR", "=", "roll of bubble wrap", "price", "price")
aq = "Loading a big house can take up to 6 hours"
cl(J, aq, "Loading a big house can take up to 6 hours when there are a lot of boxes and heavy pieces", "up to 6 hours", None, 6, "hour", "<=", "loading a big house", "loading time", "duration")

with open(os.path.join(HERE, "claims.jsonl"), "w", encoding="utf-8") as fh:
    for c in C:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print(f"wrote {len(labels['conflicts'])} conflicts, {len(labels['traps'])} traps, {len(C)} claims")
