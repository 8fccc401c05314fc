#!/usr/bin/env python3
"""Writes labels.json and claims.jsonl for the carhire domain (Kestrel Car Hire)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
T, M, H, O = "desk-answers.txt", "counter-handbook.md", "help-centre.html", "faq-2020.html"

def side(f, q): return {"file": f, "quote": q}

conflicts = [
 # list
 ("list", "The desk answers take Visa, Mastercard and American Express, while the 2020 FAQ accepts Visa and Mastercard only.",
  "payment card brands accepted at the desk", side(T, "We take Visa, Mastercard and American Express at every Kestrel desk"), side(O, "We accept Visa and Mastercard only")),
 ("list", "The help centre says the hire rate includes CDW, theft protection, breakdown assistance and VAT, while the handbook says the base rate covers CDW, theft protection and VAT and nothing more (breakdown is an add-on).",
  "what the basic hire rate includes", side(H, "Your hire rate includes collision damage waiver, theft protection, round-the-clock breakdown assistance and VAT"), side(M, "The base rate covers CDW, theft protection and VAT, nothing more")),
 ("list", "The help centre lists four pick-up points (Dublin Airport, Cork Airport, Shannon Airport, Galway city centre), while the 2020 FAQ says cars can be collected at Dublin Airport and Cork Airport only.",
  "branches where a car can be collected", side(H, "Pick-up points are Dublin Airport, Cork Airport, Shannon Airport and Galway city centre"), side(O, "Kestrel cars can be collected from our Dublin Airport and Cork Airport desks only")),
 # polarity
 ("polarity", "The help centre says debit cards are fine for the security deposit, while the handbook says the deposit hold must go on a credit card and debit cards are not accepted for it.",
  "debit cards for the security deposit", side(H, "debit cards are fine for the security deposit"), side(M, "The deposit hold must go on a credit card. We don't accept debit cards")),
 ("polarity", "The desk answers welcome dogs and other pets, while the 2020 FAQ says animals can't be carried apart from assistance dogs.",
  "pets in hire cars", side(T, "Dogs and other pets are welcome to travel with you"), side(O, "Sorry, animals can't be carried in our cars")),
 ("polarity", "The handbook says every electric car leaves with its own charging cable, while the help centre says charging cables aren't supplied with the EVs.",
  "charging cable supplied with electric cars", side(M, "Every electric car leaves the yard with its own charging cable"), side(H, "Charging cables aren't supplied with our EVs")),
 # numeric
 ("numeric", "The desk answers let drivers rent from age 21, while the help centre requires drivers to be 23 or older.",
  "minimum driver age", side(T, "You can rent from us once you turn 21"), side(H, "You need to be 23 or older to rent with us")),
 ("numeric", "The desk answers hold a €300 security deposit, while the handbook pre-authorises €500.",
  "security deposit held on the card", side(T, "we hold a €300 security deposit on your card"), side(M, "Pre-authorise €500 on the lead driver's card as the security deposit")),
 ("numeric", "The help centre gives 30 minutes' grace on the return time, while the 2020 FAQ doesn't charge returns up to 59 minutes late.",
  "grace period for late returns", side(H, "We give you 30 minutes' grace on the return time"), side(O, "Cars returned up to 59 minutes after the agreed time are not charged")),
 ("numeric", "The 2020 FAQ adds another driver for €10 a day, while the handbook charges €15 per day for each additional driver.",
  "additional driver fee per day", side(O, "you can add another driver at the desk for €10 a day"), side(M, "Each named additional driver is €15 per day")),
 # arithmetic
 ("arithmetic", "7 x €42 is €294, not €284.",
  "cost of seven days in a Compact at €42 a day", side(H, "Seven days in a Compact at €42 a day"), side(H, "adds up to €284 before the weekly discount")),
 ("arithmetic", "10% off €350 is €315, not €325.",
  "price of a €350 week after the 10% weekly discount", side(M, "Hires of 7 days or more get 10% off. On a €350 week"), side(M, "that brings the total down to €325")),
 ("arithmetic", "20 litres at €2.10 a litre is €42, not €48.",
  "refuelling charge for 20 litres", side(T, "If we have to fill up 20 litres for you at €2.10 a litre"), side(T, "you'll pay €48 on top of the hire")),
 # stale
 ("stale", "A 2020 answer gives an under-25 daily charge of €25, while a 2024 answer gives €32 a day.",
  "young driver surcharge per day", side(O, "(2020) A daily charge of €25 applies to anyone under 25"), side(T, "Since 2024, the young driver fee is €32 a day")),
 ("stale", "A 2022 note gives a €30 airport location surcharge, while a 2025 answer gives €40.",
  "airport pick-up surcharge", side(M, "(2022) Airport collections carry a €30 location surcharge"), side(H, "As of 2025, the premium location charge for airport pick-ups is €40")),
 ("stale", "A 2020 answer prices child seats at €6 a day, while a 2025 note gives €9 a day.",
  "child seat hire per day", side(O, "(2020) Child seats can be hired for €6 per day"), side(M, "As of 2025, infant, child and booster seats are all €9 a day")),
]

traps = [
 ("Different region: €20 cross-border fee for Northern Ireland, €70 per rental for Great Britain.",
  side(T, "there's a one-off €20 cross-border fee for Northern Ireland"), side(M, "Taking a car over to Great Britain costs €70 per rental")),
 ("Different size: the excess is €1,500 for cars and €2,500 for vans and 9-seat minibuses.",
  side(H, "For cars, the damage and theft excess is €1,500"), side(O, "On vans and 9-seat minibuses the excess rises to €2,500")),
 ("Different tier (car group): Economy from €29 a day, SUVs from €65 a day.",
  side(O, "Our Economy cars start at €29 per day"), side(T, "SUVs start from €65 a day")),
 ("Different condition (season): 3-day minimum in July and August, a single day the rest of the year.",
  side(M, "In July and August the shortest hire we take is 3 days"), side(H, "Outside July and August you can book a car for a single day")),
 ("Similarly named products: Drive Easy is €14 a day, Drive Easy Plus €24 a day.",
  side(T, "Drive Easy costs €14 a day"), side(H, "Drive Easy Plus is €24 per day")),
 ("Same value in other units: at least two years is at least 24 months.",
  side(T, "you've held a full licence for at least two years"), side(M, "The licence must have been issued at least 24 months before")),
 ("Correct computation: €56 / €8 = 7 days.",
  side(O, "Sat-nav units are €8 per day, capped at €56"), side(O, "so you never pay for more than 7 days")),
 ("Correct percentage: 15% off €400 is €340.",
  side(H, "Kestrel Club members save 15% on every booking"), side(H, "so a €400 hire comes to €340")),
 ("The typical 15 minutes lies inside the 10 to 20 minute range.",
  side(M, "Plan for 10 to 20 minutes per customer at the counter"), side(O, "A normal pick-up at our desk takes about 15 minutes")),
 ("€600 is a hedged example for a badly kerbed SUV alloy ('For example ... might'), not the usual €280 wheel replacement.",
  side(H, "For example, a badly kerbed alloy on an SUV might cost €600"), side(T, "Replacing a damaged alloy wheel usually costs around €280")),
 ("The €75 one-way fee is explicitly the pre-2023 value; €95 is current.",
  side(M, "The one-way fee used to be €75 before the 2023 price review"), side(H, "Returning the car to a different Kestrel branch carries a €95 one-way fee")),
 ("'Up to 450 km' is the rated maximum range; most customers get around 350 km.",
  side(M, "The electric Compact is rated for up to 450 km"), side(T, "most customers get around 350 km from a full charge")),
 ("The extras list is open ('including'), so bike racks are consistent.",
  side(O, "We offer extras including child seats, sat-nav units and roof boxes"), side(T, "Bike racks can be added as an extra too")),
 ("The same 48-hour cancellation rule stated in both directions.",
  side(H, "You can cancel free of charge up to 48 hours before your pick-up time"), side(M, "Cancelling less than 48 hours before pick-up costs a day's hire")),
]

DOMAIN = ("Kestrel Car Hire, a fictional Irish car-rental company (euro): driver age and licence rules, payment cards "
          "and deposits, what the rate includes, excess and the Drive Easy / Drive Easy Plus products, car groups and "
          "prices, extras, fees (young driver, additional driver, airport, one-way, cross-border), fuel, electric cars, "
          "pick-up, returns and cancellation.")
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

# desk answers (10 answers)
aq = "You can rent from us once you turn 21"
sq = "You can rent from us once you turn 21, provided you've held a full licence for at least two years"
cl(T, aq, sq, "turn 21", 21, None, "year", ">=", "driver", "minimum age", "limit")
cl(T, aq, sq, "at least two years", 2, None, "year", ">=", "driver's full licence", "time held", "duration")
aq = "When you collect the car we hold a €300"
cl(T, aq, "When you collect the car we hold a €300 security deposit on your card", "€300", 300, 300, "EUR", "=", "security deposit", "amount held", "price")
aq = "Bring the car back with a full tank"
sq = "If we have to fill up 20 litres for you at €2.10 a litre, you'll pay €48 on top of the hire"
cl(T, aq, sq, "20 litres", 20, 20, "litre", "=", "refuelling example", "fuel added", "other")
cl(T, aq, sq, "€2.10 a litre", 2.1, 2.1, "EUR/litre", "=", "refuelling by Kestrel", "fuel price", "price")
cl(T, aq, sq, "€48", 48, 48, "EUR", "=", "refuelling 20 litres", "refuelling charge", "price")
aq = "Since 2024, the young driver fee is €32"
sq = "Since 2024, the young driver fee is €32 a day for anyone under 25, on top of the rental rate"
cl(T, aq, sq, "€32 a day", 32, 32, "EUR/day", "=", "young driver fee", "daily charge", "price")
cl(T, aq, sq, "under 25", None, 25, "year", "<", "young driver fee", "age below which it applies", "limit")
aq = "Heading north?"
cl(T, aq, "there's a one-off €20 cross-border fee for Northern Ireland", "€20", 20, 20, "EUR", "=", "driving in Northern Ireland", "cross-border fee", "price")
aq = "SUVs start from €65 a day"
sq = "SUVs start from €65 a day and have room for five adults, each with a large suitcase"
cl(T, aq, sq, "from €65 a day", 65, None, "EUR/day", ">=", "SUV group", "daily rate", "price")
cl(T, aq, sq, "five adults", 5, 5, "adults", "=", "SUV group", "seats", "count")
aq = "Drive Easy costs €14 a day"
sq = "Drive Easy costs €14 a day and cuts your damage excess to €250, so a scrape in a car park won't cost you much"
cl(T, aq, sq, "€14 a day", 14, 14, "EUR/day", "=", "Drive Easy", "daily price", "price")
cl(T, aq, sq, "€250", 250, 250, "EUR", "=", "Drive Easy", "damage excess", "price")
aq = "Replacing a damaged alloy wheel usually costs around €280"
cl(T, aq, "Replacing a damaged alloy wheel usually costs around €280 with fitting", "around €280", 280, 280, "EUR", "~", "alloy wheel replacement", "typical cost", "price")
aq = "In real Irish driving"
cl(T, aq, "In real Irish driving, most customers get around 350 km from a full charge in our electric Compact", "around 350 km", 350, 350, "km", "~", "electric Compact", "typical range on a full charge", "other")
aq = "Bike racks can be added as an extra too"
cl(T, aq, "Bike racks can be added as an extra too, and each one carries up to three bikes", "up to three bikes", None, 3, "bikes", "<=", "bike rack", "bikes carried", "count")

# counter handbook (12 answers)
aq = "Pre-authorise €500 on the lead driver's card"
cl(M, aq, "Pre-authorise €500 on the lead driver's card as the security deposit", "€500", 500, 500, "EUR", "=", "security deposit", "amount held", "price")
cl(M, aq, "Banks can take up to 10 working days to release it after the return", "up to 10 working days", None, 10, "working day", "<=", "security deposit", "time for the bank to release it", "duration")
aq = "Each named additional driver is €15 per day"
cl(M, aq, "Each named additional driver is €15 per day, and they need to show their own licence at the counter", "€15 per day", 15, 15, "EUR/day", "=", "additional driver", "daily fee", "price")
aq = "Hires of 7 days or more get 10% off."
sq = "Hires of 7 days or more get 10% off"
cl(M, aq, sq, "7 days or more", 7, None, "day", ">=", "weekly discount", "hire length that qualifies", "duration")
cl(M, aq, sq, "10% off", 10, 10, "%", "=", "weekly discount", "discount", "percentage")
sq = "On a €350 week, that brings the total down to €325"
cl(M, aq, sq, "€350", 350, 350, "EUR", "=", "example week", "price before the discount", "price")
cl(M, aq, sq, "€325", 325, 325, "EUR", "=", "example week", "price after the discount", "price")
aq = "(2022) Airport collections carry a €30"
cl(M, aq, "(2022) Airport collections carry a €30 location surcharge, added once per rental", "€30", 30, 30, "EUR", "=", "airport collection", "location surcharge", "price")
aq = "As of 2025, infant, child and booster seats"
cl(M, aq, "As of 2025, infant, child and booster seats are all €9 a day", "€9 a day", 9, 9, "EUR/day", "=", "child seats", "daily price", "price")
aq = "Yes, with a ferry permission letter from us."
cl(M, aq, "Taking a car over to Great Britain costs €70 per rental, and the customer books their own crossing", "€70 per rental", 70, 70, "EUR", "=", "taking the car to Great Britain", "fee per rental", "price")
aq = "In July and August the shortest hire we take is 3 days."
cl(M, aq, "In July and August the shortest hire we take is 3 days", "3 days", 3, None, "day", ">=", "hire in July and August", "minimum hire length", "duration")
aq = "The licence must have been issued at least 24 months"
cl(M, aq, "The licence must have been issued at least 24 months before the pick-up date", "at least 24 months", 24, None, "month", ">=", "driver's licence", "time held", "duration")
aq = "Plan for 10 to 20 minutes per customer"
cl(M, aq, "Plan for 10 to 20 minutes per customer at the counter, including the walk-round", "10 to 20 minutes", 10, 20, "minute", "=", "pick-up at the counter", "time per customer", "duration")
aq = "The one-way fee used to be €75"
cl(M, aq, "The one-way fee used to be €75 before the 2023 price review", "€75", 75, 75, "EUR", "=", "one-way fee before 2023", "amount", "price")
aq = "The electric Compact is rated for up to 450 km"
cl(M, aq, "The electric Compact is rated for up to 450 km on a full battery", "up to 450 km", None, 450, "km", "<=", "electric Compact", "rated range on a full charge", "limit")
aq = "Cancelling less than 48 hours before pick-up"
cl(M, aq, "Cancelling less than 48 hours before pick-up costs a day's hire", "less than 48 hours", None, 48, "hour", "<", "late cancellation", "notice before pick-up", "duration")

# help centre (11 answers)
aq = "It depends on the season."
sq = "Seven days in a Compact at €42 a day adds up to €284 before the weekly discount and any extras"
cl(H, aq, sq, "Seven days", 7, 7, "day", "=", "Compact hire example", "hire length", "duration")
cl(H, aq, sq, "€42 a day", 42, 42, "EUR/day", "=", "Compact group", "daily rate", "price")
cl(H, aq, sq, "€284", 284, 284, "EUR", "=", "seven days in a Compact", "total before discount and extras", "price")
aq = "Yes. Kestrel Club members save 15%"
cl(H, aq, "Kestrel Club members save 15% on every booking", "15%", 15, 15, "%", "=", "Kestrel Club", "discount", "percentage")
sq = "so a €400 hire comes to €340"
cl(H, aq, sq, "€400", 400, 400, "EUR", "=", "example hire", "price before the Club discount", "price")
cl(H, aq, sq, "€340", 340, 340, "EUR", "=", "example hire", "price after the Club discount", "price")
aq = "You can cancel free of charge up to 48 hours"
cl(H, aq, "You can cancel free of charge up to 48 hours before your pick-up time", "up to 48 hours", None, 48, "hour", "<=", "free cancellation", "latest notice before pick-up", "duration")
aq = "You need to be 23 or older"
cl(H, aq, "You need to be 23 or older to rent with us", "23 or older", 23, None, "year", ">=", "driver", "minimum age", "limit")
aq = "As of 2025, the premium location charge"
cl(H, aq, "As of 2025, the premium location charge for airport pick-ups is €40 per rental", "€40 per rental", 40, 40, "EUR", "=", "airport pick-up", "location surcharge", "price")
aq = "Outside July and August you can book a car"
cl(H, aq, "Outside July and August you can book a car for a single day", "a single day", 1, None, "day", ">=", "hire outside July and August", "minimum hire length", "duration")
cl(H, aq, "Day hires are charged as 24 hours from pick-up", "24 hours", 24, 24, "hour", "=", "day hire", "length charged", "duration")
aq = "For cars, the damage and theft excess is €1,500."
cl(H, aq, "For cars, the damage and theft excess is €1,500", "€1,500", 1500, 1500, "EUR", "=", "cars", "damage and theft excess", "price")
aq = "Drive Easy Plus is €24 per day"
sq = "Drive Easy Plus is €24 per day and takes your excess down to zero, including tyres, glass and the underside of the car"
cl(H, aq, sq, "€24 per day", 24, 24, "EUR/day", "=", "Drive Easy Plus", "daily price", "price")
cl(H, aq, sq, "down to zero", 0, 0, "EUR", "=", "Drive Easy Plus", "damage excess", "price")
aq = "Wheel damage is covered by Drive Easy Plus."
cl(H, aq, "For example, a badly kerbed alloy on an SUV might cost €600 to replace", "€600", 600, 600, "EUR", "=", "badly kerbed SUV alloy", "replacement cost", "price", True)
aq = "We give you 30 minutes' grace"
cl(H, aq, "We give you 30 minutes' grace on the return time", "30 minutes'", 30, 30, "minute", "=", "late return", "grace period", "duration")
aq = "Yes. Returning the car to a different Kestrel branch"
cl(H, aq, "Returning the car to a different Kestrel branch carries a €95 one-way fee", "€95", 95, 95, "EUR", "=", "one-way hire", "one-way fee", "price")

# 2020 FAQ (8 answers)
aq = "Yes, you can add another driver at the desk"
cl(O, aq, "Yes, you can add another driver at the desk for €10 a day", "€10 a day", 10, 10, "EUR/day", "=", "additional driver", "daily fee", "price")
aq = "(2020) A daily charge of €25"
sq = "(2020) A daily charge of €25 applies to anyone under 25 years of age"
cl(O, aq, sq, "€25", 25, 25, "EUR/day", "=", "young driver charge", "daily charge", "price")
cl(O, aq, sq, "under 25 years of age", None, 25, "year", "<", "young driver charge", "age below which it applies", "limit")
aq = "Our Economy cars start at €29 per day"
cl(O, aq, "Our Economy cars start at €29 per day, with unlimited mileage included", "€29 per day", 29, None, "EUR/day", ">=", "Economy group", "daily rate", "price")
aq = "Sat-nav units are €8 per day"
sq = "Sat-nav units are €8 per day, capped at €56, so you never pay for more than 7 days"
cl(O, aq, sq, "€8 per day", 8, 8, "EUR/day", "=", "sat-nav unit", "daily price", "price")
cl(O, aq, sq, "capped at €56", None, 56, "EUR", "<=", "sat-nav unit", "maximum charge per rental", "limit")
cl(O, aq, sq, "more than 7 days", None, 7, "day", "<=", "sat-nav unit", "days charged", "duration")
aq = "(2020) Child seats can be hired for €6"
cl(O, aq, "(2020) Child seats can be hired for €6 per day of rental", "€6 per day", 6, 6, "EUR/day", "=", "child seat", "daily price", "price")
aq = "A normal pick-up at our desk takes about 15 minutes"
cl(O, aq, "A normal pick-up at our desk takes about 15 minutes from start to finish", "about 15 minutes", 15, 15, "minute", "~", "pick-up at the desk", "typical duration", "duration")
aq = "No. On vans and 9-seat minibuses"
cl(O, aq, "On vans and 9-seat minibuses the excess rises to €2,500", "€2,500", 2500, 2500, "EUR", "=", "vans and 9-seat minibuses", "damage and theft excess", "price")
aq = "Cars returned up to 59 minutes"
cl(O, aq, "Cars returned up to 59 minutes after the agreed time are not charged extra", "up to 59 minutes", None, 59, "minute", "<=", "late return", "grace period", "duration")

with open(os.path.join(HERE, "claims.jsonl"), "w", encoding="utf-8") as fh:
    for c in C:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print(f"wrote {len(labels['conflicts'])} conflicts, {len(labels['traps'])} traps, {len(C)} claims")
